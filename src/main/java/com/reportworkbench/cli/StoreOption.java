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

    static void reportRecovered(java.util.List<String> notes, java.io.PrintWriter err) {
        for (String note : notes) {
            err.println("recovered: " + note);
        }
        err.flush();
    }
}
