package com.reportworkbench.doubt;

import com.reportworkbench.check.CheckFlag;
import com.reportworkbench.check.CheckedDocument;
import com.reportworkbench.check.CheckedFigure;
import com.reportworkbench.check.ConsistencyChecks;
import com.reportworkbench.confidence.Assessment;
import com.reportworkbench.confidence.ConfidenceModel;
import com.reportworkbench.confidence.Evidence;
import com.reportworkbench.confidence.EvidenceCollector;
import com.reportworkbench.confidence.FigureAssessor;
import com.reportworkbench.confidence.LogisticFit;
import com.reportworkbench.extract.ExtractionInput;
import com.reportworkbench.extract.Figure;
import com.reportworkbench.store.ConfidenceRepository;
import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.store.Origin;
import com.reportworkbench.store.ReviewStatus;
import com.reportworkbench.store.Store;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confidence in a store: scores newly extracted figures (with the store's calibration, else the
 * bundled model), refits the model on the analysts' decisions (accepted = right; edited or rejected =
 * wrong), and re-scores every figure with it. Core code: the window runs it off the FX thread.
 */
public final class DoubtService {
    private static final Logger LOG = LoggerFactory.getLogger(DoubtService.class);
    /** Below this many reviewed machine figures a calibration would mostly fit noise. */
    public static final int MIN_EXAMPLES = 20;
    /**
     * L2 penalty of the calibration: weights of features seen on few figures stay near zero. 1 was the
     * best of 0.3, 1, 3 in the leave-one-report-out measure over seeds + devgold + calibgold (README),
     * ahead of 3 on the old national reports; the bundled model is fitted with it too.
     */
    public static final double LAMBDA = 1.0;
    /**
     * A figure below this confidence (or with a consistency flag) counts as doubtful in the document
     * list. On the development corpus about one figure in six falls below 0.8.
     */
    public static final double DOUBTFUL_BELOW = 0.8;
    /**
     * Doubtful-first order: a figure's doubt score is its confidence minus this when a consistency
     * check flags it (a restatement with another value, an outlier of its series, …). A flagged figure
     * thus comes before unflagged ones up to 0.25 more doubtful by the model alone: a check is evidence
     * the model does not see, and a flag points at a concrete reason an analyst can settle quickly.
     * Unscored figures count as confidence 1.
     */
    public static final double CHECK_PENALTY = 0.25;

    /** The doubt score that orders doubtful-first review: lower = reviewed sooner. */
    public static double doubtScore(Double confidence, boolean checkFlagged) {
        return (confidence == null ? 1.0 : confidence) - (checkFlagged ? CHECK_PENALTY : 0.0);
    }

    /** What a calibration did. */
    public record CalibrationResult(boolean fitted, int examples, int wrong, int rescored, String reason) {
    }

    private final Store store;
    private final ConfidenceRepository repository;
    private final EvidenceCollector collector;

    public DoubtService(Store store) {
        this(store, new EvidenceCollector());
    }

    public DoubtService(Store store, EvidenceCollector collector) {
        this.store = store;
        this.repository = ConfidenceRepository.of(store);
        this.collector = collector;
    }

    public ConfidenceRepository repository() {
        return repository;
    }

    /** The model in force: the store's latest calibration, else the bundled one. */
    public ConfidenceModel model() {
        return repository.latestCalibration()
                .map(c -> ConfidenceModel.parse(c.modelTsv(), "calibration " + c.id()))
                .orElseGet(ConfidenceModel::bundled);
    }

    /** After an import or re-extraction: scores the new figures and runs the checks across documents. */
    public void afterImport() {
        assessNew(() -> false);
        runChecks();
    }

    /**
     * Runs the consistency checks over every comparable figure of the store (a core indicator, kind
     * target or achievement, not rejected; analysts' corrections included) and replaces the stored flags.
     *
     * @return how many flags were found
     */
    public int runChecks() {
        List<CheckedDocument> docs = new ArrayList<>();
        for (DocumentRecord d : store.documents().list()) {
            docs.add(checked(d));
        }
        List<CheckedFigure> figures = new ArrayList<>();
        store.figures().forEachComparable(r -> figures.add(new CheckedFigure(r.id(), r.documentId(), r.current())));
        List<ConfidenceRepository.Check> rows = rows(new ConsistencyChecks().run(docs, figures));
        repository.replaceChecks(rows);
        return rows.size();
    }

    /**
     * After an analyst's edit (or undo) in one document: reruns the checks that edit can change — those
     * of the document itself and, since restatements, series outliers and copies compare reports of one
     * region, those of every document of its region — and replaces the flags of those documents only.
     * A document without a region is checked alone (the cross-report checks need a region anyway).
     *
     * @return how many flags the affected documents now carry
     */
    public int runChecksAround(long documentId) {
        DocumentRecord edited = store.documents().get(documentId).orElse(null);
        if (edited == null) {
            return 0;
        }
        Map<Long, CheckedDocument> docs = new HashMap<>();
        for (DocumentRecord d : store.documents().list()) {
            if (d.id() == documentId || (edited.region() != null && edited.region().equals(d.region()))) {
                docs.put(d.id(), checked(d));
            }
        }
        List<CheckedFigure> figures = new ArrayList<>();
        store.figures().forEachComparable(r -> {
            if (docs.containsKey(r.documentId())) {
                figures.add(new CheckedFigure(r.id(), r.documentId(), r.current()));
            }
        });
        List<ConfidenceRepository.Check> rows = rows(new ConsistencyChecks().run(docs.values(), figures));
        repository.replaceChecks(docs.keySet(), rows);
        return rows.size();
    }

    private static CheckedDocument checked(DocumentRecord d) {
        return new CheckedDocument(d.id(), d.fileName(), d.region(), d.level() == null ? null : d.level().id(),
                d.year(), d.reportDate());
    }

    private static List<ConfidenceRepository.Check> rows(List<CheckFlag> flags) {
        List<ConfidenceRepository.Check> rows = new ArrayList<>(flags.size());
        for (CheckFlag f : flags) {
            rows.add(new ConfidenceRepository.Check(f.figureId(), f.code(), f.reason()));
        }
        return rows;
    }

    /** Scores the figures that have no confidence yet; returns how many documents were scored. */
    public int assessNew(BooleanSupplier cancelled) {
        FigureAssessor assessor = new FigureAssessor(collector, model());
        int done = 0;
        for (long documentId : repository.documentsWithoutConfidence()) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            assessDocument(assessor, documentId);
            done++;
        }
        return done;
    }

    private void assessDocument(FigureAssessor assessor, long documentId) {
        DocumentRecord doc = store.documents().get(documentId).orElse(null);
        if (doc == null) {
            return;
        }
        List<FigureRecord> records = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (FigureRecord r : store.figures().forDocument(documentId)) {
            if (r.origin() == Origin.MACHINE && r.machine() != null) {
                records.add(r);
                figures.add(r.machine()); // the evidence is about what the machine proposed
            }
        }
        ExtractionInput input = new ExtractionInput(store.documents().text(documentId),
                store.documents().boilerplate(documentId), doc.reportDate(), doc.year());
        List<Assessment> assessed = assessor.assess(input, figures);
        List<ConfidenceRepository.Update> updates = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            Assessment a = assessed.get(i);
            updates.add(new ConfidenceRepository.Update(records.get(i).id(), a.confidence(), a.flagText(),
                    a.evidence().encode()));
        }
        repository.save(updates);
    }

    /**
     * Refits the model on every reviewed machine figure, stores it, and re-scores all figures with it.
     * Labels: the shared status (accepted = right; edited or rejected = wrong), or, for a figure of a
     * double-coded document, each finished coder's own decision (two coders: two labels, which may differ).
     * Too few decisions, or decisions of one side only, leave the model as it is and say why.
     */
    public CalibrationResult calibrate() {
        assessNew(() -> false);
        List<LogisticFit.Example> examples = new ArrayList<>();
        int wrong = 0;
        // double coding (team stores): each finished coder's accept / edit / reject is a label of its own;
        // such a figure's shared status (the adjudicated copy of one coder's decision) is not counted again
        Map<Long, List<ReviewStatus>> coderLabels = new HashMap<>();
        for (ConfidenceRepository.CoderVerdict v : repository.finishedCoderVerdicts()) {
            coderLabels.computeIfAbsent(v.figureId(), k -> new ArrayList<>()).add(v.status());
        }
        for (ConfidenceRepository.Scored s : repository.machineFigures(null)) {
            if (s.evidence() == null) {
                continue;
            }
            List<ReviewStatus> labels = coderLabels.getOrDefault(s.figureId(),
                    s.status() == ReviewStatus.PROPOSED ? List.of() : List.of(s.status()));
            for (ReviewStatus label : labels) {
                boolean right = label == ReviewStatus.ACCEPTED;
                wrong += right ? 0 : 1;
                examples.add(new LogisticFit.Example(Evidence.decode(s.evidence()), right));
            }
        }
        if (examples.size() < MIN_EXAMPLES) {
            return new CalibrationResult(false, examples.size(), wrong, 0,
                    "only " + examples.size() + " reviewed machine figures; at least " + MIN_EXAMPLES + " are needed");
        }
        ConfidenceModel fitted = new LogisticFit(LAMBDA).fit(examples, "calibration");
        repository.saveCalibration(examples.size(), wrong, fitted.toTsv());
        int rescored = rescore(fitted);
        runChecks();
        LOG.info("calibrated on {} reviewed figures ({} wrong); {} figures re-scored", examples.size(), wrong, rescored);
        return new CalibrationResult(true, examples.size(), wrong, rescored, "");
    }

    /** Recomputes confidence and flags of every scored figure from its stored evidence. */
    private int rescore(ConfidenceModel model) {
        FigureAssessor assessor = new FigureAssessor(collector, model);
        List<ConfidenceRepository.Update> updates = new ArrayList<>();
        for (ConfidenceRepository.Scored s : repository.machineFigures(null)) {
            if (s.evidence() == null) {
                continue;
            }
            Assessment a = assessor.assess(Evidence.decode(s.evidence()));
            updates.add(new ConfidenceRepository.Update(s.figureId(), a.confidence(), a.flagText(), s.evidence()));
        }
        repository.save(updates);
        return updates.size();
    }
}
