package com.reportworkbench.ui;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.export.ExportOptions;
import com.reportworkbench.export.ExportSummary;
import com.reportworkbench.export.Exporter;
import com.reportworkbench.store.Store;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Export to an Excel workbook (figures, attainment, wide, documents) with the export engine. */
final class XlsxExportHook implements ExportHook {
    /** Where to export and what: the answer of the export dialogs. */
    record Request(Path target, boolean reviewedOnly) {}

    @Override
    public void export(Window owner, Store store, List<Long> documentIds) {
        ask(owner, documentIds.size()).ifPresent(request -> {
            Thread t = new Thread(() -> {
                String message;
                try {
                    message = tr("export.done", run(store, request, documentIds).figures(), request.target());
                } catch (Exception e) {
                    message = tr("export.failed", e.getMessage());
                }
                String m = message;
                Platform.runLater(() -> {
                    Alert done = new Alert(Alert.AlertType.INFORMATION, m);
                    done.initOwner(owner);
                    done.setHeaderText(tr("menu.file.export"));
                    done.show();
                });
            }, "rw-export");
            t.setDaemon(true);
            t.start();
        });
    }

    /** Asks whether to export reviewed figures only, then for the file; empty when cancelled. */
    static java.util.Optional<Request> ask(Window owner, int documents) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(owner);
        ask.setTitle(tr("menu.file.export"));
        ask.setHeaderText(tr("export.header", documents));
        CheckBox reviewedOnly = new CheckBox(tr("export.reviewedOnly"));
        reviewedOnly.setSelected(true);
        ask.getDialogPane().setContent(new VBox(8, reviewedOnly));
        if (ask.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return java.util.Optional.empty();
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(tr("menu.file.export"));
        chooser.setInitialFileName("report-workbench.xlsx");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        File file = chooser.showSaveDialog(owner);
        return file == null ? java.util.Optional.empty()
                : java.util.Optional.of(new Request(file.toPath(), reviewedOnly.isSelected()));
    }

    /** The export itself (long work: call it off the FX thread). */
    static ExportSummary run(Store store, Request request, List<Long> documentIds) throws java.io.IOException {
        return Exporter.toXlsx(store, request.target(), ExportOptions.of(request.reviewedOnly(), documentIds));
    }
}
