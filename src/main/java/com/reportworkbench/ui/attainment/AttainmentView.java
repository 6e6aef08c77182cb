package com.reportworkbench.ui.attainment;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.compare.AttainmentRow;
import com.reportworkbench.compare.AttainmentStatus;
import com.reportworkbench.ui.TaskExecutor;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Targets against achievements: a table region × indicator × year coloured by status (met / missed /
 * unknown), filters by region and indicator, a line chart of target and actual over the years for the
 * selected region and indicator, and a jump back to the source figure (double-click or Enter: the
 * achievement, else the target; the context menu offers both).
 *
 * <p>Rows are loaded by the given supplier in a {@link Task} on a background thread, never on the FX thread:
 * {@code new AttainmentView(() -> Comparison.run(store), source -> openDocument(source))}, then
 * {@link #reload()}.
 */
public final class AttainmentView extends BorderPane {
    private static final String ALL = tr("attainment.all");
    private static final String STYLESHEET = "attainment.css";

    private final Supplier<List<AttainmentRow>> loader;
    /** The window's executor (store work, callbacks on the FX thread); null: a Task on a thread of its own. */
    private final TaskExecutor executor;
    private final ComboBox<AttainmentStatus> statusFilter = new ComboBox<>();
    private TableColumn<AttainmentRow, String> targetColumn;
    private TableColumn<AttainmentRow, String> actualColumn;
    private final Consumer<AttainmentRow.Source> onJump;
    private final ObservableList<AttainmentRow> rows = FXCollections.observableArrayList();
    private final FilteredList<AttainmentRow> filtered = new FilteredList<>(rows);
    private final TableView<AttainmentRow> table = new TableView<>();
    private final ComboBox<String> regionFilter = new ComboBox<>();
    private final ComboBox<String> indicatorFilter = new ComboBox<>();
    private final Label status = new Label();
    private final LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), new NumberAxis());

    public AttainmentView(Supplier<List<AttainmentRow>> loader, Consumer<AttainmentRow.Source> onJump) {
        this(null, loader, onJump);
    }

    /** Loads with the window's executor: the loader runs as store work, the rows arrive on the FX thread. */
    public AttainmentView(TaskExecutor executor, Supplier<List<AttainmentRow>> loader,
            Consumer<AttainmentRow.Source> onJump) {
        this.executor = executor;
        this.loader = Objects.requireNonNull(loader);
        setId("attainmentView");
        table.setId("attainmentTable");
        regionFilter.setId("attainmentRegion");
        indicatorFilter.setId("attainmentIndicator");
        statusFilter.setId("attainmentStatus");
        status.setId("attainmentSummary");
        this.onJump = onJump == null ? s -> { } : onJump;
        getStyleClass().add("attainment-view");
        var css = AttainmentView.class.getResource(STYLESHEET);
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        buildTable();
        buildChart();

        regionFilter.getItems().setAll(ALL);
        indicatorFilter.getItems().setAll(ALL);
        regionFilter.setValue(ALL);
        indicatorFilter.setValue(ALL);
        regionFilter.valueProperty().addListener((o, a, b) -> applyFilter());
        indicatorFilter.valueProperty().addListener((o, a, b) -> applyFilter());
        statusFilter.getItems().add(null);
        statusFilter.getItems().addAll(AttainmentStatus.values());
        statusFilter.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(AttainmentStatus s) {
                return s == null ? ALL : statusText(s);
            }

            @Override
            public AttainmentStatus fromString(String s) {
                return null;
            }
        });
        statusFilter.setValue(null);
        statusFilter.valueProperty().addListener((o, a, b) -> applyFilter());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> updateChart());

        Button refresh = new Button(tr("attainment.refresh"));
        refresh.setId("attainmentRefresh");
        refresh.setOnAction(e -> reload());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label(tr("attainment.region")), regionFilter, new Label(tr("attainment.indicator")),
                indicatorFilter, new Label(tr("attainment.status")), statusFilter, spacer, status, refresh);
        bar.getStyleClass().add("attainment-toolbar");
        bar.setPadding(new Insets(6));
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        SplitPane split = new SplitPane(table, chart);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        setTop(bar);
        setCenter(split);
    }

    /**
     * Loads (again) in the background; the table shows the rows when the work succeeds. Returns the task
     * when the view runs its own thread, null when the window's executor runs it.
     */
    public Task<List<AttainmentRow>> reload() {
        status.setText(tr("attainment.loading"));
        if (executor != null) {
            executor.execute(loader::get, this::show,
                    e -> status.setText(tr("attainment.failed", message(e))));
            return null;
        }
        Task<List<AttainmentRow>> task = new Task<>() {
            @Override
            protected List<AttainmentRow> call() {
                return loader.get();
            }
        };
        task.setOnSucceeded(e -> show(task.getValue()));
        task.setOnFailed(e -> status.setText(tr("attainment.failed", message(task.getException()))));
        Thread thread = new Thread(task, "attainment-loader");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** The rows shown (after filtering), for tests and for the caller's own actions. */
    public List<AttainmentRow> visibleRows() {
        return List.copyOf(table.getItems());
    }

    public TableView<AttainmentRow> table() {
        return table;
    }

    public LineChart<String, Number> chart() {
        return chart;
    }

    /** Keeps only rows of one status (null = all). */
    public void filterStatus(AttainmentStatus s) {
        statusFilter.setValue(s);
    }

    /** Sets the filters (null or empty = all). */
    public void filter(String region, String indicatorId) {
        regionFilter.setValue(region == null || region.isEmpty() ? ALL : region);
        String label = ALL;
        if (indicatorId != null && !indicatorId.isEmpty()) {
            label = indicatorFilter.getItems().stream().filter(s -> s.endsWith("(" + indicatorId + ")")).findFirst()
                    .orElse(ALL);
        }
        indicatorFilter.setValue(label);
    }

    private void show(List<AttainmentRow> loaded) {
        rows.setAll(loaded);
        String region = regionFilter.getValue();
        String indicator = indicatorFilter.getValue();
        regionFilter.getItems().setAll(ALL);
        loaded.stream().map(AttainmentRow::region).distinct().sorted().forEach(regionFilter.getItems()::add);
        indicatorFilter.getItems().setAll(ALL);
        loaded.stream().map(AttainmentView::indicatorLabel).distinct().forEach(indicatorFilter.getItems()::add);
        regionFilter.setValue(regionFilter.getItems().contains(region) ? region : ALL);
        indicatorFilter.setValue(indicatorFilter.getItems().contains(indicator) ? indicator : ALL);
        applyFilter();
    }

    private void applyFilter() {
        String region = regionFilter.getValue();
        String indicator = indicatorFilter.getValue();
        AttainmentStatus wanted = statusFilter.getValue();
        filtered.setPredicate(r -> (region == null || ALL.equals(region) || r.region().equals(region))
                && (indicator == null || ALL.equals(indicator) || indicatorLabel(r).equals(indicator))
                && (wanted == null || r.status() == wanted));
        long met = filtered.stream().filter(r -> r.status() == AttainmentStatus.MET).count();
        long missed = filtered.stream().filter(r -> r.status() == AttainmentStatus.MISSED).count();
        status.setText(tr("attainment.summary", filtered.size(), met, missed));
        updateChart();
    }

    private static String indicatorLabel(AttainmentRow r) {
        return r.indicatorName() + " (" + r.indicator() + ")";
    }

    // ------------------------------------------------------------------ table

    private void buildTable() {
        table.getStyleClass().add("attainment-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(tr("attainment.empty")));
        table.getColumns().add(text(tr("attainment.region"), AttainmentRow::region));
        table.getColumns().add(text(tr("attainment.regionCode"), r -> r.regionCode() == null ? "" : r.regionCode()));
        TableColumn<AttainmentRow, String> indicatorColumn = text(tr("attainment.indicator"),
                AttainmentRow::indicatorLabel);
        indicatorColumn.setPrefWidth(150);
        table.getColumns().add(indicatorColumn);
        TableColumn<AttainmentRow, Number> year = new TableColumn<>(tr("attainment.year"));
        year.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().year()));
        table.getColumns().add(year);
        targetColumn = text(tr("attainment.target"), r -> r.hasTarget() ? side(r.target()) : "—");
        actualColumn = text(tr("attainment.actual"), r -> r.hasActual() ? side(r.actual()) : "—");
        table.getColumns().add(targetColumn);
        table.getColumns().add(actualColumn);
        table.getColumns().add(text(tr("attainment.gap"), r -> r.gap() == null ? "" : signed(r) + " " + r.gapUnit()));
        TableColumn<AttainmentRow, AttainmentRow> state = new TableColumn<>(tr("attainment.state"));
        state.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        state.setCellFactory(c -> new StatusCell());
        state.setComparator(Comparator.comparing(AttainmentRow::status));
        table.getColumns().add(state);

        SortedList<AttainmentRow> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        table.setRowFactory(t -> {
            TableRow<AttainmentRow> row = new TableRow<>() {
                @Override
                protected void updateItem(AttainmentRow item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll("attainment-met", "attainment-missed", "attainment-unknown");
                    if (!empty && item != null) {
                        getStyleClass().add("attainment-" + item.status().id());
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    jump(sourceAt(row.getItem(), columnOf(e.getPickResult().getIntersectedNode())));
                }
            });
            MenuItem toTarget = new MenuItem(tr("attainment.openTarget"));
            toTarget.setOnAction(e -> jump(row.getItem() == null || !row.getItem().hasTarget() ? null
                    : row.getItem().target().source()));
            MenuItem toActual = new MenuItem(tr("attainment.openActual"));
            toActual.setOnAction(e -> jump(row.getItem() == null || !row.getItem().hasActual() ? null
                    : row.getItem().actual().source()));
            ContextMenu menu = new ContextMenu(toTarget, toActual);
            menu.setOnShowing(e -> {
                toTarget.setDisable(row.getItem() == null || !row.getItem().hasTarget());
                toActual.setDisable(row.getItem() == null || !row.getItem().hasActual());
            });
            row.contextMenuProperty().bind(javafx.beans.binding.Bindings.when(row.emptyProperty())
                    .then((ContextMenu) null).otherwise(menu));
            return row;
        });
        table.setOnKeyPressed(e -> {
            AttainmentRow selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                jump(selected.primarySource());
                e.consume();
            }
        });
    }

    /** The column of a clicked node (a cell or something inside it), or null. */
    private static TableColumn<?, ?> columnOf(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TableCell<?, ?> cell) {
                return cell.getTableColumn();
            }
        }
        return null;
    }

    /** The figure behind a cell: the target's in the target column, the actual's in the actual column. */
    public AttainmentRow.Source sourceAt(AttainmentRow row, TableColumn<?, ?> column) {
        if (column == targetColumn && row.hasTarget()) {
            return row.target().source();
        }
        if (column == actualColumn && row.hasActual()) {
            return row.actual().source();
        }
        return row.primarySource();
    }

    public TableColumn<AttainmentRow, String> targetColumn() {
        return targetColumn;
    }

    public TableColumn<AttainmentRow, String> actualColumn() {
        return actualColumn;
    }

    private void jump(AttainmentRow.Source source) {
        if (source != null) {
            onJump.accept(source);
        }
    }

    private static TableColumn<AttainmentRow, String> text(String title,
            java.util.function.Function<AttainmentRow, String> value) {
        TableColumn<AttainmentRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private static String side(AttainmentRow.Side s) {
        String q = switch (s.qualifier()) {
            case APPROX -> "左右";
            case AT_LEAST -> "以上";
            case AT_MOST -> "以内";
            case NONE -> "";
        };
        return s.valueText() + s.unit() + q + (s.estimated() ? tr("attainment.estimated") : "");
    }

    private static String signed(AttainmentRow r) {
        String g = AttainmentRow.plain(r.gap());
        return r.gap().signum() > 0 ? "+" + g : g;
    }

    static String statusText(AttainmentStatus s) {
        return tr("attainment.status." + s.id());
    }

    private static final class StatusCell extends TableCell<AttainmentRow, AttainmentRow> {
        @Override
        protected void updateItem(AttainmentRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("status-met", "status-missed", "status-unknown");
            if (empty || item == null) {
                setText(null);
                return;
            }
            setText(switch (item.status()) {
                case MET -> "✔ ";
                case MISSED -> "✘ ";
                case UNKNOWN -> "？ ";
            } + statusText(item.status()));
            getStyleClass().add("status-" + item.status().id());
        }
    }

    // ------------------------------------------------------------------ chart

    private void buildChart() {
        chart.getStyleClass().add("attainment-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.getXAxis().setLabel(tr("attainment.year"));
        chart.setTitle(tr("attainment.chart.choose"));
    }

    /** Target and actual over the years for the selected (or filtered) region and indicator. */
    private void updateChart() {
        AttainmentRow selected = table.getSelectionModel().getSelectedItem();
        String region = selected != null ? selected.region() : ALL.equals(regionFilter.getValue()) ? null
                : regionFilter.getValue();
        String indicator = selected != null ? selected.indicator() : null;
        if (indicator == null && !ALL.equals(indicatorFilter.getValue())) {
            indicator = rows.stream().filter(r -> indicatorLabel(r).equals(indicatorFilter.getValue()))
                    .map(AttainmentRow::indicator).findFirst().orElse(null);
        }
        chart.getData().clear();
        if (indicator == null) {
            chart.setTitle(tr("attainment.chart.choose"));
            return;
        }
        final String ind = indicator;
        if (region == null) {
            region = rows.stream().filter(r -> r.indicator().equals(ind)).map(AttainmentRow::region).findFirst()
                    .orElse(null);
        }
        final String reg = region;
        List<AttainmentRow> series = rows.stream()
                .filter(r -> r.indicator().equals(ind) && r.region().equals(reg))
                .sorted(Comparator.comparingInt(AttainmentRow::year))
                .toList();
        XYChart.Series<String, Number> target = new XYChart.Series<>();
        target.setName(tr("attainment.target"));
        XYChart.Series<String, Number> actual = new XYChart.Series<>();
        actual.setName(tr("attainment.actual"));
        String unit = null;
        for (AttainmentRow r : series) {
            String year = Integer.toString(r.year());
            if (r.hasTarget() && r.threshold() != null && (unit == null || unit.equals(r.target().unit()))) {
                unit = r.target().unit();
                target.getData().add(new XYChart.Data<>(year, r.threshold()));
            }
            if (r.hasActual() && (unit == null || unit.equals(r.actual().unit()))) {
                unit = r.actual().unit();
                actual.getData().add(new XYChart.Data<>(year, r.actual().value()));
            }
        }
        // the years in order on the axis (categories would otherwise follow the order the series add them)
        CategoryAxis years = (CategoryAxis) chart.getXAxis();
        years.setAutoRanging(false);
        years.setCategories(FXCollections.observableArrayList(series.stream().map(r -> Integer.toString(r.year()))
                .distinct().sorted().toList()));
        chart.getData().add(target);
        chart.getData().add(actual);
        chart.getYAxis().setLabel(unit == null ? "" : unit);
        chart.setTitle(reg + " · " + (series.isEmpty() ? ind : series.get(0).indicatorName()));
    }

    private static String message(Throwable t) {
        return t == null ? "" : t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
