package com.reportworkbench.ui.attainment;

import com.reportworkbench.compare.AttainmentRow;
import com.reportworkbench.compare.AttainmentStatus;
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
    private static final String ALL = "（全部）";
    private static final String STYLESHEET = "attainment.css";

    private final Supplier<List<AttainmentRow>> loader;
    private final Consumer<AttainmentRow.Source> onJump;
    private final ObservableList<AttainmentRow> rows = FXCollections.observableArrayList();
    private final FilteredList<AttainmentRow> filtered = new FilteredList<>(rows);
    private final TableView<AttainmentRow> table = new TableView<>();
    private final ComboBox<String> regionFilter = new ComboBox<>();
    private final ComboBox<String> indicatorFilter = new ComboBox<>();
    private final Label status = new Label();
    private final LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), new NumberAxis());

    public AttainmentView(Supplier<List<AttainmentRow>> loader, Consumer<AttainmentRow.Source> onJump) {
        this.loader = Objects.requireNonNull(loader);
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
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> updateChart());

        Button refresh = new Button("刷新");
        refresh.setOnAction(e -> reload());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label("地区"), regionFilter, new Label("指标"), indicatorFilter, spacer, status,
                refresh);
        bar.getStyleClass().add("attainment-toolbar");
        bar.setPadding(new Insets(6));
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        SplitPane split = new SplitPane(table, chart);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        setTop(bar);
        setCenter(split);
    }

    /** Loads (again) in the background; the table shows the rows when the task succeeds. */
    public Task<List<AttainmentRow>> reload() {
        Task<List<AttainmentRow>> task = new Task<>() {
            @Override
            protected List<AttainmentRow> call() {
                return loader.get();
            }
        };
        status.setText("正在加载…");
        task.setOnSucceeded(e -> show(task.getValue()));
        task.setOnFailed(e -> status.setText("加载失败：" + message(task.getException())));
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
        filtered.setPredicate(r -> (region == null || ALL.equals(region) || r.region().equals(region))
                && (indicator == null || ALL.equals(indicator) || indicatorLabel(r).equals(indicator)));
        long met = filtered.stream().filter(r -> r.status() == AttainmentStatus.MET).count();
        long missed = filtered.stream().filter(r -> r.status() == AttainmentStatus.MISSED).count();
        status.setText(filtered.size() + " 行 · 完成 " + met + " · 未完成 " + missed);
        updateChart();
    }

    private static String indicatorLabel(AttainmentRow r) {
        return r.indicatorName() + " (" + r.indicator() + ")";
    }

    // ------------------------------------------------------------------ table

    private void buildTable() {
        table.getStyleClass().add("attainment-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("没有可比较的目标与实绩"));
        table.getColumns().add(text("地区", AttainmentRow::region));
        table.getColumns().add(text("指标", AttainmentRow::indicatorName));
        TableColumn<AttainmentRow, Number> year = new TableColumn<>("年份");
        year.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().year()));
        table.getColumns().add(year);
        table.getColumns().add(text("目标", r -> r.hasTarget() ? side(r.target()) : "—"));
        table.getColumns().add(text("实际", r -> r.hasActual() ? side(r.actual()) : "—"));
        table.getColumns().add(text("差距", r -> r.gap() == null ? "" : signed(r) + " " + r.gapUnit()));
        TableColumn<AttainmentRow, AttainmentRow> state = new TableColumn<>("完成情况");
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
                    jump(row.getItem().primarySource());
                }
            });
            MenuItem toTarget = new MenuItem("打开目标原文");
            toTarget.setOnAction(e -> jump(row.getItem() == null || !row.getItem().hasTarget() ? null
                    : row.getItem().target().source()));
            MenuItem toActual = new MenuItem("打开实绩原文");
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
        return s.valueText() + s.unit() + q + (s.estimated() ? "（预计）" : "");
    }

    private static String signed(AttainmentRow r) {
        String g = AttainmentRow.plain(r.gap());
        return r.gap().signum() > 0 ? "+" + g : g;
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
                case MET -> "✔ 完成";
                case MISSED -> "✘ 未完成";
                case UNKNOWN -> "？ 无法判断";
            });
            getStyleClass().add("status-" + item.status().id());
        }
    }

    // ------------------------------------------------------------------ chart

    private void buildChart() {
        chart.getStyleClass().add("attainment-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.getXAxis().setLabel("年份");
        chart.setTitle("选择一个指标查看目标与实际");
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
            chart.setTitle("选择一个指标查看目标与实际");
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
        target.setName("目标");
        XYChart.Series<String, Number> actual = new XYChart.Series<>();
        actual.setName("实际");
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
        chart.getData().add(target);
        chart.getData().add(actual);
        chart.getYAxis().setLabel(unit == null ? "" : unit);
        chart.setTitle(reg + " · " + (series.isEmpty() ? ind : series.get(0).indicatorName()));
    }

    private static String message(Throwable t) {
        return t == null ? "" : t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
