package com.reportworkbench.ui.team;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.store.Store;
import com.reportworkbench.team.Agreement;
import com.reportworkbench.team.TeamAgreement;
import com.reportworkbench.ui.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The agreement view of a team's store: the coders' agreement over every double-coded, done document
 * (the numbers of `agree`) and per document; a document's disagreements open side by side for adjudication.
 */
public final class AgreementDialog {
    /** One row: a document and its agreement. */
    record Row(DocumentRecord document, Agreement.Report report) {}

    /** What the background load hands to the FX thread. */
    private record Loaded(Agreement.Report overall, List<Row> rows) {}

    private AgreementDialog() {}

    public static void show(Window owner, Store store, TaskExecutor executor) {
        executor.execute(() -> {
            List<Row> rows = new ArrayList<>();
            for (long id : store.coding().doubleCodedAndDone()) {
                DocumentRecord d = store.documents().get(id).orElse(null);
                if (d != null) {
                    rows.add(new Row(d, TeamAgreement.forDocument(store, id)));
                }
            }
            return new Loaded(TeamAgreement.overall(store, null), rows);
        }, loaded -> open(owner, store, executor, loaded.overall(), loaded.rows()), e -> new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR, e.getMessage()).show());
    }

    private static void open(Window owner, Store store, TaskExecutor executor, Agreement.Report overall, List<Row> rows) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(tr("team.agreement.title"));
        Label summary = new Label(tr("team.agreement.overall", overall.documents(), overall.figures(), f(overall.spanF1()),
                f(overall.valueAgreement()), f(overall.kappaKind()), f(overall.kappaIndicator()), overall.disagreements().size()));
        summary.setWrapText(true);
        TableView<Row> table = new TableView<>();
        table.getColumns().add(column(tr("team.agreement.document"), r -> r.document().id() + "  " + r.document().fileName()));
        table.getColumns().add(column(tr("team.agreement.figures"), r -> Integer.toString(r.report().figures())));
        table.getColumns().add(column("F1", r -> f(r.report().spanF1())));
        table.getColumns().add(column(tr("team.agreement.value"), r -> f(r.report().valueAgreement())));
        table.getColumns().add(column("κ " + tr("team.agreement.kind"), r -> f(r.report().kappaKind())));
        table.getColumns().add(column("κ " + tr("team.agreement.indicator"), r -> f(r.report().kappaIndicator())));
        table.getColumns().add(column(tr("team.agreement.disagreements"), r -> Integer.toString(r.report().disagreements().size())));
        table.getItems().setAll(rows);
        table.setPlaceholder(new Label(tr("team.agreement.none")));
        table.setPrefSize(760, 320);
        Button adjudicate = new Button(tr("team.adjudicate"));
        adjudicate.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        adjudicate.setOnAction(e -> AdjudicationDialog.show(dialog.getDialogPane().getScene().getWindow(), store, executor,
                table.getSelectionModel().getSelectedItem().document().id()));
        dialog.getDialogPane().setContent(new VBox(8, summary, table, adjudicate));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }

    static <T> TableColumn<T, String> column(String title, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    static String f(double d) {
        return String.format(Locale.ROOT, "%.3f", d);
    }
}
