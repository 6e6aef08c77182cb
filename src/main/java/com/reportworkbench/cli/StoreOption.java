package com.reportworkbench.cli;

import com.reportworkbench.store.Store;
import com.reportworkbench.store.StoreLocation;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The shared {@code --db DIR} option: the store's folder, else the user's data folder. */
public final class StoreOption {
    @Option(names = "--db", paramLabel = "DIR", description = "the store's folder (default: the user's data folder)")
    Path db;

    public Path directory() {
        return db != null ? db : StoreLocation.defaultDirectory();
    }

    public Store open() {
        return open(Console.err());
    }

    /** Opens the store and tells what was cleaned up after an earlier crash, if anything. */
    public Store open(java.io.PrintWriter err) {
        Store store = Store.open(directory());
        reportRecovered(store.recovered(), err);
        return store;
    }

    /**
     * For commands that only read: a {@code --db} folder without a store is a typing mistake, not a wish
     * for a new empty store. Says so on {@code err} and returns false (the command exits non-zero).
     */
    public boolean checkExisting(java.io.PrintWriter err) {
        if (db == null) {
            return true;
        }
        if (java.nio.file.Files.isRegularFile(db.resolve("store.mv.db"))) {
            return true;
        }
        err.println(java.nio.file.Files.isDirectory(db)
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
