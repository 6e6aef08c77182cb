package com.reportworkbench.ui.review;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.extract.Figure;
import com.reportworkbench.extract.Kind;
import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.store.FigureEdit;
import com.reportworkbench.store.FigureField;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.store.ReviewStatus;
import com.reportworkbench.store.Store;
import com.reportworkbench.store.UndoResult;
import com.reportworkbench.text.DocumentMetadata;
import com.reportworkbench.text.MetadataEvidence;
import com.reportworkbench.text.RegionCodes;
import com.reportworkbench.text.TextRange;
import com.reportworkbench.ui.CoreServices;
import com.reportworkbench.ui.TaskExecutor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * The open document and its figures: what the text view, the table and the editor show, and every
 * analyst action on figures. Each action is one store call on the executor, followed by a reload of
 * the document's figures and highlights (computed off the FX thread).
 */
public final class ReviewViewModel {
    /** What a background load delivers to the FX thread in one piece. */
    record Loaded(DocumentRecord document, String displayText, List<TextRange> boilerplate,
            List<TextRange> headings, List<TextRange> topHeadings, List<FigureRecord> figures,
            StyleSpans<Collection<String>> spans, long millis) {}

    private final CoreServices core;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<DocumentRecord> document = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ObservableList<FigureRecord> figures = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<StyleSpans<Collection<String>>> highlights = new ReadOnlyObjectWrapper<>();
    private final ObservableList<FigureRecord> selection = FXCollections.observableArrayList();
    private final ObjectProperty<FigureRecord> current = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<RowSelection> wantedSelection = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TextRange> revealRange = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FigureRecord> reveal = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private volatile List<TextRange> topHeadings = List.of();
    private String rawTextCache = "";
    private Runnable documentsChanged = () -> {};
    private Consumer<Throwable> errorHandler = e -> {};
    private long lastLoadMillis;

    public ReviewViewModel(CoreServices core, TaskExecutor executor) {
        this.core = core;
        this.executor = executor;
    }

    // ------------------------------------------------------------------ observed by the views

    public ReadOnlyObjectProperty<DocumentRecord> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ObservableList<FigureRecord> figures() {
        return FXCollections.unmodifiableObservableList(figures);
    }

    public ReadOnlyObjectProperty<StyleSpans<Collection<String>>> highlightsProperty() {
        return highlights.getReadOnlyProperty();
    }

    /** The rows the table has selected (the view keeps it up to date). */
    public ObservableList<FigureRecord> selection() {
        return selection;
    }

    /** The figure the editor shows: the table's focused row. */
    public ObjectProperty<FigureRecord> currentProperty() {
        return current;
    }

    /** Figures the table should select after a reload or a click in the text. */
    public ReadOnlyObjectProperty<RowSelection> wantedSelectionProperty() {
        return wantedSelection.getReadOnlyProperty();
    }

    /** A range of text (a search hit) the text view should scroll to and select. */
    public ReadOnlyObjectProperty<TextRange> revealRangeProperty() {
        return revealRange.getReadOnlyProperty();
    }

    /** Rows for the table to select; reveal: also scroll the text to the first. */
    public record RowSelection(List<Long> ids, boolean reveal) {}

    /** A figure the text view should scroll to and flash. */
    public ReadOnlyObjectProperty<FigureRecord> revealProperty() {
        return reveal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public List<TextRange> topHeadings() {
        return topHeadings;
    }

    public long lastLoadMillis() {
        return lastLoadMillis;
    }

    public void setDocumentsChanged(Runnable documentsChanged) {
        this.documentsChanged = documentsChanged;
    }

    public void setErrorHandler(Consumer<Throwable> errorHandler) {
        this.errorHandler = errorHandler;
    }

    public Optional<Long> documentId() {
        return Optional.ofNullable(document.get()).map(DocumentRecord::id);
    }

    /** The figure under a text offset, if any. */
    public Optional<FigureRecord> figureAt(int offset) {
        for (FigureRecord r : figures) {
            if (offset >= r.current().start() && offset < r.current().end()) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public String originalText() {
        return rawTextCache;
    }

    // ------------------------------------------------------------------ opening

    public void open(long documentId) {
        open(documentId, List.of());
    }

    private void open(long documentId, List<Long> select) {
        busy.set(true);
        openAt(documentId, select, null);
    }

    /** Opens a document (unless it is open) and selects one of its figures, in the table and in the text. */
    public void openFigure(long documentId, long figureId) {
        if (documentId().map(id -> id == documentId).orElse(false)) {
            wantedSelection.set(null);
            wantedSelection.set(new RowSelection(List.of(figureId), true));
            return;
        }
        open(documentId, List.of(figureId));
    }

    /** Opens a document and selects a range of its text (a search hit). */
    public void openAt(long documentId, TextRange range) {
        if (documentId().map(id -> id == documentId).orElse(false)) {
            revealRange.set(null);
            revealRange.set(range);
            return;
        }
        openAt(documentId, List.of(), range);
    }

    private void openAt(long documentId, List<Long> select, TextRange range) {
        busy.set(true);
        executor.execute(() -> load(core.store(), documentId), loaded -> {
            rawTextCache = loaded.rawText();
            apply(loaded.loaded(), true, select);
            if (range != null) {
                revealRange.set(null);
                revealRange.set(range);
            }
        }, this::failed);
    }

    private record Full(String rawText, Loaded loaded) {}

    private Full load(Store store, long documentId) {
        long t0 = System.nanoTime();
        DocumentRecord doc = store.documents().get(documentId).orElseThrow();
        String raw = store.documents().text(documentId);
        List<TextRange> bp = store.documents().boilerplate(documentId);
        List<FigureRecord> figs = store.figures().forDocument(documentId);
        List<TextRange> headings = Headings.all(raw);
        List<TextRange> top = Headings.topLevel(raw);
        StyleSpans<Collection<String>> spans = Highlighter.compute(raw, bp, headings, figs);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return new Full(raw, new Loaded(doc, displayText(raw), bp, headings, top, figs, spans, ms));
    }

    /** One paragraph per line with offsets unchanged: RichTextFX would merge "\r\n" into one break. */
    static String displayText(String raw) {
        if (raw.indexOf('\r') < 0) {
            return raw;
        }
        StringBuilder sb = new StringBuilder(raw);
        for (int i = 0; i < sb.length(); i++) {
            if (sb.charAt(i) == '\r') {
                sb.setCharAt(i, i + 1 < sb.length() && sb.charAt(i + 1) == '\n' ? ' ' : '\n');
            }
        }
        return sb.toString();
    }

    private void apply(Loaded loaded, boolean newText, List<Long> select) {
        busy.set(false);
        lastLoadMillis = loaded.millis();
        topHeadings = loaded.topHeadings();
        document.set(loaded.document());
        if (newText) {
            highlights.set(null);
            text.set(loaded.displayText());
        }
        reloading.set(true); // the table's selection passes through null while rows are replaced
        try {
            if (newText) {
                figures.setAll(loaded.figures());
            } else {
                updateChanged(loaded.figures());
            }
            highlights.set(loaded.spans());
            wantedSelection.set(null); // equal selections must fire again: a reload resets the table's selection
            wantedSelection.set(new RowSelection(List.copyOf(select), true));
        } finally {
            reloading.set(false);
        }
    }

    private final javafx.beans.property.ReadOnlyBooleanWrapper reloading = new javafx.beans.property.ReadOnlyBooleanWrapper();

    /**
     * True while a load replaces rows and selects them again: the current figure is briefly null then,
     * which the editor must not take for "no figure" (it would drop what the analyst is typing).
     */
    public javafx.beans.property.ReadOnlyBooleanProperty reloadingProperty() {
        return reloading.getReadOnlyProperty();
    }

    /**
     * After an action only the rows that changed are replaced: the table repaints one or two rows instead
     * of rebuilding all of them (a provincial report has hundreds), which is most of a key's latency.
     */
    private void updateChanged(List<FigureRecord> fresh) {
        boolean sameRows = fresh.size() == figures.size();
        for (int i = 0; sameRows && i < fresh.size(); i++) {
            sameRows = fresh.get(i).id() == figures.get(i).id();
        }
        if (!sameRows) {
            figures.setAll(fresh); // a figure was added or removed: the list itself changed
            return;
        }
        for (int i = 0; i < fresh.size(); i++) {
            if (!fresh.get(i).equals(figures.get(i))) {
                figures.set(i, fresh.get(i));
            }
        }
    }

    public void close() {
        document.set(null);
        rawTextCache = "";
        highlights.set(null);
        text.set("");
        figures.clear();
    }

    /** Reloads figures and highlights of the open document (after an import or a change elsewhere). */
    public void refresh() {
        documentId().ifPresent(id -> change(null, () -> null, selectedIds()));
    }

    // ------------------------------------------------------------------ linked selection

    /** A click on a highlight: the table selects the row, the editor shows it. */
    public void selectFromText(FigureRecord figure) {
        wantedSelection.set(null);
        wantedSelection.set(new RowSelection(List.of(figure.id()), false));
    }

    /** A row selected in the table: the text scrolls to it and flashes it. */
    public void revealInText(FigureRecord figure) {
        reveal.set(null);
        reveal.set(figure);
    }

    public List<Long> selectedIds() {
        return selection.stream().map(FigureRecord::id).toList();
    }

    // ------------------------------------------------------------------ actions

    /** Runs a store action, then reloads the figures and highlights and selects {@code select}. */
    private void change(String done, Callable<?> action, List<Long> select) {
        Long docId = documentId().orElse(null);
        if (docId == null) {
            return;
        }
        busy.set(true);
        String raw = rawTextCache;
        executor.execute(() -> {
            long t0 = System.nanoTime();
            action.call();
            Store store = core.store();
            DocumentRecord doc = store.documents().get(docId).orElseThrow();
            List<FigureRecord> figs = store.figures().forDocument(docId);
            List<TextRange> bp = store.documents().boilerplate(docId);
            StyleSpans<Collection<String>> spans = Highlighter.compute(raw, bp, Headings.all(raw), figs);
            return new Loaded(doc, null, bp, null, Headings.topLevel(raw), figs, spans,
                    (System.nanoTime() - t0) / 1_000_000);
        }, loaded -> {
            if (!Objects.equals(documentId().orElse(null), docId)) {
                return; // another document was opened meanwhile
            }
            apply(loaded, false, select);
            if (done != null) {
                message.set(done);
            }
            documentsChanged.run();
        }, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        message.set(tr("status.error", rootMessage(e)));
        errorHandler.accept(e);
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /**
     * Sets the kind of the selected figures. Pressing the key of the kind a figure already has confirms
     * it: an unreviewed figure is accepted (the key is the analyst's verdict, not only an edit).
     */
    public void setKind(Kind kind) {
        List<Long> ids = selectedIds();
        if (ids.isEmpty()) {
            return;
        }
        List<FigureEdit> edits = new java.util.ArrayList<>();
        for (FigureRecord f : selection) {
            if (f.current().kind() != kind) {
                edits.add(new FigureEdit(f.id(), FigureField.KIND, kind.id()));
                if (f.origin() == com.reportworkbench.store.Origin.MACHINE
                        && (f.status() == ReviewStatus.PROPOSED || f.status() == ReviewStatus.ACCEPTED)) {
                    edits.add(new FigureEdit(f.id(), FigureField.STATUS, ReviewStatus.EDITED.name()));
                }
            } else if (!f.isReviewed()) {
                edits.add(new FigureEdit(f.id(), FigureField.STATUS, ReviewStatus.ACCEPTED.name()));
            }
        }
        String d = tr("action.kind.done", ids.size(), tr("kind." + kind.id()));
        change(d, () -> core.store().figures().apply(d, edits), ids);
    }

    public void accept() {
        setStatus(ReviewStatus.ACCEPTED);
    }

    /** Accepts the selected figures, then selects {@code selectAfter} (null: keep the selection). */
    public void accept(List<Long> selectAfter) {
        List<Long> ids = selectedIds();
        if (ids.isEmpty()) {
            return;
        }
        String d = tr("action.status.done", ids.size(), tr("status.accepted"));
        change(d, () -> core.store().figures().setStatus(d, ids, ReviewStatus.ACCEPTED),
                selectAfter == null ? ids : selectAfter);
    }

    public void reject() {
        setStatus(ReviewStatus.REJECTED);
    }

    public void setStatus(ReviewStatus status) {
        List<Long> ids = selectedIds();
        if (ids.isEmpty()) {
            return;
        }
        String d = tr("action.status.done", ids.size(), tr("status." + status.name().toLowerCase()));
        change(d, () -> core.store().figures().setStatus(d, ids, status), ids);
    }

    /** Sets the indicator of every selected figure. */
    public void setIndicator(String indicatorId) {
        List<Long> ids = selectedIds();
        if (ids.isEmpty()) {
            return;
        }
        String value = indicatorId == null || indicatorId.isBlank() ? null : indicatorId.trim();
        List<FigureEdit> edits = ids.stream().map(id -> new FigureEdit(id, FigureField.INDICATOR, value)).toList();
        String d = tr("action.indicator.done", ids.size(), value == null ? "—" : value);
        change(d, () -> core.store().figures().apply(d, edits), ids);
    }

    /** Accepts every proposed figure in the section (between two top-level headings) of the current figure. */
    public void acceptSection() {
        FigureRecord anchor = current.get();
        if (anchor == null) {
            return;
        }
        TextRange section = Headings.sectionAt(topHeadings, anchor.current().start(), rawTextCache.length());
        List<Long> ids = figures.stream()
                .filter(f -> !f.isReviewed())
                .filter(f -> f.current().start() >= section.start() && f.current().start() < section.end())
                .map(FigureRecord::id)
                .toList();
        if (ids.isEmpty()) {
            message.set(tr("action.section.none"));
            return;
        }
        String d = tr("action.section.done", ids.size());
        change(d, () -> core.store().figures().setStatus(d, ids, ReviewStatus.ACCEPTED), List.of(anchor.id()));
    }

    /** Saves the editor's changes of one figure; the base value follows value and unit. */
    public void saveEdits(long figureId, List<FigureEdit> edits) {
        saveEdits(figureId, edits, null);
    }

    /**
     * As {@link #saveEdits(long, List)}, checked against the figure's version the analyst started
     * editing from (#13): a change another analyst saved meanwhile — even one a polling reload already
     * brought into this window — makes the save refused ({@code FigureChangedException}), never lost.
     */
    public void saveEdits(long figureId, List<FigureEdit> edits, Long basedOnVersion) {
        if (edits.isEmpty()) {
            return;
        }
        FigureRecord before = figures.stream().filter(f -> f.id() == figureId).findFirst().orElse(null);
        List<FigureEdit> all = new ArrayList<>(edits);
        if (before != null && edits.stream().anyMatch(e -> e.field() == FigureField.VALUE || e.field() == FigureField.UNIT)) {
            String value = edits.stream().filter(e -> e.field() == FigureField.VALUE).map(FigureEdit::newValue)
                    .findFirst().orElse(before.current().value().toPlainString());
            String unit = edits.stream().filter(e -> e.field() == FigureField.UNIT).map(FigureEdit::newValue)
                    .findFirst().orElse(before.current().unit());
            BigDecimal base = core.baseValue(new BigDecimal(value), unit);
            all.add(new FigureEdit(figureId, FigureField.BASE_VALUE, base == null ? null : base.toPlainString()));
        }
        String d = tr("action.edit.done", before == null ? "" : before.current().text());
        change(d, () -> basedOnVersion == null ? core.store().figures().apply(d, all)
                : core.store().figures().apply(d, all, java.util.Map.of(figureId, basedOnVersion)), List.of(figureId));
    }

    public void revertToMachine() {
        FigureRecord f = current.get();
        if (f == null || f.machine() == null) {
            return;
        }
        change(tr("action.revert.done", f.current().text()), () -> core.store().figures().revertToMachine(f.id()),
                List.of(f.id()));
    }

    /** A figure the machine missed; the new row is selected. */
    public void addFigure(Figure figure) {
        Long docId = documentId().orElse(null);
        if (docId == null) {
            return;
        }
        long[] added = new long[1];
        List<Long> select = new ArrayList<>();
        change(tr("action.add.done", figure.text()), () -> {
            added[0] = core.store().figures().addByAnalyst(docId, figure).id();
            select.add(added[0]);
            return null;
        }, select);
    }

    public void undo() {
        undoRedo(true);
    }

    public void redo() {
        undoRedo(false);
    }

    private void undoRedo(boolean undo) {
        executor.execute(() -> undo ? core.store().figures().undo() : core.store().figures().redo(), result -> {
            if (result.isEmpty()) {
                message.set(tr(undo ? "action.undo.none" : "action.redo.none"));
                return;
            }
            UndoResult r = result.get();
            message.set(tr(undo ? "action.undo.done" : "action.redo.done", r.description()));
            List<Long> ids = List.copyOf(r.figureIds());
            if (documentId().map(id -> id == r.documentId()).orElse(false)) {
                change(null, () -> null, ids);
            } else if (r.documentId() != 0) {
                open(r.documentId(), ids);
            }
            documentsChanged.run();
        }, this::failed);
    }

    /**
     * Maps an indicator phrase to an indicator in every figure of the corpus carrying that phrase, and
     * optionally remembers the mapping for future imports.
     */
    public void applyPhraseEverywhere(String phrase, String indicatorId, boolean remember) {
        String d = tr("action.phrase.done", phrase, indicatorId);
        change(d, () -> {
            Store store = core.store();
            List<FigureEdit> edits = new ArrayList<>();
            store.figures().forEach(null, f -> {
                if (phrase.equals(f.current().indicatorText()) && !indicatorId.equals(f.current().indicator())) {
                    edits.add(new FigureEdit(f.id(), FigureField.INDICATOR, indicatorId));
                }
            });
            store.figures().apply(d, edits);
            if (remember) {
                store.synonyms().put(phrase, indicatorId);
            }
            return null;
        }, selectedIds());
    }

    /** How many figures elsewhere in the corpus carry the phrase with another indicator (run off the FX thread). */
    public void countPhrase(String phrase, String indicatorId, Consumer<Integer> result) {
        executor.execute(() -> {
            int[] n = new int[1];
            core.store().figures().forEach(null, f -> {
                if (phrase.equals(f.current().indicatorText()) && !indicatorId.equals(f.current().indicator())) {
                    n[0]++;
                }
            });
            return n[0];
        }, result, this::failed);
    }

    /** Saves the document's metadata, then optionally extracts its figures again. */
    public void saveMetadata(DocumentMetadata metadata, boolean reextract) {
        saveMetadata(metadata, RegionCodes.standard().codeOf(metadata.region()).orElse(null), reextract);
    }

    /** Saves the document's metadata and region code (one undoable action), then optionally extracts again. */
    public void saveMetadata(DocumentMetadata metadata, String regionCode, boolean reextract) {
        Long docId = documentId().orElse(null);
        if (docId == null) {
            return;
        }
        change(tr("action.metadata.done"), () -> {
            core.store().documents().updateMetadata(docId, metadata, regionCode);
            if (reextract) {
                core.reextract(docId);
            }
            return null;
        }, selectedIds());
    }

    /** Where the open document's metadata came from, read off the FX thread and handed over on it. */
    public void loadEvidence(Consumer<MetadataEvidence> then) {
        Long docId = documentId().orElse(null);
        if (docId == null) {
            return;
        }
        executor.execute(() -> core.store().documents().evidence(docId), then, this::failed);
    }

    /** Reads the open document again, after its metadata changed elsewhere (a bulk edit). */
    public void reload() {
        change(null, () -> null, selectedIds());
    }
}
