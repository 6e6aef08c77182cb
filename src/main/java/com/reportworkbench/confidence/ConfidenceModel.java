package com.reportworkbench.confidence;

import com.reportworkbench.text.AssetLines;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A logistic regression over the evidence of a figure: P(the whole record is right) =
 * 1 / (1 + e^-(bias + Σ weight·feature)). The shipped weights (assets/confidence_model.tsv) were fitted
 * offline on annotated reports; {@code calibrate} refits them on the analysts' own decisions and keeps
 * them in the store. A feature the model does not know weighs nothing.
 */
public final class ConfidenceModel {
    public static final String BIAS = "(bias)";
    private static final String ASSET = "confidence_model.tsv";

    private final Map<String, Double> weights;
    private final String source;

    public ConfidenceModel(Map<String, Double> weights, String source) {
        this.weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        this.source = source == null ? "" : source;
    }

    /** The model shipped with the program. */
    public static ConfidenceModel bundled() {
        Map<String, Double> w = new LinkedHashMap<>();
        for (String[] cols : AssetLines.readColumns(ASSET)) {
            w.put(cols[0], Double.parseDouble(cols[1]));
        }
        return new ConfidenceModel(w, "bundled");
    }

    /** A model written by {@link #toTsv()}. */
    public static ConfidenceModel parse(String tsv, String source) {
        Map<String, Double> w = new LinkedHashMap<>();
        for (String line : tsv.split("\n")) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            String[] cols = s.split("\t");
            if (cols.length >= 2) {
                w.put(cols[0].strip(), Double.parseDouble(cols[1].strip()));
            }
        }
        return new ConfidenceModel(w, source);
    }

    public String toTsv() {
        StringBuilder sb = new StringBuilder();
        weights.forEach((k, v) -> sb.append(k).append('\t').append(String.format(Locale.ROOT, "%.6f", v)).append('\n'));
        return sb.toString();
    }

    public Map<String, Double> weights() {
        return weights;
    }

    /** Where the weights come from: "bundled", or the calibration that fitted them. */
    public String source() {
        return source;
    }

    public double weight(String feature) {
        return weights.getOrDefault(feature, 0.0);
    }

    /** The probability that the figure is right, in (0, 1). */
    public double probability(Evidence evidence) {
        double z = weight(BIAS);
        for (Map.Entry<String, Double> e : evidence.values().entrySet()) {
            z += weight(e.getKey()) * e.getValue();
        }
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
