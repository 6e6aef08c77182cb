package com.reportworkbench.ui.team;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.store.Assignment;
import com.reportworkbench.store.CodedFigure;
import com.reportworkbench.store.FigureField;
import com.reportworkbench.store.Store;
import com.reportworkbench.team.Agreement;
import com.reportworkbench.team.TeamAgreement;
import com.reportworkbench.ui.TaskExecutor;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The disagreements of one double-coded document side by side — coder A's figure and coder B's — and
 * the adjudicator's final decision: take A's or B's, which becomes a normal signed, undoable change.
 */
final class AdjudicationDialog {
    /** A disagreement with both coders' views of the figure (either may be absent: kept by one coder only). */
    record Row(long figureId, String what, CodedFigure a, CodedFigure b) {}

    private AdjudicationDialog() {}

    static void show(Window owner, Store store, TaskExecutor executor, long documentId) {
        executor.execute(() -> load(store, documentId), loaded -> open(owner, store, executor, documentId, loaded),
                e -> new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR, e.getMessage()).show());
    }

    private record Loaded(String coderA, String coderB, List<Row> rows) {}

    private static Loaded load(Store store, long documentId) {
        List<Assignment> coders = store.coding().assignments(documentId);
        String a = coders.get(0).analyst();
        String b = coders.get(1).analyst();
        Map<Long, CodedFigure> byA = store.coding().codedFigures(documentId, a).stream()
                .collect(Collectors.toMap(CodedFigure::figureId, f -> f));
        Map<Long, CodedFigure> byB = store.coding().codedFigures(documentId, b).stream()
                .collect(Collectors.toMap(CodedFigure::figureId, f -> f));
        Agreement.Report report = TeamAgreement.forDocument(store, documentId);
        List<Row> rows = report.disagreements().stream().map(d -> {
            long id = d.figureA() != null ? d.figureA() : d.figureB();
            return new Row(id, d.what(), d.figureA() == null ? null : byA.get(d.figureA()),
                    d.figureB() == null ? null : byB.get(d.figureB()));
        }).toList();
        return new Loaded(a, b, rows);
    }

    private static void open(Window owner, Store store, TaskExecutor executor, long documentId, Loaded loaded) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(tr("team.adjudicate.title", Long.toString(documentId)));
        TableView<Row> table = new TableView<>();
        table.getColumns().add(AgreementDialog.column(tr("team.adjudicate.figure"), r -> Long.toString(r.figureId())));
        table.getColumns().add(AgreementDialog.column(tr("team.adjudicate.what"), Row::what));
        table.getColumns().add(AgreementDialog.column(loaded.coderA(), r -> describe(r.a())));
        table.getColumns().add(AgreementDialog.column(loaded.coderB(), r -> describe(r.b())));
        table.getItems().setAll(loaded.rows());
        table.setPlaceholder(new Label(tr("team.adjudicate.none")));
        table.setPrefSize(1100, 360);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label status = new Label();
        Button takeA = new Button(tr("team.adjudicate.take", loaded.coderA()));
        Button takeB = new Button(tr("team.adjudicate.take", loaded.coderB()));
        takeA.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        takeB.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Function<String, Runnable> take = coder -> () -> {
            Row row = table.getSelectionModel().getSelectedItem();
            executor.execute(() -> store.coding().adjudicate(row.figureId(), coder), cs -> {
                status.setText(tr("team.adjudicate.done", Long.toString(row.figureId()), coder));
                table.getItems().remove(row);
            }, e -> status.setText(e.getMessage()));
        };
        takeA.setOnAction(e -> take.apply(loaded.coderA()).run());
        takeB.setOnAction(e -> take.apply(loaded.coderB()).run());
        dialog.getDialogPane().setContent(new VBox(8, table, new HBox(8, takeA, takeB), status));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }

    /** A coder's view of a figure in one line: text, value and unit, kind, indicator, status; "—" when not kept. */
    static String describe(CodedFigure f) {
        if (f == null) {
            return "—";
        }
        return f.text() + "  " + f.value(FigureField.VALUE) + " " + f.value(FigureField.UNIT) + "  "
                + f.value(FigureField.KIND) + "  " + (f.value(FigureField.INDICATOR) == null ? "" : f.value(FigureField.INDICATOR))
                + "  " + f.status().name().toLowerCase(java.util.Locale.ROOT);
    }
}
