package com.reportworkbench.confidence;

import com.reportworkbench.extract.ExtractionInput;
import com.reportworkbench.extract.Figure;
import java.util.ArrayList;
import java.util.List;

/** Evidence, confidence and flags for the figures of one document. Thread-safe. */
public final class FigureAssessor {
    private final EvidenceCollector collector;
    private final ConfidenceModel model;

    public FigureAssessor(EvidenceCollector collector, ConfidenceModel model) {
        this.collector = collector;
        this.model = model;
    }

    /** The bundled evidence rules and the bundled model. */
    public static FigureAssessor standard() {
        return new FigureAssessor(new EvidenceCollector(), ConfidenceModel.bundled());
    }

    public ConfidenceModel model() {
        return model;
    }

    public List<Assessment> assess(ExtractionInput input, List<Figure> figures) {
        List<Evidence> evidence = collector.collect(input, figures);
        List<Assessment> out = new ArrayList<>(evidence.size());
        for (Evidence e : evidence) {
            out.add(assess(e));
        }
        return out;
    }

    /** The unit family the evidence keys unit counts by. */
    public String unitFamily(String unit) {
        return collector.familyOf(unit);
    }

    public Assessment assess(Evidence e) {
        return new Assessment(model.probability(e), EvidenceFlags.of(e), e);
    }
}
