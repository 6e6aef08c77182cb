package com.reportworkbench.cli;

import com.reportworkbench.store.Store;
import com.reportworkbench.store.StoreBackup;
import com.reportworkbench.store.StoreDump;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code backup [--db DIR] --out FILE.zip}: a consistent copy of the store, taken while it may be in use. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Write a backup of the store: a zip of the H2 store, or an engine-neutral FILE.jsonl.gz "
                + "(always for a PostgreSQL store) that restores into either engine.")
public final class BackupCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the backup file: .zip (H2) or .jsonl.gz (engine-neutral)")
    Path out;

    @Override
    public Integer call() {
        try (Store s = store.open(Console.err())) {
            if (StoreDump.isDumpTarget(s, out)) {
                // engine-neutral (a team's store, or a move between H2 and PostgreSQL): ids and history kept
                StoreDump.Counts n = StoreDump.dump(s, out);
                Console.err().printf(java.util.Locale.ROOT, "dumped %,d documents, %,d figures, %,d change sets%n",
                        n.documents(), n.figures(), n.changeSets());
            } else {
                StoreBackup.backup(s, out);
            }
        }
        Console.err().println("backup written to " + out.toAbsolutePath());
        return 0;
    }
}
