package com.reportworkbench.ui.doubt;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.store.FigureRecord;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableMap;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** The confidence and flags columns of the figure table, and the doubtful count of the document list. */
final class DoubtColumns {
    static final String CONFIDENCE_ID = "confidenceColumn";
    static final String FLAGS_ID = "flagsColumn";
    static final String DOUBTFUL_ID = "doubtfulColumn";

    private DoubtColumns() {
    }

    static void install(TableView<FigureRecord> table, ObservableMap<Long, FigureDoubt> doubts) {
        TableColumn<FigureRecord, Double> confidence = new TableColumn<>(tr("doubt.column.confidence"));
        confidence.setId(CONFIDENCE_ID);
        confidence.setPrefWidth(56);
        // sortable: an unscored figure sorts as certain (it goes last in "least confident first")
        confidence.setCellValueFactory(c -> Bindings.createObjectBinding(() -> {
            FigureDoubt d = doubts.get(c.getValue().id());
            return d == null || d.confidence() == null ? null : d.confidence();
        }, doubts));
        confidence.setComparator((a, b) -> Double.compare(a == null ? 2.0 : a, b == null ? 2.0 : b));
        confidence.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? "" : String.format(Locale.ROOT, "%.2f", v));
                getStyleClass().remove("doubtful");
                if (!empty && v != null && v < com.reportworkbench.doubt.DoubtService.DOUBTFUL_BELOW) {
                    getStyleClass().add("doubtful");
                }
            }
        });
        TableColumn<FigureRecord, FigureDoubt> flags = new TableColumn<>(tr("doubt.column.flags"));
        flags.setId(FLAGS_ID);
        flags.setPrefWidth(110);
        flags.setSortable(false);
        flags.setCellValueFactory(c -> Bindings.createObjectBinding(() -> doubts.get(c.getValue().id()), doubts));
        flags.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(FigureDoubt d, boolean empty) {
                super.updateItem(d, empty);
                if (empty || d == null || d.flags().isEmpty()) {
                    setText("");
                    setTooltip(null);
                    return;
                }
                StringBuilder shown = new StringBuilder();
                StringBuilder tip = new StringBuilder();
                for (String code : d.flags()) {
                    String name = flagName(code);
                    shown.append(shown.length() == 0 ? "" : ", ").append(name);
                    tip.append(tip.length() == 0 ? "" : "\n").append(name);
                }
                d.reasons().forEach(r -> tip.append("\n").append(r));
                setText(shown.toString());
                setTooltip(new Tooltip(tip.toString()));
            }
        });
        // after the short columns (kind, status, period), so those stay in view in a narrow pane
        int period = 0;
        for (int i = 0; i < table.getColumns().size(); i++) {
            if (table.getColumns().get(i).getText().equals(tr("figures.period"))) {
                period = i;
            }
        }
        table.getColumns().add(period + 1, confidence);
        table.getColumns().add(flags);
    }

    /** The flag's name in the UI language; an unknown code shows as itself. */
    static String flagName(String code) {
        String key = "doubt.flag." + code;
        String name = tr(key);
        return name.equals(key) || name.startsWith("!") ? code : name;
    }

    static void installDocumentCount(TableView<DocumentRecord> table, ObservableMap<Long, Integer> counts) {
        TableColumn<DocumentRecord, Integer> doubtful = new TableColumn<>(tr("doubt.column.doubtful"));
        doubtful.setId(DOUBTFUL_ID);
        doubtful.setPrefWidth(44);
        doubtful.setCellValueFactory(c -> Bindings.createObjectBinding(
                () -> counts.getOrDefault(c.getValue().id(), 0), counts));
        doubtful.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty || n == null || n == 0 ? "" : n.toString());
                setTooltip(empty || n == null || n == 0 ? null : new Tooltip(tr("doubt.column.doubtful.tooltip", n)));
            }
        });
        int at = Math.min(table.getColumns().size(), 5);
        table.getColumns().add(at, doubtful);
    }
}
