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
    /** The shared PostgreSQL store this is, or null for the local H2 store in {@link #directory}. */
    private final PostgresTarget postgres;
    private final JdbcConnectionPool pool;
    /** Who signs the change sets written through this store (the OS user unless told otherwise). */
    private volatile String analyst = defaultAnalyst();
    private final List<String> recovered;
    private final DocumentRepository documents;
    private final FigureRepository figures;
    private final UserSynonymRepository synonyms;
    private final CodingRepository coding;

    private Store(Path directory, JdbcConnectionPool pool, List<String> recovered) {
        this(directory, null, pool, recovered);
    }

    private Store(Path directory, PostgresTarget postgres, JdbcConnectionPool pool, List<String> recovered) {
        this.directory = directory;
        this.postgres = postgres;
        this.pool = pool;
        this.recovered = List.copyOf(recovered);
        this.documents = new DocumentRepository(this);
        this.figures = new FigureRepository(this);
        this.synonyms = new UserSynonymRepository(this);
        this.coding = new CodingRepository(this);
    }

    /**
     * Opens the store named on the command line or in Preferences: a PostgreSQL URL
     * ({@code postgresql://USER@HOST:PORT/DBNAME}) or an H2 folder.
     */
    public static Store open(String store) {
        return PostgresTarget.isPostgres(store) ? openPostgres(PostgresTarget.parse(store)) : open(Path.of(store));
    }

    /**
     * Opens a team's shared store on a PostgreSQL server and brings its schema up to date with the same
     * Flyway migrations as H2 (Flyway holds PostgreSQL's advisory lock while migrating, so two programs
     * opening a new database at once migrate it once). PostgreSQL has no CLOB type, which the first
     * migration uses for the document text: a domain {@code clob} over {@code text} stands in, so the
     * migrations (and their checksums on existing H2 stores) stay as they are.
     */
    public static Store openPostgres(PostgresTarget target) {
        org.postgresql.ds.PGConnectionPoolDataSource source = new org.postgresql.ds.PGConnectionPoolDataSource();
        source.setURL(target.jdbcUrl());
        source.setUser(target.user());
        String password = PgPass.password(target);
        if (password != null) {
            source.setPassword(password);
        }
        source.setConnectTimeout(10);
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(32);
        try {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                // in a schema of its own: Flyway refuses to migrate a non-empty schema without its history table
                s.execute("DO $$ BEGIN CREATE SCHEMA IF NOT EXISTS " + PostgresTarget.TYPES_SCHEMA + "; "
                        + "IF NOT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
                        + "WHERE t.typname = 'clob' AND n.nspname = '" + PostgresTarget.TYPES_SCHEMA + "') THEN "
                        + "CREATE DOMAIN " + PostgresTarget.TYPES_SCHEMA + ".clob AS text; END IF; "
                        + "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
            }
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            return new Store(null, target, pool, List.of());
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            throw new StoreException("cannot open the store " + target + ": " + rootMessage(e), e);
        }
    }

    /** Opens (creating if needed) the store in a folder and brings its schema up to date. */
    /** The H2 database file of a store folder ({@code store.mv.db}), whether it exists or not. */
    public static Path dataFile(Path directory) {
        return directory.resolve(StoreFolder.DATA_FILE);
    }

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
                if ("40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState())) {
                    return true; // a serialization failure or deadlock between two writers: the transaction runs again
                }
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

    /** The H2 store's folder; null for a PostgreSQL store. */
    public Path directory() {
        return directory;
    }

    /** True for a team's shared store on a PostgreSQL server. */
    public boolean isPostgres() {
        return postgres != null;
    }

    /** Where the store is, in words: its folder, or its PostgreSQL URL (never with a password). */
    public String location() {
        return postgres != null ? postgres.toString() : directory.toString();
    }

    /** The analyst who signs what is written through this store from now on. */
    public String analyst() {
        return analyst;
    }

    /** Signs later changes with this name (the {@code --user} option, or Preferences); blank means the OS user. */
    public Store signAs(String name) {
        this.analyst = name == null || name.isBlank() ? defaultAnalyst() : name.strip();
        return this;
    }

    static String defaultAnalyst() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "analyst" : user;
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

    /**
     * A short mark that changes whenever anyone changes the store: a new or undone action, a document
     * imported or deleted. An open window polls it to show other analysts' changes.
     */
    public String changeMark() {
        return read(c -> {
            try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(
                    "SELECT (SELECT COALESCE(MAX(id), 0) FROM change_set), (SELECT COUNT(*) FROM change_set WHERE undone = TRUE), "
                            + "(SELECT COUNT(*) FROM document), (SELECT COALESCE(MAX(id), 0) FROM document)")) {
                rs.next();
                return rs.getLong(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3) + "/" + rs.getLong(4);
            }
        });
    }

    /** Assignment, double coding and adjudication (a team's store). */
    public CodingRepository coding() {
        return coding;
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
        if (!isTransient(e) || System.currentTimeMillis() > deadline
                || (directory != null && DiskFull.isDiskFull(e, directory))) {
            return false;
        }
        LOG.info("store {}: {}; trying again", location(), e.getMessage());
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
        if (dir != null && DiskFull.isDiskFull(e, dir)) {
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
