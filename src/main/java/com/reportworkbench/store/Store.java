package com.reportworkbench.store;

import com.reportworkbench.files.DiskFull;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local H2 store: one folder, one database file, schema by Flyway migrations.
 *
 * <p>{@code WRITE_DELAY=0} because with H2's default delay a killed process loses up to a second of
 * committed rows. {@code AUTO_SERVER=TRUE} lets a second process (a command beside the open window)
 * work on the same store instead of failing on the file lock; the server listens on the loopback
 * address only ({@link H2Settings}) and asks for the store's own password ({@link StoreSecret}).
 * Opening takes the folder's {@link StoreAccess} lock, so two programs started at the same moment
 * open one after the other (the second shares the first's server), and nobody opens a store that a
 * restore or compaction is swapping. Leftovers of an interrupted restore or compaction are cleaned
 * up first and reported ({@link #recovered()}).
 */
public final class Store implements AutoCloseable {
    static final String DATABASE_NAME = "store";
    static final String USER = "sa";
    private static final Logger LOG = LoggerFactory.getLogger(Store.class);
    /** How long opening waits for a restore or compaction of another program. */
    static final Duration OPEN_WAIT = Duration.ofMinutes(10);
    /** How long opening retries while H2 says the store is in use (a program closing it at that moment). */
    private static final long IN_USE_RETRY_MILLIS = 30_000;

    private final Path directory;
    private final JdbcConnectionPool pool;
    private final List<String> recovered;
    private final DocumentRepository documents;
    private final FigureRepository figures;
    private final UserSynonymRepository synonyms;

    private Store(Path directory, JdbcConnectionPool pool, List<String> recovered) {
        this.directory = directory;
        this.pool = pool;
        this.recovered = List.copyOf(recovered);
        this.documents = new DocumentRepository(this);
        this.figures = new FigureRepository(this);
        this.synonyms = new UserSynonymRepository(this);
    }

    /** Opens (creating if needed) the store in a folder and brings its schema up to date. */
    public static Store open(Path directory) {
        H2Settings.apply();
        Path dir = directory.toAbsolutePath().normalize();
        StoreFolder.create(dir);
        if (!Files.isWritable(dir)) {
            throw new StoreException("the store folder is not writable: " + dir);
        }
        try (StoreAccess access = StoreAccess.exclusive(dir, OPEN_WAIT)) {
            List<String> notes = new ArrayList<>(StoreFolder.recover(dir));
            String password = StoreSecret.password(dir);
            long deadline = System.currentTimeMillis() + IN_USE_RETRY_MILLIS;
            while (true) {
                JdbcConnectionPool pool = connect(dir, password, jdbcUrl(dir));
                try {
                    Flyway.configure()
                            .dataSource(pool)
                            .locations("classpath:db/migration")
                            .load()
                            .migrate();
                    return new Store(dir, pool, notes);
                } catch (RuntimeException e) {
                    pool.dispose();
                    if (isTransient(e) && System.currentTimeMillis() < deadline) {
                        LOG.info("store {}: the program serving it closed while it was being opened; trying again", dir);
                        sleep(250);
                        continue;
                    }
                    throw new StoreException("cannot open the store in " + dir + ": " + explain(e, dir), e);
                }
            }
        }
    }

    /**
     * A pool on the store with its password. A store of an earlier version (user {@code sa} without a
     * password) gets the folder's password now; H2 creates a new store with it.
     */
    static JdbcConnectionPool connect(Path dir, String password, String url) {
        long deadline = System.currentTimeMillis() + IN_USE_RETRY_MILLIS;
        while (true) {
            try {
                try (Connection c = DriverManager.getConnection(url, USER, password)) {
                    c.isValid(1);
                } catch (SQLException e) {
                    if (e.getErrorCode() != ErrorCode.WRONG_USER_OR_PASSWORD) {
                        throw e;
                    }
                    upgradePassword(dir, url, password, e);
                }
                JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, password);
                pool.setMaxConnections(8);
                return pool;
            } catch (SQLException e) {
                if (isTransient(e) && System.currentTimeMillis() < deadline) {
                    LOG.info("store {} is being opened or closed by another program; trying again", dir);
                    sleep(250);
                    continue;
                }
                throw new StoreException("cannot open the store in " + dir + ": " + explain(e, dir), e);
            }
        }
    }

    /** Sets the password of a store that has none (made by an earlier version, or restored from its backup). */
    private static void upgradePassword(Path dir, String url, String password, SQLException refused) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, USER, ""); Statement s = c.createStatement()) {
            s.execute("ALTER USER " + USER + " SET PASSWORD '" + password + "'");
            LOG.info("store {}: a password was set (a store of an earlier version had none)", dir);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD) {
                StoreException wrong = new StoreException("the store in " + dir + " does not accept the password in "
                        + StoreSecret.FILE_NAME + ": the store file was copied without its " + StoreSecret.FILE_NAME
                        + "; copy that file from the store's original folder (or restore a backup)", refused);
                wrong.addSuppressed(e);
                throw wrong;
            }
            throw e;
        }
    }

    /**
     * A failure that goes away by itself: the store is being opened or closed by another program at this
     * moment, or the program whose H2 server this one used has closed (H2 then reopens the store here,
     * and refuses while the other program's lock file is fresh).
     */
    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException e) {
                int code = e.getErrorCode();
                String message = String.valueOf(e.getMessage());
                if (code == ErrorCode.DATABASE_ALREADY_OPEN_1 || code == ErrorCode.CONNECTION_BROKEN_1
                        || code == ErrorCode.DATABASE_CALLED_AT_SHUTDOWN || code == ErrorCode.DATABASE_IS_CLOSED
                        || message.contains("file is locked") || message.contains("Lock file recently modified")) {
                    return true;
                }
            }
        }
        return false;
    }

    static String jdbcUrl(Path dir) {
        return "jdbc:h2:file:" + dir.resolve(DATABASE_NAME) + ";WRITE_DELAY=0;AUTO_SERVER=TRUE";
    }

    public Path directory() {
        return directory;
    }

    /** What was cleaned up when the store was opened (an interrupted restore or compaction), one line each. */
    public List<String> recovered() {
        return recovered;
    }

    public DocumentRepository documents() {
        return documents;
    }

    public FigureRepository figures() {
        return figures;
    }

    public UserSynonymRepository synonyms() {
        return synonyms;
    }

    /** Work that reads: a connection in auto-commit mode. */
    <T> T read(SqlFunction<T> work) {
        long deadline = System.currentTimeMillis() + IN_USE_RETRY_MILLIS;
        while (true) {
            try (Connection c = pool.getConnection()) {
                return work.apply(c);
            } catch (SQLException e) {
                if (retry(e, deadline)) {
                    continue; // the program that served the store closed: H2 reconnects, and this runs again
                }
                throw new StoreException("store read failed: " + explain(e, directory), e);
            }
        }
    }

    /** Waits a little before running work again after a transient failure; false when it is not one, or too late. */
    private boolean retry(SQLException e, long deadline) {
        if (!isTransient(e) || System.currentTimeMillis() > deadline || DiskFull.isDiskFull(e, directory)) {
            return false;
        }
        LOG.info("store {}: {}; trying again", directory, e.getMessage());
        sleep(200);
        return true;
    }

    /** Work that writes: all of it or nothing, in one transaction. */
    <T> T write(SqlFunction<T> work) {
        long deadline = System.currentTimeMillis() + IN_USE_RETRY_MILLIS;
        while (true) {
            try (Connection c = pool.getConnection()) {
                c.setAutoCommit(false);
                try {
                    T result = work.apply(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly(c, e);
                    throw e;
                } finally {
                    setAutoCommitQuietly(c);
                }
            } catch (SQLException e) {
                if (retry(e, deadline)) {
                    continue; // the whole transaction runs again: it was rolled back or never reached the store
                }
                throw new StoreException("store write failed: " + explain(e, directory), e);
            }
        }
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void setAutoCommitQuietly(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            LOG.debug("resetting auto-commit", e);
        }
    }

    @Override
    public void close() {
        pool.dispose();
    }

    /** A reason in words: a full disk is said as such, not as H2's "The database has been closed". */
    static String explain(Throwable e, Path dir) {
        if (DiskFull.isDiskFull(e, dir)) {
            return DiskFull.message(e, dir);
        }
        return rootMessage(e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        if (message != null && message.contains("Database may be already in use")) {
            return "the store is in use by another program";
        }
        return message == null ? t.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while opening the store");
        }
    }

    @FunctionalInterface
    interface SqlFunction<T> {
        T apply(Connection connection) throws SQLException;
    }
}
