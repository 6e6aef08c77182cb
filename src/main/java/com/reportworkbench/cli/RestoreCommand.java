package com.reportworkbench.cli;

import com.reportworkbench.store.Store;
import com.reportworkbench.store.StoreBackup;
import com.reportworkbench.store.StoreDump;
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
        if (StoreDump.isDump(zip)) { // an engine-neutral dump: into a new, empty store of either engine
            try (Store s = store.open(Console.err())) {
                StoreDump.Counts n = StoreDump.load(zip, s);
                Console.err().printf(java.util.Locale.ROOT, "restored %s into %s: %,d documents, %,d figures, %,d change sets%n",
                        zip, s.location(), n.documents(), n.figures(), n.changeSets());
            }
            return 0;
        }
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
