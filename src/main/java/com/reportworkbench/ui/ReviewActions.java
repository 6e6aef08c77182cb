package com.reportworkbench.ui;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.extract.Figure;
import com.reportworkbench.extract.Kind;
import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.text.TextRange;
import com.reportworkbench.ui.dialogs.DialogService;
import com.reportworkbench.ui.review.AddFigureDialog;
import com.reportworkbench.ui.review.DocumentTextView;
import com.reportworkbench.ui.review.FigureEditorView;
import com.reportworkbench.ui.review.FigureTableView;
import com.reportworkbench.ui.review.ReviewViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The review's actions and its keys: one key per action, typed into the window wherever the focus is
 * (except in a text field); Escape always leads back to the figure table.
 */
final class ReviewActions {
    /** What the keys need to know of the window around them. */
    interface Scope {
        Node focusOwner();

        boolean reviewShown();

        /** The document list or the search results: they move and open with arrows and Enter themselves. */
        boolean inNavigation(Node node);

        /** Where Shift+Tab from the text goes. */
        Node documentList();
    }

    private final WorkbenchViewModel vm;
    private final FigureTableView figureTable;
    private final FigureEditorView editorView;
    private final DocumentTextView textView;
    private final Supplier<DialogService> dialogs;
    private final Scope scope;
    /**
     * A review key was handled on KEY_PRESSED: the KEY_TYPED that follows is swallowed, else it would
     * land in whatever the action focused (E → the value field received an "e").
     */
    private boolean swallowTyped;

    ReviewActions(WorkbenchViewModel vm, FigureTableView figureTable, FigureEditorView editorView,
            DocumentTextView textView, Supplier<DialogService> dialogs, Scope scope) {
        this.vm = vm;
        this.figureTable = figureTable;
        this.editorView = editorView;
        this.textView = textView;
        this.dialogs = dialogs;
        this.scope = scope;
    }

    private java.util.function.BooleanSupplier nextOverride = () -> false;

    // ------------------------------------------------------------------ keys

    void onKeyPressed(KeyEvent e) {
        swallowTyped = false;
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            if (e.isControlDown() && e.isShiftDown() && e.getCode() == KeyCode.A) {
                addFigureFromSelection();
                e.consume();
            }
            return;
        }
        Node focus = scope.focusOwner();
        if (e.getCode() == KeyCode.TAB && tabCycle(focus, e.isShiftDown())) {
            e.consume();
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE && (isInside(focus, editorView) || isInside(focus, figureTable))) {
            // Escape always leads back to the table; in the editor it also drops unsaved input
            if (isInside(focus, editorView)) {
                vm.editor().load(vm.editor().figure());
            }
            figureTable.table().requestFocus();
            e.consume();
            return;
        }
        if (focus instanceof TextInputControl || focus instanceof ComboBoxBase<?>
                || (focus instanceof ButtonBase && (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE))
                || !scope.reviewShown()) {
            return;
        }
        boolean inNavigation = scope.inNavigation(focus);
        if (inNavigation && isListKey(e.getCode())) {
            return;
        }
        if (handleKey(e.getCode(), e.isShiftDown())) {
            swallowTyped = true;
            e.consume();
            if (inNavigation) {
                figureTable.table().requestFocus(); // reviewing has begun: Enter now accepts, arrows move rows
            }
        }
    }

    /**
     * Tab walks the review in a fixed order, text → figure table → editor (Shift+Tab back), instead of
     * through the filter boxes between them; true when it moved the focus.
     */
    private boolean tabCycle(Node focus, boolean back) {
        if (isInside(focus, textView)) {
            (back ? scope.documentList() : figureTable.table()).requestFocus();
            return true;
        }
        if (isInside(focus, figureTable.table())) {
            if (back) {
                textView.area().requestFocus();
            } else {
                editorView.startEditing();
            }
            return true;
        }
        if (back && focus == editorView.valueField()) {
            figureTable.table().requestFocus();
            return true;
        }
        return false;
    }

    void onKeyTyped(KeyEvent e) {
        if (swallowTyped) {
            swallowTyped = false;
            e.consume();
        }
    }

    private static boolean isListKey(KeyCode code) {
        return code.isArrowKey() || code.isNavigationKey() || code == KeyCode.ENTER || code == KeyCode.SPACE
                || code == KeyCode.TAB;
    }

    static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The single-key shortcuts of the review; true when the key was one of them. */
    boolean handleKey(KeyCode code, boolean shift) {
        ReviewViewModel review = vm.review();
        switch (code) {
            case J -> figureTable.move(1);
            case K -> figureTable.move(-1);
            case N -> nextUnreviewed();
            case T -> review.setKind(Kind.TARGET);
            case A -> review.setKind(Kind.ACHIEVEMENT);
            case O -> review.setKind(Kind.OTHER);
            case ENTER -> {
                if (shift) {
                    return false;
                }
                acceptAndMoveOn();
            }
            case DELETE, BACK_SPACE -> review.reject();
            case E, F2 -> editorView.startEditing();
            case INSERT -> addFigureFromSelection();
            case DOWN, UP -> {
                if (isInside(scope.focusOwner(), figureTable.table())) {
                    return false; // the table moves itself
                }
                figureTable.move(code == KeyCode.DOWN ? 1 : -1);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ actions

    /** The Figure menu and the table's context menu (a new set of items for each). */
    List<MenuItem> figureItems() {
        ReviewViewModel review = vm.review();
        List<MenuItem> items = new ArrayList<>();
        items.add(MainMenus.keyItem("menu.figure.next", "J", () -> figureTable.move(1)));
        items.add(MainMenus.keyItem("menu.figure.previous", "K", () -> figureTable.move(-1)));
        items.add(MainMenus.keyItem("menu.figure.nextUnreviewed", "N", this::nextUnreviewed));
        items.add(new SeparatorMenuItem());
        items.add(MainMenus.keyItem("menu.figure.accept", "Enter", this::acceptAndMoveOn));
        items.add(MainMenus.keyItem("menu.figure.reject", "Delete", review::reject));
        items.add(MainMenus.item("menu.figure.acceptSection", "Ctrl+Shift+Enter", review::acceptSection));
        items.add(new SeparatorMenuItem());
        items.add(MainMenus.keyItem("menu.figure.target", "T", () -> review.setKind(Kind.TARGET)));
        items.add(MainMenus.keyItem("menu.figure.achievement", "A", () -> review.setKind(Kind.ACHIEVEMENT)));
        items.add(MainMenus.keyItem("menu.figure.other", "O", () -> review.setKind(Kind.OTHER)));
        items.add(MainMenus.item("menu.figure.indicator", "Ctrl+Shift+K", this::setIndicatorForSelection));
        items.add(MainMenus.item("menu.figure.mapPhrase", "Ctrl+Shift+P", this::mapPhraseEverywhere));
        items.add(new SeparatorMenuItem());
        items.add(MainMenus.keyItem("menu.figure.edit", "E / F2", editorView::startEditing));
        items.add(MainMenus.item("menu.figure.revert", "Ctrl+R", review::revertToMachine));
        items.add(MainMenus.keyItem("menu.figure.add", "Ctrl+Shift+A / Insert", this::addFigureFromSelection));
        return items;
    }

    /** Enter: accepts the selected figures and selects the next unreviewed one after them (one key per figure). */
    void acceptAndMoveOn() {
        vm.review().accept(figureTable.nextUnreviewedAfterSelection().map(FigureRecord::id).map(List::of)
                .orElse(null));
    }

    /** Where N goes first: the doubtful-first mode answers true when it moved (#14). */
    void setNextOverride(java.util.function.BooleanSupplier override) {
        this.nextOverride = override;
    }

    void nextUnreviewed() {
        if (nextOverride.getAsBoolean()) {
            return;
        }
        if (!figureTable.nextUnreviewed()) {
            vm.setStatus(tr("status.allReviewed"));
        }
    }

    void addFigureFromSelection() {
        Optional<TextRange> range = textView.selectedRange();
        DocumentRecord d = vm.review().documentProperty().get();
        if (range.isEmpty() || d == null) {
            vm.setStatus(tr("add.noSelection"));
            return;
        }
        dialogs.get().addFigure(vm.core(), prefillFigure(range.get())).ifPresent(vm.review()::addFigure);
    }

    /** The figure "add figure" starts from for a selection (what the dialog is prefilled with). */
    Figure prefillFigure(TextRange range) {
        DocumentRecord d = vm.review().documentProperty().get();
        return AddFigureDialog.prefill(vm.core(), vm.review().originalText(), range, vm.review().topHeadings(),
                d == null ? null : d.year());
    }

    void setIndicatorForSelection() {
        if (vm.review().selection().isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>(vm.core().indicators().stream().map(CoreServices.IndicatorChoice::id).toList());
        ids.add(0, "");
        dialogs.get().chooseIndicator(ids, tr("bulk.indicator.header", vm.review().selection().size()))
                .ifPresent(vm.review()::setIndicator);
    }

    /** The current figure's phrase → its indicator, for every identical phrase in the corpus. */
    void mapPhraseEverywhere() {
        FigureRecord f = vm.review().currentProperty().get();
        if (f == null || f.current().indicatorText() == null || f.current().indicator() == null) {
            vm.setStatus(tr("phrase.needs"));
            return;
        }
        String phrase = f.current().indicatorText();
        String indicator = f.current().indicator();
        vm.review().countPhrase(phrase, indicator, n -> dialogs.get()
                .confirmPhraseMapping(tr("phrase.header", phrase, indicator), tr("phrase.count", n))
                .ifPresent(remember -> vm.review().applyPhraseEverywhere(phrase, indicator, remember)));
    }

    void editMetadata() {
        DocumentRecord d = vm.review().documentProperty().get();
        if (d == null) {
            return;
        }
        vm.review().loadEvidence(evidence -> dialogs.get().editMetadata(d, evidence, vm.core().importAvailable())
                .ifPresent(r -> vm.review().saveMetadata(r.metadata(), r.regionCode(), r.reextract())));
    }
}
