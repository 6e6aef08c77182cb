package com.reportworkbench.ui.doubt;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.doubt.DoubtService;
import com.reportworkbench.store.ConfidenceRepository;
import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.store.ReviewStatus;
import com.reportworkbench.ui.WorkbenchViewModel;
import com.reportworkbench.ui.documents.DocumentListView;
import com.reportworkbench.ui.review.FigureTableView;
import com.reportworkbench.ui.review.ReviewViewModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Review ordered by doubt: "doubtful first" (N goes to the most doubtful unreviewed figure of the
 * document or of the corpus), the confidence and flags columns of the figure table, the doubtful
 * count of each document, the bulk accept above a confidence (one undoable step), and calibrate. All
 * store work runs on the task executor; the maps here are touched on the FX thread only.
 */
public final class DoubtController {
    private static final Logger LOG = LoggerFactory.getLogger(DoubtController.class);

    /** Where N goes. */
    public enum Mode { OFF, DOCUMENT, CORPUS }

    private final WorkbenchViewModel vm;
    private final ReviewViewModel review;
    private final FigureTableView figureTable;
    private final ObservableMap<Long, FigureDoubt> doubts = FXCollections.observableHashMap();
    private final ObservableMap<Long, Integer> doubtfulLeft = FXCollections.observableHashMap();
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.OFF);
    private final javafx.collections.ObservableList<FigureRecord> figures;
    private final javafx.collections.ObservableList<DocumentRecord> documents;
    /** The document whose figures were last shown: new figures of the same document mean an edit or undo. */
    private Long shownDocument;

    public DoubtController(WorkbenchViewModel vm, FigureTableView figureTable, DocumentListView documentList) {
        this.vm = vm;
        this.review = vm.review();
        this.figureTable = figureTable;
        DoubtColumns.install(figureTable.table(), doubts);
        DoubtColumns.installDocumentCount(documentList.table(), doubtfulLeft);
        // the lists may be unmodifiable wrappers that listen weakly to their source: keep them referenced
        figures = review.figures();
        documents = vm.documents().documents();
        figures.addListener((ListChangeListener<FigureRecord>) c -> reloadDocument(true));
        documents.addListener((ListChangeListener<DocumentRecord>) c -> refreshCounts());
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public ObservableMap<Long, FigureDoubt> doubts() {
        return doubts;
    }

    public ObservableMap<Long, Integer> doubtfulLeft() {
        return doubtfulLeft;
    }

    private boolean ready() {
        return vm.core().isAttached();
    }

    /** Scores what has no confidence yet (figures just imported), runs the checks, and counts per document. */
    public void refreshCounts() {
        if (!ready()) {
            return;
        }
        vm.executor().execute(() -> {
            DoubtService service = new DoubtService(vm.core().store());
            if (service.assessNew(() -> false) > 0) {
                service.runChecks();
            }
            return service.repository().doubtfulLeft(DoubtService.DOUBTFUL_BELOW);
        }, counts -> {
            doubtfulLeft.clear();
            doubtfulLeft.putAll(counts);
            reloadDocument(false);
        }, this::failed);
    }

    /** Confidence and flags of the open document's figures; after a change of its figures, its checks first. */
    private void reloadDocument(boolean figuresChanged) {
        Optional<Long> doc = review.documentId();
        if (doc.isEmpty() || !ready()) {
            doubts.clear();
            shownDocument = null;
            return;
        }
        long id = doc.get();
        // the same document's figures again: an analyst changed one (edit, status, undo), so the checks
        // of its document and region run first and the flags shown are never stale; merely opening a
        // document changes no figure and needs no checks
        boolean edited = figuresChanged && Long.valueOf(id).equals(shownDocument);
        shownDocument = id;
        vm.executor().execute(() -> {
            if (edited) {
                new DoubtService(vm.core().store()).runChecksAround(id);
            }
            return load(id);
        }, loaded -> {
            if (review.documentId().map(d -> d == id).orElse(false)) {
                doubts.clear();
                doubts.putAll(loaded);
                figureTable.table().refresh();
            }
        }, this::failed);
    }

    private Map<Long, FigureDoubt> load(long documentId) {
        DoubtService service = new DoubtService(vm.core().store());
        ConfidenceRepository repo = service.repository();
        Map<Long, List<ConfidenceRepository.Check>> checks = repo.checks(documentId);
        Map<Long, FigureDoubt> out = new HashMap<>();
        for (ConfidenceRepository.Scored s : repo.machineFigures(documentId)) {
            List<String> flags = new ArrayList<>();
            if (s.flags() != null && !s.flags().isBlank()) {
                flags.addAll(Arrays.asList(s.flags().split(",")));
            }
            List<String> reasons = new ArrayList<>();
            for (ConfidenceRepository.Check k : checks.getOrDefault(s.figureId(), List.of())) {
                flags.add(k.code());
                reasons.add(k.reason());
            }
            out.put(s.figureId(), new FigureDoubt(s.confidence(), flags, reasons));
        }
        return out;
    }

    /**
     * N in doubtful-first mode: selects the most doubtful unreviewed figure of the document, or opens
     * the document of the corpus' most doubtful one (lowest {@link DoubtService#doubtScore}: confidence,
     * lowered when a consistency check flags the figure). False when the mode is off (N does its usual).
     */
    public boolean next() {
        switch (mode.get()) {
            case OFF -> {
                return false;
            }
            case DOCUMENT -> {
                Optional<FigureRecord> least = review.figures().stream()
                        .filter(f -> !f.isReviewed())
                        .filter(f -> doubts.containsKey(f.id()))
                        .min(Comparator.comparingDouble((FigureRecord f) -> doubtScoreOf(f.id()))
                                .thenComparingInt(f -> f.current().start()));
                if (least.isEmpty()) {
                    vm.setStatus(tr("doubt.none"));
                } else {
                    figureTable.select(List.of(least.get().id()), true);
                }
            }
            case CORPUS -> vm.executor().execute(
                    () -> new DoubtService(vm.core().store()).repository().mostDoubtfulProposed(DoubtService.CHECK_PENALTY),
                    found -> {
                        if (found.isEmpty()) {
                            vm.setStatus(tr("doubt.none"));
                        } else {
                            review.openFigure(found.get().documentId(), found.get().figureId());
                        }
                    }, this::failed);
            default -> throw new IllegalStateException();
        }
        return true;
    }

    /** Confidence lowered by a consistency flag: the rule is DoubtService.doubtScore. */
    private double doubtScoreOf(long figureId) {
        FigureDoubt d = doubts.get(figureId);
        return d == null ? 1.0 : DoubtService.doubtScore(d.confidence(), d.hasCheck());
    }

    /** The unreviewed figures of the open document at or above {@code threshold}, without a consistency flag. */
    public List<Long> acceptableAbove(double threshold) {
        List<Long> ids = new ArrayList<>();
        for (FigureRecord f : review.figures()) {
            FigureDoubt d = doubts.get(f.id());
            if (!f.isReviewed() && d != null && d.confidence() != null && d.confidence() >= threshold && !d.hasCheck()) {
                ids.add(f.id());
            }
        }
        return ids;
    }

    /** Accepts them all as one change set: one undo takes the whole bulk back. */
    public void acceptAbove(double threshold) {
        List<Long> ids = acceptableAbove(threshold);
        if (ids.isEmpty()) {
            vm.setStatus(tr("doubt.bulk.none", threshold));
            return;
        }
        String description = tr("doubt.bulk.done", ids.size(), threshold);
        vm.executor().execute(() -> vm.core().store().figures().setStatus(description, ids, ReviewStatus.ACCEPTED),
                changeSet -> {
                    vm.setStatus(description);
                    review.refresh();
                    vm.documents().refresh();
                }, this::failed);
    }

    /** Refits the confidence on the analysts' decisions, then shows the new scores. */
    public void calibrate() {
        if (!ready()) {
            return;
        }
        vm.setStatus(tr("doubt.calibrate.running"));
        vm.executor().execute(() -> new DoubtService(vm.core().store()).calibrate(), r -> {
            vm.setStatus(r.fitted() ? tr("doubt.calibrate.done", r.examples(), r.wrong())
                    : tr("doubt.calibrate.tooFew", r.examples(), DoubtService.MIN_EXAMPLES));
            refreshCounts();
        }, this::failed);
    }

    private void failed(Throwable e) {
        LOG.error("confidence work failed", e);
        vm.setStatus(tr("status.error", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }
}
