package com.reportworkbench.cli;

import com.reportworkbench.store.StoreBackup;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code compact [--db DIR]}: shrinks the store file after large imports (the store must be closed). */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Shrink the store file after large imports. Close the window first.")
public final class CompactCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        StoreBackup.Compacted sizes = StoreBackup.compact(store.directory());
        java.io.PrintWriter err = Console.err();
        StoreOption.reportRecovered(sizes.recovered(), err);
        err.println(String.format(Locale.ROOT, "store compacted: %.1f MB -> %.1f MB",
                sizes.before() / 1048576.0, sizes.after() / 1048576.0));
        return 0;
    }
}
