package com.reportworkbench.ui.importing;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.importer.CancellationFlag;
import com.reportworkbench.importer.ImportListener;
import com.reportworkbench.importer.ImportOutcome;
import com.reportworkbench.importer.ImportSummary;
import com.reportworkbench.ui.CoreServices;
import com.reportworkbench.ui.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Imports files and folders (menu, drag and drop, sample reports) in the background with progress.
 * Cancelling sets a {@link CancellationFlag} checked between files; the thread is never interrupted.
 */
public final class ImportViewModel {
    private final CoreServices core;
    private final TaskExecutor executor;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ImportSummary> lastSummary = new ReadOnlyObjectWrapper<>();
    private volatile CancellationFlag cancel;
    private Runnable documentsChanged = () -> {};
    private Consumer<Throwable> errorHandler = e -> {};

    public ImportViewModel(CoreServices core, TaskExecutor executor) {
        this.core = core;
        this.executor = executor;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Set when an import ends: the view lists its failures in one dialog. */
    public ReadOnlyObjectProperty<ImportSummary> lastSummaryProperty() {
        return lastSummary.getReadOnlyProperty();
    }

    public void setDocumentsChanged(Runnable documentsChanged) {
        this.documentsChanged = documentsChanged;
    }

    public void setErrorHandler(Consumer<Throwable> errorHandler) {
        this.errorHandler = errorHandler;
    }

    public boolean isAvailable() {
        return core.importAvailable();
    }

    /** Files and folders dropped on the window or chosen in a dialog. */
    public void importPaths(List<Path> roots) {
        if (roots.isEmpty() || running.get()) {
            return;
        }
        start(() -> core.importAll(roots, listener(), cancel));
    }

    /** The bundled sample reports (first run). */
    public void importSamples() {
        if (running.get()) {
            return;
        }
        start(() -> core.importAll(List.of(core.sampleReports()), listener(), cancel));
    }

    public void cancel() {
        CancellationFlag flag = cancel;
        if (flag != null) {
            flag.cancel();
            message.set(tr("import.cancelling"));
        }
    }

    private void start(java.util.concurrent.Callable<ImportSummary> work) {
        cancel = new CancellationFlag();
        running.set(true);
        progress.set(-1);
        message.set(tr("import.starting"));
        lastSummary.set(null);
        executor.executeLong(work, summary -> {
            running.set(false);
            progress.set(0);
            message.set(tr("import.done", summary.count(ImportOutcome.Status.IMPORTED),
                    summary.count(ImportOutcome.Status.SKIPPED), summary.count(ImportOutcome.Status.FAILED))
                    + (summary.cancelled() ? " " + tr("import.cancelled") : ""));
            lastSummary.set(summary);
            documentsChanged.run();
        }, e -> {
            running.set(false);
            progress.set(0);
            message.set(tr("import.failed", e.getMessage()));
            errorHandler.accept(e);
            documentsChanged.run();
        });
    }

    private ImportListener listener() {
        return new ImportListener() {
            @Override
            public void started(int total) {
                executor.ui(() -> message.set(tr("import.progress", 0, total)));
            }

            @Override
            public void fileDone(int done, int total, ImportOutcome outcome) {
                executor.ui(() -> {
                    progress.set(total == 0 ? -1 : (double) done / total);
                    message.set(tr("import.progress", done, total));
                });
            }
        };
    }
}
