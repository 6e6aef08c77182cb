package com.reportworkbench.ui.review;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.extract.Figure;
import com.reportworkbench.extract.Kind;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.store.Origin;
import com.reportworkbench.store.ReviewStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;

/** The figures of the open document: sortable, filterable, several rows selectable for bulk actions. */
public final class FigureTableView extends VBox {
    private static final PseudoClass REJECTED = PseudoClass.getPseudoClass("rejected");
    private static final PseudoClass REVIEWED = PseudoClass.getPseudoClass("reviewed");

    /** Which rows the status filter keeps. */
    public enum StatusFilter { ALL, UNREVIEWED, REVIEWED, REJECTED, TARGET, ACHIEVEMENT, OTHER }

    private final ReviewViewModel vm;
    private final TableView<FigureRecord> table = new TableView<>();
    private final TextField filter = TextFields.createClearableTextField();
    private final ChoiceBox<StatusFilter> statusFilter = new ChoiceBox<>();
    private final FilteredList<FigureRecord> filtered;
    private boolean syncing;
    /** Indicator id → Chinese canonical name, for the indicator column. */
    private java.util.Map<String, String> indicatorNames = java.util.Map.of();

    public FigureTableView(ReviewViewModel vm) {
        this.vm = vm;
        getStyleClass().add("figure-table");
        table.setId("figureTable");
        filter.setId("figureFilter");
        filter.setPromptText(tr("figures.filter"));
        statusFilter.getItems().setAll(StatusFilter.values());
        statusFilter.setValue(StatusFilter.ALL);
        statusFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(StatusFilter f) {
                return f == null ? "" : tr("figures.show." + f.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public StatusFilter fromString(String s) {
                return null;
            }
        });

        filtered = new FilteredList<>(vm.figures());
        filter.textProperty().addListener((o, a, b) -> updatePredicate());
        statusFilter.valueProperty().addListener((o, a, b) -> updatePredicate());
        SortedList<FigureRecord> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(tr("figures.empty")));
        table.setTableMenuButtonVisible(true);

        // the short columns (kind, status, period) before the free-text ones: they stay in view in a narrow pane
        TableColumn<FigureRecord, String> text = column(tr("figures.text"), 92, f -> f.current().text());
        TableColumn<FigureRecord, String> qualifier = column(tr("figures.qualifier"), 60,
                f -> f.current().qualifier().id().isEmpty() ? "" : tr("qualifier." + f.current().qualifier().id()));
        text.setMinWidth(textWidth(text.getText()) + 26);
        qualifier.setMinWidth(textWidth(qualifier.getText()) + 26);
        table.getColumns().setAll(List.of(
                text,
                decimalColumn(tr("figures.value"), 60),
                column(tr("figures.unit"), 52, f -> f.current().unit()),
                kindColumn(),
                column(tr("figures.status"), widest(java.util.Arrays.stream(ReviewStatus.values())
                        .map(st -> "✓ " + tr("status." + st.name().toLowerCase(Locale.ROOT))).toList()),
                        FigureTableView::statusText),
                column(tr("figures.period"), widest(List.of("2021-2025")), f -> nz(f.current().period())),
                qualifier,
                indicatorColumn()));
        // every column at least as wide as its header and its longest word (English: "achievement", "Qualifier");
        // the table fits its pane, so the period column is never hidden behind the scroll bar
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        table.setRowFactory(t -> {
            TableRow<FigureRecord> row = new TableRow<>() {
                @Override
                protected void updateItem(FigureRecord r, boolean empty) {
                    super.updateItem(r, empty);
                    pseudoClassStateChanged(REJECTED, !empty && r != null && r.status() == ReviewStatus.REJECTED);
                    pseudoClassStateChanged(REVIEWED, !empty && r != null && r.isReviewed());
                }
            };
            return row;
        });

        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<FigureRecord>) c -> {
            if (!syncing) {
                vm.selection().setAll(new ArrayList<>(table.getSelectionModel().getSelectedItems()));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (syncing) {
                return;
            }
            vm.currentProperty().set(b);
            if (b != null && (a == null || a.id() != b.id())) {
                vm.revealInText(b);
            }
        });
        vm.wantedSelectionProperty().addListener((o, a, b) -> {
            if (b != null) {
                select(b.ids(), b.reveal());
            }
        });

        HBox bar = new HBox(6, filter, statusFilter);
        HBox.setHgrow(filter, Priority.ALWAYS);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(bar, table);
        setSpacing(4);
    }

    private void updatePredicate() {
        String text = filter.getText() == null ? "" : filter.getText().trim().toLowerCase(Locale.ROOT);
        StatusFilter sf = statusFilter.getValue() == null ? StatusFilter.ALL : statusFilter.getValue();
        filtered.setPredicate(f -> (matchesText(f, text) || indicatorLabel(f).toLowerCase(Locale.ROOT).contains(text))
                && matchesStatus(f, sf));
    }

    static boolean matchesText(FigureRecord r, String text) {
        if (text.isEmpty()) {
            return true;
        }
        Figure f = r.current();
        return f.text().toLowerCase(Locale.ROOT).contains(text)
                || f.unit().toLowerCase(Locale.ROOT).contains(text)
                || (f.indicator() != null && f.indicator().toLowerCase(Locale.ROOT).contains(text))
                || (f.indicatorText() != null && f.indicatorText().contains(text))
                || (f.period() != null && f.period().contains(text));
    }

    static boolean matchesStatus(FigureRecord r, StatusFilter sf) {
        return switch (sf) {
            case ALL -> true;
            case UNREVIEWED -> !r.isReviewed();
            case REVIEWED -> r.isReviewed();
            case REJECTED -> r.status() == ReviewStatus.REJECTED;
            case TARGET -> r.current().kind() == Kind.TARGET;
            case ACHIEVEMENT -> r.current().kind() == Kind.ACHIEVEMENT;
            case OTHER -> r.current().kind() == Kind.OTHER;
        };
    }

    static String statusText(FigureRecord r) {
        if (r.origin() == Origin.ANALYST && r.status() != ReviewStatus.REJECTED) {
            return "+ " + tr("status.added");
        }
        String glyph = switch (r.status()) {
            case PROPOSED -> "• ";
            case ACCEPTED -> "✓ ";
            case REJECTED -> "✗ ";
            case EDITED -> "✎ ";
        };
        return glyph + tr("status." + r.status().name().toLowerCase(Locale.ROOT));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static TableColumn<FigureRecord, String> column(String title, double width,
            Function<FigureRecord, String> value) {
        TableColumn<FigureRecord, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue())));
        fit(c, width);
        return c;
    }

    /** Header and widest cell fit: the minimum width is the header's text plus the sort arrow's room. */
    private static void fit(TableColumn<FigureRecord, ?> c, double cellWidth) {
        double header = textWidth(c.getText()) + 26;
        double min = Math.max(header, Math.min(cellWidth, 130));
        c.setMinWidth(min);
        c.setPrefWidth(Math.max(min, cellWidth));
    }

    /** The width a cell needs for the longest of these texts. */
    static double widest(List<String> texts) {
        return texts.stream().mapToDouble(FigureTableView::textWidth).max().orElse(40) + 22;
    }

    static double textWidth(String s) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        // the theme's font is a little larger than the toolkit's default one
        t.setFont(javafx.scene.text.Font.font(com.reportworkbench.ui.Styling.cjkFamily(),
                javafx.scene.text.Font.getDefault().getSize() * 1.1));
        return Math.ceil(t.getLayoutBounds().getWidth());
    }

    private static TableColumn<FigureRecord, BigDecimal> decimalColumn(String title, double width) {
        TableColumn<FigureRecord, BigDecimal> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().current().value()));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(BigDecimal v, boolean empty) {
                super.updateItem(v, empty);
                FigureRecord r = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (empty || v == null || r == null) {
                    setText(null);
                    return;
                }
                BigDecimal high = r.current().valueHigh();
                setText(v.stripTrailingZeros().toPlainString()
                        + (high == null ? "" : "–" + high.stripTrailingZeros().toPlainString()));
            }
        });
        c.getStyleClass().add("number-column");
        fit(c, width);
        return c;
    }

    /** The indicator's canonical name (地区生产总值), its id in the tooltip; free text in grey when there is no id. */
    private TableColumn<FigureRecord, FigureRecord> indicatorColumn() {
        TableColumn<FigureRecord, FigureRecord> c = new TableColumn<>(tr("figures.indicator"));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        c.setComparator(Comparator.comparing(this::indicatorLabel));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(FigureRecord r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove("indicator-free-text");
                if (empty || r == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                String id = r.current().indicator();
                setText(indicatorLabel(r));
                if (id == null && r.current().indicatorText() != null) {
                    getStyleClass().add("indicator-free-text");
                }
                String tip = id == null ? nz(r.current().indicatorText())
                        : id + (r.current().indicatorText() == null ? "" : "  ·  " + r.current().indicatorText());
                setTooltip(tip.isEmpty() ? null : new javafx.scene.control.Tooltip(tip));
            }
        });
        fit(c, 130);
        return c;
    }

    /** What the indicator column shows for a figure. */
    public String indicatorLabel(FigureRecord r) {
        String id = r.current().indicator();
        if (id == null) {
            return nz(r.current().indicatorText());
        }
        return indicatorNames.getOrDefault(id, id);
    }

    public void setIndicatorNames(java.util.Map<String, String> names) {
        this.indicatorNames = java.util.Map.copyOf(names);
        table.refresh();
    }

    private static TableColumn<FigureRecord, Kind> kindColumn() {
        TableColumn<FigureRecord, Kind> c = new TableColumn<>(tr("figures.kind"));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue().current().kind()));
        c.setComparator(Comparator.comparing(Kind::ordinal));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Kind k, boolean empty) {
                super.updateItem(k, empty);
                getStyleClass().removeAll("kind-target", "kind-achievement", "kind-other");
                if (empty || k == null) {
                    setText(null);
                    return;
                }
                setText(tr("kind." + k.id()));
                getStyleClass().add("kind-" + k.id());
            }
        });
        fit(c, widest(java.util.Arrays.stream(Kind.values()).map(k -> tr("kind." + k.id())).toList()));
        return c;
    }

    public TableView<FigureRecord> table() {
        return table;
    }

    public void focusFilter() {
        filter.requestFocus();
    }

    /** Selects the rows of these figures; reveal: the text scrolls to the first. */
    public void select(List<Long> ids, boolean reveal) {
        Set<Long> wanted = new HashSet<>(ids);
        syncing = true;
        FigureRecord first = null;
        try {
            table.getSelectionModel().clearSelection();
            for (int i = 0; i < table.getItems().size(); i++) {
                FigureRecord r = table.getItems().get(i);
                if (wanted.contains(r.id())) {
                    table.getSelectionModel().select(i);
                    if (first == null) {
                        first = r;
                        table.getFocusModel().focus(i);
                    }
                }
            }
        } finally {
            syncing = false;
        }
        vm.selection().setAll(new ArrayList<>(table.getSelectionModel().getSelectedItems()));
        vm.currentProperty().set(first);
        if (first != null) {
            int index = table.getItems().indexOf(first);
            scrollIntoView(index);
            if (reveal) {
                vm.revealInText(first);
            }
        }
    }

    private void scrollIntoView(int index) {
        table.scrollTo(Math.max(0, index - 3));
    }

    /** Next (+1) or previous (-1) row in the table's order. */
    public void move(int delta) {
        int n = table.getItems().size();
        if (n == 0) {
            return;
        }
        int i = table.getSelectionModel().getSelectedIndex();
        int next = i < 0 ? (delta > 0 ? 0 : n - 1) : Math.max(0, Math.min(n - 1, i + delta));
        table.getSelectionModel().clearAndSelect(next);
        table.getFocusModel().focus(next);
        scrollIntoView(next);
    }

    /** The first unreviewed row after the last selected one (wrapping around), not one of the selected. */
    public java.util.Optional<FigureRecord> nextUnreviewedAfterSelection() {
        int n = table.getItems().size();
        List<Integer> selected = table.getSelectionModel().getSelectedIndices();
        int last = selected.stream().mapToInt(Integer::intValue).max().orElse(-1);
        for (int k = 1; k <= n; k++) {
            int j = (last + k) % n;
            FigureRecord r = table.getItems().get(j);
            if (!r.isReviewed() && !selected.contains(j)) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }

    /** The next figure nobody reviewed yet, after the selected row (wrapping around). */
    public boolean nextUnreviewed() {
        int n = table.getItems().size();
        int i = table.getSelectionModel().getSelectedIndex();
        for (int k = 1; k <= n; k++) {
            int j = ((i < 0 ? -1 : i) + k) % n;
            if (!table.getItems().get(j).isReviewed()) {
                table.getSelectionModel().clearAndSelect(j);
                table.getFocusModel().focus(j);
                scrollIntoView(j);
                return true;
            }
        }
        return false;
    }

    public void setContextMenu(ContextMenu menu) {
        table.setContextMenu(menu);
    }
}
