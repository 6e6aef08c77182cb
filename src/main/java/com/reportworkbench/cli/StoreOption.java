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

    /**
     * For commands that only read: a {@code --db} folder without a store is a typing mistake, not a wish
     * for a new empty store. Says so on {@code err} and returns false (the command exits non-zero).
     */
    public boolean checkExisting(java.io.PrintWriter err) {
        if (db == null || isPostgres()) {
            return true; // a PostgreSQL URL names a server's database: opening it reports what is missing
        }
        Path folder = Path.of(db);
        if (java.nio.file.Files.isRegularFile(Store.dataFile(folder))) {
            return true;
        }
        err.println(java.nio.file.Files.isDirectory(folder)
                ? "no store in " + db + " (no store.mv.db): import documents into it first, or check the path"
                : "no store at " + db + ": the folder does not exist; check the path");
        err.flush();
        return false;
    }

    static void reportRecovered(java.util.List<String> notes, java.io.PrintWriter err) {
        for (String note : notes) {
            err.println("recovered: " + note);
        }
        err.flush();
    }
}
