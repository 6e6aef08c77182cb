package com.reportworkbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The local H2 store: one folder, one database file, schema by Flyway migrations.
 *
 * <p>{@code WRITE_DELAY=0} because with H2's default delay a killed process loses up to a second of
 * committed rows. {@code AUTO_SERVER=TRUE} lets a second process (a command beside the open window)
 * work on the same store instead of failing on the file lock.
 */
public final class Store implements AutoCloseable {
    static final String DATABASE_NAME = "store";

    private final Path directory;
    private final JdbcConnectionPool pool;
    private final DocumentRepository documents;
    private final FigureRepository figures;
    private final UserSynonymRepository synonyms;

    private Store(Path directory, JdbcConnectionPool pool) {
        this.directory = directory;
        this.pool = pool;
        this.documents = new DocumentRepository(this);
        this.figures = new FigureRepository(this);
        this.synonyms = new UserSynonymRepository(this);
    }

    /** Opens (creating if needed) the store in a folder and brings its schema up to date. */
    public static Store open(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create the store folder " + dir + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(dir)) {
            throw new StoreException("the store folder is not writable: " + dir);
        }
        String url = jdbcUrl(dir);
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw new StoreException("cannot open the store in " + dir + ": " + rootMessage(e), e);
        }
        return new Store(dir, pool);
    }

    static String jdbcUrl(Path dir) {
        return "jdbc:h2:file:" + dir.resolve(DATABASE_NAME) + ";WRITE_DELAY=0;AUTO_SERVER=TRUE";
    }

    public Path directory() {
        return directory;
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
        try (Connection c = pool.getConnection()) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new StoreException("store read failed: " + e.getMessage(), e);
        }
    }

    /** Work that writes: all of it or nothing, in one transaction. */
    <T> T write(SqlFunction<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("store write failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pool.dispose();
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

    @FunctionalInterface
    interface SqlFunction<T> {
        T apply(Connection connection) throws SQLException;
    }
}
