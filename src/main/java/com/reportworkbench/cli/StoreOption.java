package com.reportworkbench.cli;

import com.reportworkbench.store.PostgresTarget;
import com.reportworkbench.store.Store;
import com.reportworkbench.store.StoreException;
import com.reportworkbench.store.StoreLocation;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The shared {@code --db STORE} option: the store's folder (the embedded H2 store), a team's shared
 * store as {@code postgresql://USER@HOST:PORT/DBNAME}, else the user's data folder.
 */
public final class StoreOption {
    @Option(names = "--db", paramLabel = "STORE",
            description = "the store's folder, or postgresql://USER@HOST:PORT/DBNAME (password from PGPASSWORD or ~/.pgpass); "
                    + "default: the user's data folder")
    String db;

    /** True when --db names a PostgreSQL store. */
    public boolean isPostgres() {
        return PostgresTarget.isPostgres(db);
    }

    /** The H2 store's folder; refused for a PostgreSQL store (backup, restore and compact work on folders). */
    public Path directory() {
        if (isPostgres()) {
            throw new StoreException("this command works on a store folder, not on a PostgreSQL store: " + db);
        }
        return db != null ? Path.of(db) : StoreLocation.defaultDirectory();
    }

    public Store open() {
        return open(Console.err());
    }

    /** Opens the store and tells what was cleaned up after an earlier crash, if anything. */
    public Store open(java.io.PrintWriter err) {
        Store store = isPostgres() ? Store.open(db) : Store.open(directory());
        reportRecovered(store.recovered(), err);
        return store;
    }

    static void reportRecovered(java.util.List<String> notes, java.io.PrintWriter err) {
        for (String note : notes) {
            err.println("recovered: " + note);
        }
        err.flush();
    }
}
