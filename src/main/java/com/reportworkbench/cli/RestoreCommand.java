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
        StoreBackup.Restored restored = StoreBackup.restore(zip, store.directory());
        java.io.PrintWriter err = Console.err();
        StoreOption.reportRecovered(restored.recovered(), err);
        Path kept = restored.kept();
        err.println(String.format(java.util.Locale.ROOT, "restored %s into %s: %,d documents, %,d figures%s", zip,
                store.directory(), restored.documents(), restored.figures(),
                kept == null ? "" : "; the previous store is kept as " + kept.getFileName()));
        return 0;
    }
}
