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
    @Override
    public void export(Window owner, Store store, List<Long> documentIds) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(owner);
        ask.setTitle(tr("menu.file.export"));
        ask.setHeaderText(tr("export.header", documentIds.size()));
        CheckBox reviewedOnly = new CheckBox(tr("export.reviewedOnly"));
        reviewedOnly.setSelected(true);
        ask.getDialogPane().setContent(new VBox(8, reviewedOnly));
        if (ask.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(tr("menu.file.export"));
        chooser.setInitialFileName("report-workbench.xlsx");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        Path target = file.toPath();
        ExportOptions options = ExportOptions.of(reviewedOnly.isSelected(), documentIds);
        Thread t = new Thread(() -> {
            String message;
            try {
                ExportSummary s = Exporter.toXlsx(store, target, options);
                message = tr("export.done", s.figures(), target);
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
    }
}
