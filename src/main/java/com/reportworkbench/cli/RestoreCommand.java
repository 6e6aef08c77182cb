package com.reportworkbench.cli;

import com.reportworkbench.store.StoreBackup;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code restore [--db DIR] FILE.zip}: replaces the store by a backup; the replaced store is kept aside. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the store by a backup (the current store is kept beside it). Close the window first.")
public final class RestoreCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "FILE.zip", description = "a backup written by 'backup'")
    Path zip;

    @Override
    public Integer call() {
        Path kept = StoreBackup.restore(zip, store.directory());
        Console.err().println("restored " + zip + " into " + store.directory()
                + (kept == null ? "" : "; the previous store is kept as " + kept.getFileName()));
        return 0;
    }
}
