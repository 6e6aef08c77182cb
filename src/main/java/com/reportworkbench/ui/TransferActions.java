package com.reportworkbench.ui;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.ui.dialogs.DialogService;
import com.reportworkbench.ui.transfer.TransferViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/** Import, export, backup, restore and deletion: asks through the DialogService, works through ViewModels. */
final class TransferActions {
    private final WorkbenchViewModel vm;
    private final TransferViewModel transfer;
    private final Supplier<DialogService> dialogs;
    private final MainWindow.AppActions app;

    TransferActions(WorkbenchViewModel vm, Supplier<DialogService> dialogs, MainWindow.AppActions app) {
        this.vm = vm;
        this.transfer = new TransferViewModel(vm.core(), vm.executor(), vm::setStatus);
        this.dialogs = dialogs;
        this.app = app;
    }

    void importFiles() {
        if (checkImport()) {
            List<Path> files = dialogs.get().chooseImportFiles();
            if (!files.isEmpty()) {
                vm.importer().importPaths(files);
            }
        }
    }

    void importFolder() {
        if (checkImport()) {
            dialogs.get().chooseImportFolder().ifPresent(dir -> vm.importer().importPaths(List.of(dir)));
        }
    }

    private boolean checkImport() {
        if (!vm.importer().isAvailable()) {
            vm.setStatus(tr("import.unavailable"));
            return false;
        }
        return true;
    }

    void onDragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    void onDragDropped(DragEvent e) {
        boolean ok = e.getDragboard().hasFiles();
        if (ok) {
            handleDroppedFiles(e.getDragboard().getFiles());
        }
        e.setDropCompleted(ok);
        e.consume();
    }

    /** Files or folders dropped on the window: imported in the background. */
    void handleDroppedFiles(List<File> files) {
        if (files == null || files.isEmpty() || !checkImport()) {
            return;
        }
        vm.importer().importPaths(files.stream().map(File::toPath).toList());
    }

    private boolean ready() {
        return vm.storeStateProperty().get() == WorkbenchViewModel.StoreState.READY;
    }

    /** Exports the listed (filtered) documents: asks, then writes the workbook in the background. */
    void export() {
        if (!ready()) {
            dialogs.get().inform(tr("menu.file.export"), tr("export.unavailable"));
            return;
        }
        List<Long> ids = vm.documents().filtered().stream().map(DocumentRecord::id).toList();
        dialogs.get().askExport(ids.size()).ifPresent(request -> transfer.export(request, ids));
    }

    void backup() {
        if (ready()) {
            (vm.core().store().isPostgres() ? dialogs.get().chooseDumpTarget() : dialogs.get().chooseBackupTarget())
                    .ifPresent(transfer::backup);
        }
    }

    /** Replaces the store by a backup after a confirmation; the replaced store is kept beside it. */
    void restore() {
        if (!ready()) {
            return;
        }
        dialogs.get().chooseBackupToRestore()
                .filter(zip -> dialogs.get().confirm(tr("menu.file.restore"), tr(
                        com.reportworkbench.store.StoreDump.isDump(zip) ? "restore.confirmDump" : "restore.confirm",
                        zip.getFileName())))
                .ifPresent(zip -> {
                    vm.review().close();
                    app.restoreStore(zip);
                });
    }

    void deleteDocument() {
        DocumentRecord d = vm.review().documentProperty().get();
        if (d != null && dialogs.get().confirm(tr("menu.file.deleteDocument"), tr("documents.delete.confirm", d.fileName()))) {
            vm.review().close();
            vm.documents().delete(d, () -> { });
        }
    }
}
