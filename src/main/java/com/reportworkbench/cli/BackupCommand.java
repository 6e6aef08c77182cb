package com.reportworkbench.cli;

import com.reportworkbench.store.Store;
import com.reportworkbench.store.StoreBackup;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code backup [--db DIR] --out FILE.zip}: a consistent copy of the store, taken while it may be in use. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Write a backup of the store to a zip file.")
public final class BackupCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "the backup file")
    Path out;

    @Override
    public Integer call() {
        try (Store s = store.open(Console.err())) {
            StoreBackup.backup(s, out);
        }
        Console.err().println("backup written to " + out.toAbsolutePath());
        return 0;
    }
}
