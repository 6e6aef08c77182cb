package com.reportworkbench.ui.review;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.extract.Figure;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.text.TextRange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CharacterHit;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * The original text: read-only, wrapped, one paragraph per line, every figure highlighted. Highlights
 * arrive computed from the ViewModel and are applied in one setStyleSpans call.
 */
public final class DocumentTextView extends BorderPane {
    private final ReviewViewModel vm;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final Popup popup = new Popup();
    private final Label popupLabel = new Label();
    private final Label title = new Label();
    private int highlightCount;
    private int styleGeneration;
    private Runnable addFigureAction = () -> {};
    private StyleSpans<Collection<String>> currentOriginal;
    private int currentStart;
    private int currentGeneration;

    public DocumentTextView(ReviewViewModel vm) {
        this.vm = vm;
        getStyleClass().add("document-text");
        area.setId("documentText");
        area.getStyleClass().add("report-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setPadding(new Insets(8, 14, 8, 14));
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        setCenter(scroll);
        title.getStyleClass().add("text-title");
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the short name is never cut
        HBox legend = legend();
        // title and legend wrap onto two lines in a narrow pane instead of widening it (the English legend
        // alone is ~500 px: it pushed the figure table narrow and its columns behind a scroll bar)
        javafx.scene.layout.FlowPane header = new javafx.scene.layout.FlowPane(12, 4, title);
        header.getChildren().addAll(legend.getChildren());
        header.setMinWidth(0);
        header.setPrefWrapLength(200);
        header.getStyleClass().add("text-header");
        setTop(header);

        popupLabel.getStyleClass().add("figure-popup");
        popup.getContent().add(popupLabel);
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            vm.figureAt(e.getCharacterIndex()).ifPresent(f -> {
                popupLabel.setText(describe(f));
                Point2D p = e.getScreenPosition();
                popup.show(area, p.getX() + 8, p.getY() + 12);
            });
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> popup.hide());
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || area.getSelection().getLength() > 0) {
                return;
            }
            CharacterHit hit = area.hit(e.getX(), e.getY());
            OptionalInt index = hit.getCharacterIndex();
            if (index.isPresent()) {
                vm.figureAt(index.getAsInt()).ifPresent(vm::selectFromText);
            }
        });

        MenuItem add = new MenuItem(tr("menu.figure.add"));
        add.setOnAction(e -> addFigureAction.run());
        MenuItem copy = new MenuItem(tr("menu.edit.copy"));
        copy.setOnAction(e -> area.copy());
        ContextMenu menu = new ContextMenu(add, copy);
        menu.setOnShowing(e -> add.setDisable(area.getSelectedText().isBlank()));
        area.setContextMenu(menu);

        vm.textProperty().addListener((o, a, b) -> {
            styleGeneration++;
            highlightCount = 0;
            area.replaceText(b == null ? "" : b);
            area.moveTo(0);
            area.requestFollowCaret();
        });
        vm.highlightsProperty().addListener((o, a, b) -> applyHighlights(b));
        vm.revealProperty().addListener((o, a, b) -> {
            if (b != null) {
                reveal(b.current().start(), b.current().end(), true);
            }
        });
        vm.revealRangeProperty().addListener((o, a, b) -> {
            if (b != null) {
                reveal(b.start(), b.end(), false);
            }
        });
        vm.documentProperty().addListener((o, a, b) -> {
            title.setText(b == null ? "" : com.reportworkbench.ui.documents.DocumentNames.shortName(b));
            title.setTooltip(b == null ? null
                    : new javafx.scene.control.Tooltip(com.reportworkbench.ui.documents.DocumentNames.fullTitle(b)));
        });
    }

    private HBox legend() {
        HBox legend = new HBox(8);
        legend.getStyleClass().add("legend");
        legend.getChildren().addAll(
                legendItem(tr("kind.target"), "fig", "fig-target"),
                legendItem(tr("kind.achievement"), "fig", "fig-achievement"),
                legendItem(tr("kind.other"), "fig", "fig-other"),
                legendItem(tr("legend.rejected"), "legend-rejected"),
                legendItem(tr("legend.added"), "legend-added"),
                legendItem(tr("legend.estimated"), "legend-estimated"),
                legendItem(tr("legend.boilerplate"), "legend-boilerplate"));
        return legend;
    }

    private static Label legendItem(String text, String... styles) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.getStyleClass().add("legend-item");
        for (String s : styles) {
            l.getStyleClass().add("legend-" + s.replace("legend-", ""));
        }
        return l;
    }

    private void applyHighlights(StyleSpans<Collection<String>> spans) {
        if (spans == null) {
            return;
        }
        styleGeneration++;
        currentOriginal = null;
        if (spans.length() != area.getLength()) {
            return; // computed for another text
        }
        area.setStyleSpans(0, spans);
        highlightCount = Highlighter.countHighlights(spans);
    }

    /** Scrolls to a range, selects it and, for a figure, flashes it. */
    public void reveal(int start, int end, boolean flash) {
        int len = area.getLength();
        if (start < 0 || end > len || start > end) {
            return;
        }
        int paragraph = area.offsetToPosition(start, Bias.Forward).getMajor();
        area.selectRange(start, end);
        area.showParagraphAtCenter(paragraph);
        if (flash && end > start) {
            markCurrent(start, end);
        }
    }

    /** The figure the table has selected keeps a frame; it flashes when it becomes current. */
    private void markCurrent(int start, int end) {
        clearCurrent();
        int generation = ++styleGeneration;
        StyleSpans<Collection<String>> before = area.getStyleSpans(start, end);
        currentStart = start;
        currentOriginal = before;
        currentGeneration = generation;
        area.setStyleSpans(start, with(before, "fig-current", "fig-flash"));
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(700));
        pause.setOnFinished(e -> {
            if (generation == styleGeneration && currentOriginal == before) {
                area.setStyleSpans(start, with(before, "fig-current"));
            }
        });
        pause.play();
    }

    private void clearCurrent() {
        if (currentOriginal != null && currentGeneration == styleGeneration
                && currentStart + currentOriginal.length() <= area.getLength()) {
            area.setStyleSpans(currentStart, currentOriginal);
        }
        currentOriginal = null;
    }

    private static StyleSpans<Collection<String>> with(StyleSpans<Collection<String>> spans, String... extra) {
        return spans.mapStyles(s -> {
            List<String> l = new ArrayList<>(s);
            l.addAll(List.of(extra));
            return l;
        });
    }

    static String describe(FigureRecord r) {
        Figure f = r.current();
        String value = f.value().stripTrailingZeros().toPlainString()
                + (f.valueHigh() == null ? "" : "–" + f.valueHigh().stripTrailingZeros().toPlainString());
        return tr("popup.figure", f.text(), value, f.unit(),
                f.indicator() == null ? "—" : f.indicator(),
                tr("kind." + f.kind().id()),
                f.period() == null ? "—" : f.period(),
                tr("status." + r.status().name().toLowerCase())
                        + (f.estimated() ? " · " + tr("legend.estimated") : "")
                        + (r.origin() == com.reportworkbench.store.Origin.ANALYST ? " · " + tr("legend.added") : ""));
    }

    public StyleClassedTextArea area() {
        return area;
    }

    /** Figure highlights currently applied (a run per figure). */
    public int highlightCount() {
        return highlightCount;
    }

    /** The current selection of text, if any, with its offsets. */
    public Optional<TextRange> selectedRange() {
        var sel = area.getSelection();
        return sel.getLength() == 0 ? Optional.empty() : Optional.of(new TextRange(sel.getStart(), sel.getEnd()));
    }

    public void setAddFigureAction(Runnable action) {
        this.addFigureAction = action;
    }
}
