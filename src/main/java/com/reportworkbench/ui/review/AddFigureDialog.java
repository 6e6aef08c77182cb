package com.reportworkbench.ui.review;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.extract.Figure;
import com.reportworkbench.extract.Kind;
import com.reportworkbench.extract.Qualifier;
import com.reportworkbench.text.TextRange;
import com.reportworkbench.ui.CoreServices;
import com.reportworkbench.ui.CoreServices.QuantityPrefill;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/** "Add figure": a selection of the text becomes a figure the machine missed, prefilled by the parser. */
public final class AddFigureDialog {
    private AddFigureDialog() {}

    /** The figure for a selected range, prefilled (what the dialog would start with). */
    public static Figure prefill(CoreServices core, String text, TextRange range, List<TextRange> topHeadings,
            Integer year) {
        String selected = text.substring(range.start(), range.end());
        Optional<QuantityPrefill> parsed = core.parseSelection(selected);
        BigDecimal value = parsed.map(QuantityPrefill::value).orElse(BigDecimal.ZERO);
        String unit = parsed.map(QuantityPrefill::unit).orElse("");
        BigDecimal base = parsed.map(QuantityPrefill::baseValue).orElse(null);
        if (base == null && !unit.isEmpty()) {
            base = core.baseValue(value, unit);
        }
        Kind kind = guessKind(text, topHeadings, range.start());
        String period = year == null ? null
                : kind == Kind.TARGET ? year.toString() : kind == Kind.ACHIEVEMENT ? Integer.toString(year - 1) : null;
        int sentenceStart = range.start();
        while (sentenceStart > 0 && "。！？!?\n".indexOf(text.charAt(sentenceStart - 1)) < 0) {
            sentenceStart--;
        }
        int sentenceEnd = range.end();
        while (sentenceEnd < text.length() && "。！？!?\n".indexOf(text.charAt(sentenceEnd)) < 0) {
            sentenceEnd++;
        }
        sentenceEnd = Math.min(text.length(), sentenceEnd + 1);
        return new Figure(range.start(), range.end(), selected, value,
                parsed.map(QuantityPrefill::valueHigh).orElse(null), unit, base,
                parsed.map(QuantityPrefill::qualifier).orElse(Qualifier.NONE), kind, false, null, null, period,
                sentenceStart, sentenceEnd);
    }

    static Kind guessKind(String text, List<TextRange> topHeadings, int offset) {
        String heading = null;
        for (TextRange h : topHeadings) {
            if (h.start() <= offset) {
                heading = text.substring(h.start(), h.end());
            }
        }
        if (heading == null) {
            return Kind.OTHER;
        }
        if (heading.matches(".*(安排|目标|任务|建议|要求).*")) {
            return Kind.TARGET;
        }
        if (heading.matches(".*(回顾|过去).*")) {
            return Kind.ACHIEVEMENT;
        }
        return Kind.OTHER;
    }

    /** Shows the dialog; the figure as confirmed, or empty when cancelled. */
    public static Optional<Figure> show(Window owner, CoreServices core, Figure start) {
        Dialog<Figure> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(tr("add.title"));
        dialog.setHeaderText(tr("add.header", start.text()));
        TextField value = new TextField(start.value().stripTrailingZeros().toPlainString());
        TextField high = new TextField(start.valueHigh() == null ? "" : start.valueHigh().toPlainString());
        TextField unit = new TextField(start.unit());
        ComboBox<Qualifier> qualifier = new ComboBox<>();
        qualifier.getItems().setAll(Qualifier.values());
        qualifier.setConverter(FigureEditorView.converter(q -> q.id().isEmpty() ? tr("qualifier.none") : tr("qualifier." + q.id())));
        qualifier.setValue(start.qualifier());
        ComboBox<Kind> kind = new ComboBox<>();
        kind.getItems().setAll(Kind.values());
        kind.setConverter(FigureEditorView.converter(k -> tr("kind." + k.id())));
        kind.setValue(start.kind());
        ComboBox<String> indicator = new ComboBox<>();
        indicator.setEditable(true);
        indicator.getItems().setAll(core.indicators().stream().map(CoreServices.IndicatorChoice::id).toList());
        TextField period = new TextField(start.period() == null ? "" : start.period());
        CheckBox estimated = new CheckBox(tr("editor.estimated"));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int r = 0;
        grid.addRow(r++, new Label(tr("editor.value")), value, new Label(tr("editor.valueHigh")), high);
        grid.addRow(r++, new Label(tr("editor.unit")), unit, new Label(tr("editor.qualifier")), qualifier);
        grid.addRow(r++, new Label(tr("editor.kind")), kind, new Label(tr("editor.indicator")), indicator);
        grid.addRow(r++, new Label(tr("editor.period")), period, estimated);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ValidationSupport vs = new ValidationSupport();
        // The graphic decoration wraps the scene's root in a DecorationPane: in a heavyweight dialog that
        // root is the DialogPane, and showAndWait's scene.setRoot(dialogPane) then threw "already inside a
        // scene-graph" in the real GTK window. Style classes decorate the field itself, leaving the pane alone.
        vs.setValidationDecorator(new StyleClassValidationDecoration());
        vs.registerValidator(value, true, (c, v) -> ValidationResult.fromErrorIf(c, tr("editor.error.value"),
                !FigureEditorViewModel.isNumber(value.getText())));
        vs.registerValidator(unit, true, (c, v) -> ValidationResult.fromErrorIf(c, tr("editor.error.unit.empty"),
                unit.getText() == null || unit.getText().isBlank()));
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(vs.invalidProperty());
        dialog.setResultConverter(bt -> {
            if (bt != ButtonType.OK) {
                return null;
            }
            BigDecimal v = new BigDecimal(value.getText().trim());
            String u = unit.getText().trim();
            BigDecimal h = FigureEditorViewModel.isNumber(high.getText()) ? new BigDecimal(high.getText().trim()) : null;
            String ind = indicator.getEditor().getText();
            return new Figure(start.start(), start.end(), start.text(), v, h, u, core.baseValue(v, u),
                    qualifier.getValue(), kind.getValue(), estimated.isSelected(),
                    ind == null || ind.isBlank() ? null : ind.trim(), null,
                    period.getText().isBlank() ? null : period.getText().trim(), start.sentenceStart(), start.sentenceEnd());
        });
        value.requestFocus();
        return dialog.showAndWait();
    }
}
