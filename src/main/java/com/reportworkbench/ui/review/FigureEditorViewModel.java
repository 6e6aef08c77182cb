package com.reportworkbench.ui.review;

import com.reportworkbench.extract.Figure;
import com.reportworkbench.extract.Kind;
import com.reportworkbench.extract.Qualifier;
import com.reportworkbench.store.FigureChange;
import com.reportworkbench.store.FigureEdit;
import com.reportworkbench.store.FigureField;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.ui.CoreServices;
import com.reportworkbench.ui.TaskExecutor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The editor of the current figure: its fields as editable properties, validation, history. */
public final class FigureEditorViewModel {
    private final CoreServices core;
    private final TaskExecutor executor;
    private final ReviewViewModel review;

    public final StringProperty value = new SimpleStringProperty("");
    public final StringProperty valueHigh = new SimpleStringProperty("");
    public final StringProperty unit = new SimpleStringProperty("");
    public final ObjectProperty<Qualifier> qualifier = new SimpleObjectProperty<>(Qualifier.NONE);
    public final StringProperty indicator = new SimpleStringProperty("");
    public final StringProperty indicatorText = new SimpleStringProperty("");
    public final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.OTHER);
    public final StringProperty period = new SimpleStringProperty("");
    public final BooleanProperty estimated = new SimpleBooleanProperty(false);
    /** The analyst confirmed a unit the unit table does not know. */
    public final BooleanProperty unitConfirmed = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<FigureChange> history = FXCollections.observableArrayList();
    private FigureRecord figure;

    public FigureEditorViewModel(CoreServices core, TaskExecutor executor, ReviewViewModel review) {
        this.core = core;
        this.executor = executor;
        this.review = review;
        review.currentProperty().addListener((o, a, b) -> {
            if (b != null || !review.reloadingProperty().get()) {
                load(b);
            }
        });
        review.reloadingProperty().addListener((o, was, now) -> {
            if (!now && review.currentProperty().get() == null && figure != null) {
                load(null); // the reload really left no figure selected
            }
        });
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ObservableList<FigureChange> history() {
        return history;
    }

    public FigureRecord figure() {
        return figure;
    }

    public CoreServices core() {
        return core;
    }

    public void load(FigureRecord record) {
        if (record != null && figure != null && record.id() == figure.id() && record.version() != figure.version()
                && !edits(figure).isEmpty() && !edits(record).isEmpty()) {
            // a reload (polling: another analyst's change) of the figure the analyst is editing: keep what
            // they typed and the version they started from, so the save is checked against that version
            // and refused with the conflict dialog instead of silently overwriting the other change (#13)
            return;
        }
        figure = record;
        editing.set(record != null);
        history.clear();
        if (record == null) {
            value.set("");
            valueHigh.set("");
            unit.set("");
            qualifier.set(Qualifier.NONE);
            indicator.set("");
            indicatorText.set("");
            kind.set(Kind.OTHER);
            period.set("");
            estimated.set(false);
            return;
        }
        Figure f = record.current();
        value.set(f.value().stripTrailingZeros().toPlainString());
        valueHigh.set(f.valueHigh() == null ? "" : f.valueHigh().stripTrailingZeros().toPlainString());
        unit.set(f.unit());
        unitConfirmed.set(false);
        qualifier.set(f.qualifier());
        indicator.set(f.indicator() == null ? "" : f.indicator());
        indicatorText.set(f.indicatorText() == null ? "" : f.indicatorText());
        kind.set(f.kind());
        period.set(f.period() == null ? "" : f.period());
        estimated.set(f.estimated());
        long id = record.id();
        executor.execute(() -> core.store().figures().history(id), h -> {
            if (figure != null && figure.id() == id) {
                history.setAll(h);
            }
        }, e -> {});
    }

    public static boolean isNumber(String s) {
        if (s == null || s.isBlank()) {
            return false;
        }
        try {
            new BigDecimal(s.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public String valueError() {
        return isNumber(value.get()) ? null : "editor.error.value";
    }

    public String valueHighError() {
        String s = valueHigh.get();
        return s == null || s.isBlank() || isNumber(s) ? null : "editor.error.value";
    }

    public String unitError() {
        String u = unit.get() == null ? "" : unit.get().trim();
        if (u.isEmpty()) {
            return "editor.error.unit.empty";
        }
        return core.isKnownUnit(u) || unitConfirmed.get() ? null : "editor.error.unit.unknown";
    }

    public boolean isValid() {
        return valueError() == null && valueHighError() == null && unitError() == null;
    }

    /** The fields that differ from the figure as stored (as the analyst started editing it). */
    public List<FigureEdit> edits() {
        return edits(figure);
    }

    private List<FigureEdit> edits(FigureRecord base) {
        List<FigureEdit> out = new ArrayList<>();
        if (base == null) {
            return out;
        }
        Figure f = base.current();
        long id = base.id();
        if (isNumber(value.get()) && new BigDecimal(value.get().trim()).compareTo(f.value()) != 0) {
            out.add(new FigureEdit(id, FigureField.VALUE, value.get().trim()));
        }
        String high = blankToNull(valueHigh.get());
        if (!Objects.equals(high == null ? null : new BigDecimal(high).stripTrailingZeros(),
                f.valueHigh() == null ? null : f.valueHigh().stripTrailingZeros())) {
            out.add(new FigureEdit(id, FigureField.VALUE_HIGH, high));
        }
        diff(out, id, FigureField.UNIT, unit.get() == null ? "" : unit.get().trim(), f.unit());
        if (qualifier.get() != f.qualifier()) {
            out.add(new FigureEdit(id, FigureField.QUALIFIER, qualifier.get().id()));
        }
        diff(out, id, FigureField.INDICATOR, blankToNull(indicator.get()), f.indicator());
        diff(out, id, FigureField.INDICATOR_TEXT, blankToNull(indicatorText.get()), f.indicatorText());
        if (kind.get() != f.kind()) {
            out.add(new FigureEdit(id, FigureField.KIND, kind.get().id()));
        }
        diff(out, id, FigureField.PERIOD, blankToNull(period.get()), f.period());
        if (estimated.get() != f.estimated()) {
            out.add(new FigureEdit(id, FigureField.ESTIMATED, Boolean.toString(estimated.get())));
        }
        return out;
    }

    private static void diff(List<FigureEdit> out, long id, FigureField field, String now, String before) {
        if (!Objects.equals(now, before)) {
            out.add(new FigureEdit(id, field, now));
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Saves the changed fields; false when invalid. */
    public boolean save() {
        if (figure == null || !isValid()) {
            return false;
        }
        review.saveEdits(figure.id(), edits(), figure.version());
        return true;
    }

    /**
     * Forgets what the analyst typed and shows the figure as this window last read it; a reload then
     * brings the stored one (after a refused save, "reload" in the conflict dialog).
     */
    public void discardEdits() {
        figure = null; // else load would keep the typing again
        load(review.currentProperty().get());
    }

    public void revert() {
        review.revertToMachine();
    }
}
