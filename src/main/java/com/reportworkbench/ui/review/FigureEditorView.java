package com.reportworkbench.ui.review;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.extract.Kind;
import com.reportworkbench.extract.Qualifier;
import com.reportworkbench.store.FigureChange;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.ui.CoreServices.IndicatorChoice;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/** The editor of the selected figure: fields, validation, save, revert, history. */
public final class FigureEditorView extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final FigureEditorViewModel vm;
    private final TextField value = new TextField();
    private final TextField valueHigh = new TextField();
    private final TextField unit = new TextField();
    private final CheckBox unitConfirmed = new CheckBox(tr("editor.unit.confirm"));
    private final ComboBox<Qualifier> qualifier = new ComboBox<>();
    private final ComboBox<String> indicator = new ComboBox<>();
    private final TextField indicatorText = new TextField();
    private final ComboBox<Kind> kind = new ComboBox<>();
    private final TextField period = new TextField();
    private final CheckBox estimated = new CheckBox(tr("editor.estimated"));
    private final Label heading = new Label();
    private final Button save = new Button(tr("editor.save"));
    private final Button revert = new Button(tr("editor.revert"));
    private final ListView<FigureChange> history = new ListView<>();
    private final ValidationSupport validation = new ValidationSupport();

    public FigureEditorView(FigureEditorViewModel vm, List<IndicatorChoice> indicators) {
        this.vm = vm;
        getStyleClass().add("figure-editor");
        setId("figureEditor");
        value.setId("editorValue");
        unit.setId("editorUnit");
        indicator.setId("editorIndicator");
        save.setId("editorSave");
        revert.setId("editorRevert");
        heading.getStyleClass().add("editor-heading");

        value.textProperty().bindBidirectional(vm.value);
        valueHigh.textProperty().bindBidirectional(vm.valueHigh);
        unit.textProperty().bindBidirectional(vm.unit);
        unitConfirmed.selectedProperty().bindBidirectional(vm.unitConfirmed);
        qualifier.getItems().setAll(Qualifier.values());
        qualifier.setConverter(converter(q -> q.id().isEmpty() ? tr("qualifier.none") : tr("qualifier." + q.id())));
        qualifier.valueProperty().bindBidirectional(vm.qualifier);
        kind.getItems().setAll(Kind.values());
        kind.setConverter(converter(k -> tr("kind." + k.id())));
        kind.valueProperty().bindBidirectional(vm.kind);
        estimated.selectedProperty().bindBidirectional(vm.estimated);
        period.textProperty().bindBidirectional(vm.period);
        period.setPromptText("2024 / 2021-2025");
        indicatorText.textProperty().bindBidirectional(vm.indicatorText);

        // a searchable indicator chooser: the core ids with their names, or any free text
        indicator.setEditable(true);
        indicator.getItems().setAll(indicators.stream().map(IndicatorChoice::id).toList());
        indicator.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty || id == null ? null : indicators.stream().filter(i -> i.id().equals(id))
                        .findFirst().map(IndicatorChoice::toString).orElse(id));
            }
        });
        indicator.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(vm.indicator.get())) {
                vm.indicator.set(b);
            }
        });
        indicator.getEditor().textProperty().addListener((o, a, b) -> vm.indicator.set(b));
        vm.indicator.addListener((o, a, b) -> {
            if (!indicator.getEditor().getText().equals(b)) {
                indicator.getEditor().setText(b);
                indicator.setValue(b);
            }
        });
        TextFields.bindAutoCompletion(indicator.getEditor(), request -> {
            String q = request.getUserText() == null ? "" : request.getUserText().toLowerCase(Locale.ROOT);
            return indicators.stream()
                    .filter(i -> i.id().contains(q) || (i.name() != null && i.name().contains(q)))
                    .map(IndicatorChoice::id).toList();
        });
        indicator.setMaxWidth(Double.MAX_VALUE);

        validation.registerValidator(value, false, (c, v) ->
                ValidationResult.fromErrorIf(c, tr("editor.error.value"), vm.valueError() != null && vm.editingProperty().get()));
        validation.registerValidator(valueHigh, false, (c, v) ->
                ValidationResult.fromErrorIf(c, tr("editor.error.value"), vm.valueHighError() != null));
        validation.registerValidator(unit, false, Validator.combine(
                (c, v) -> ValidationResult.fromErrorIf(c, tr("editor.error.unit.empty"),
                        vm.editingProperty().get() && "editor.error.unit.empty".equals(vm.unitError())),
                (c, v) -> ValidationResult.fromMessageIf(c, tr("editor.error.unit.unknown"), Severity.WARNING,
                        "editor.error.unit.unknown".equals(vm.unitError()))));
        vm.unitConfirmed.addListener((o, a, b) -> validation.revalidate(unit));
        unitConfirmed.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> vm.unit.get() != null && !vm.unit.get().isBlank()
                        && !vm.core().isKnownUnit(vm.unit.get().trim()), vm.unit));
        unitConfirmed.managedProperty().bind(unitConfirmed.visibleProperty());

        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(5);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), grow(), new ColumnConstraints(), grow());
        int r = 0;
        grid.addRow(r++, label("editor.value"), value, label("editor.valueHigh"), valueHigh);
        grid.addRow(r++, label("editor.unit"), new HBox(4, unit, unitConfirmed), label("editor.qualifier"), qualifier);
        grid.addRow(r++, label("editor.indicator"), indicator, label("editor.kind"), kind);
        grid.addRow(r++, label("editor.indicatorText"), indicatorText, label("editor.period"), period);
        grid.add(estimated, 1, r++);
        qualifier.setMaxWidth(Double.MAX_VALUE);
        kind.setMaxWidth(Double.MAX_VALUE);

        save.setDefaultButton(false);
        save.disableProperty().bind(vm.editingProperty().not().or(validation.invalidProperty()));
        save.setOnAction(e -> vm.save());
        revert.setOnAction(e -> vm.revert());
        revert.disableProperty().bind(vm.editingProperty().not());
        HBox buttons = new HBox(6, save, revert);

        history.setItems(vm.history());
        history.setPrefHeight(90);
        history.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(FigureChange c, boolean empty) {
                super.updateItem(c, empty);
                if (empty || c == null) {
                    setText(null);
                    return;
                }
                setText(TIME.format(c.changedAt()) + "  " + (c.analyst() == null ? "" : c.analyst() + "  ") + tr("field." + c.field().name().toLowerCase(Locale.ROOT))
                        + ": " + (c.oldValue() == null ? "—" : c.oldValue()) + " → "
                        + (c.newValue() == null ? "—" : c.newValue()) + (c.undone() ? "  (" + tr("editor.undone") + ")" : ""));
            }
        });
        history.setPlaceholder(new Label(tr("editor.history.empty")));
        TitledPane historyPane = new TitledPane(tr("editor.history"), history);
        historyPane.setExpanded(true);
        historyPane.setAnimated(false);

        // Enter in a field saves, Escape puts the stored values back
        for (var field : List.of(value, valueHigh, unit, indicatorText, period)) {
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    vm.save();
                    e.consume();
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    vm.load(vm.figure());
                    e.consume();
                }
            });
        }
        vm.editingProperty().addListener((o, a, b) -> updateHeading());
        vm.value.addListener((o, a, b) -> updateHeading());
        updateHeading();

        setPadding(new Insets(6));
        setSpacing(6);
        disableProperty().bind(vm.editingProperty().not());
        VBox.setVgrow(historyPane, Priority.ALWAYS);
        getChildren().addAll(heading, grid, buttons, historyPane);
    }

    private void updateHeading() {
        FigureRecord f = vm.figure();
        heading.setText(f == null ? tr("editor.none")
                : tr("editor.heading", f.current().text(), f.machine() == null ? tr("status.added")
                        : tr("editor.machine", f.machine().value().stripTrailingZeros().toPlainString(), f.machine().unit())));
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setMinWidth(60);
        return c;
    }

    private static Label label(String key) {
        Label l = new Label(tr(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** Puts the keyboard in the value field (E / F2). */
    public void startEditing() {
        value.requestFocus();
        value.selectAll();
    }

    public TextField valueField() {
        return value;
    }
}
