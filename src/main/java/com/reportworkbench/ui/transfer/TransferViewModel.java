package com.reportworkbench.ui.transfer;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.export.ExportOptions;
import com.reportworkbench.export.Exporter;
import com.reportworkbench.store.StoreBackup;
import com.reportworkbench.store.StoreDump;
import com.reportworkbench.ui.CoreServices;
import com.reportworkbench.ui.TaskExecutor;
import com.reportworkbench.ui.dialogs.DialogService.ExportRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Export and backup of the open store: the core calls (Exporter, StoreBackup) on the long-work thread,
 * their outcome as a status line. The view only asks the questions (DialogService) and calls these.
 */
public final class TransferViewModel {
    private final CoreServices core;
    private final TaskExecutor executor;
    private final Consumer<String> status;

    public TransferViewModel(CoreServices core, TaskExecutor executor, Consumer<String> status) {
        this.core = core;
        this.executor = executor;
        this.status = status;
    }

    /** Writes the workbook of these documents in the background. */
    public void export(ExportRequest request, List<Long> documentIds) {
        status.accept(tr("export.running", request.target()));
        executor.executeLong(() -> Exporter.toXlsx(core.store(), request.target(),
                        ExportOptions.of(request.reviewedOnly(), documentIds)),
                s -> status.accept(tr("export.done", s.figures(), request.target())),
                e -> status.accept(tr("export.failed", e.getMessage())));
    }

    /**
     * A consistent backup of the open store, in the background: a zip of an H2 store (H2 BACKUP TO), or
     * the engine-neutral dump ({@code .jsonl.gz}) — always for a team's PostgreSQL store, whose backup is
     * not a file of its own (#13); the dump restores into either engine.
     */
    public void backup(Path file) {
        boolean dump = StoreDump.isDumpTarget(core.store(), file);
        Path target = dump ? dumpFile(file) : file;
        status.accept(tr("backup.running", target));
        executor.executeLong(() -> {
            if (dump) {
                StoreDump.dump(core.store(), target);
            } else {
                StoreBackup.backup(core.store(), target);
            }
            return target;
        }, z -> status.accept(tr("backup.done", z)), e -> status.accept(tr("backup.failed", e.getMessage())));
    }

    /** A dump's name ends in .jsonl.gz (a save dialog may hand back the name as typed). */
    public static Path dumpFile(Path file) {
        return StoreDump.isDump(file) ? file : file.resolveSibling(file.getFileName() + StoreDump.SUFFIX);
    }
}
