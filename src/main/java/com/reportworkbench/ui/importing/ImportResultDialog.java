package com.reportworkbench.ui.importing;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.importer.ImportOutcome;
import com.reportworkbench.importer.ImportSummary;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;

/** All failures of an import in one list, never one modal error per file. */
public final class ImportResultDialog {
    private ImportResultDialog() {}

    public static Alert create(Window owner, ImportSummary summary) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle(tr("import.result.title"));
        alert.setHeaderText(tr("import.done", summary.count(ImportOutcome.Status.IMPORTED),
                summary.count(ImportOutcome.Status.SKIPPED), summary.count(ImportOutcome.Status.FAILED)));
        TableView<ImportOutcome> table = new TableView<>();
        table.setId("importFailures");
        TableColumn<ImportOutcome, String> file = new TableColumn<>(tr("import.result.file"));
        file.setCellValueFactory(c -> new SimpleStringProperty(String.valueOf(c.getValue().path())));
        file.setPrefWidth(360);
        TableColumn<ImportOutcome, String> reason = new TableColumn<>(tr("import.result.reason"));
        reason.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().detail()));
        reason.setPrefWidth(320);
        table.getColumns().setAll(java.util.List.of(file, reason));
        table.getItems().setAll(summary.failures());
        table.setPrefHeight(260);
        alert.getDialogPane().setContent(table);
        alert.setResizable(true);
        return alert;
    }
}
