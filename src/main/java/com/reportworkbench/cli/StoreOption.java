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
        return Store.open(directory());
    }
}
