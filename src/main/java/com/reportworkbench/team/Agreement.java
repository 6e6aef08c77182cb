package com.reportworkbench.team;

import com.reportworkbench.store.CodedFigure;
import com.reportworkbench.store.FigureField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How far two coders of the same documents agree, with the scorer's matching (figures.md section 5,
 * spec/score_figures.py): figures of the same document match when their spans overlap, one to one,
 * largest overlap first. Over the figures each coder kept (not rejected):
 * <ul>
 *   <li>span F1 = 2 × matched / (kept by A + kept by B) — the scorer's F1 with either coder as gold;</li>
 *   <li>value agreement = share of matched pairs whose base value and unit family agree;</li>
 *   <li>Cohen's κ on kind and on indicator (no indicator is a category of its own) over the matched pairs:
 *       κ = (p_o − p_e) / (1 − p_e), p_e from each coder's own label frequencies; 1 when both coders
 *       used one and the same label throughout (p_e = 1, p_o = 1).</li>
 * </ul>
 * Counts are pooled over documents (micro averages), so the overall numbers are not means of per-document ones.
 */
public final class Agreement {

    /** A disagreement: figures kept by one coder only, or a matched pair that differs; ids are the figures'. */
    public record Disagreement(long documentId, Long figureA, Long figureB, String what) {}

    /** The agreement over some documents; per-document reports carry one document. */
    public record Report(int documents, int figures, int matched, double spanF1, double valueAgreement,
            double kappaKind, double kappaIndicator, List<Disagreement> disagreements) {

        /** The line of `agree` (shared/spec/cli.md). */
        public String json() {
            return String.format(java.util.Locale.ROOT,
                    "{\"documents\":%d, \"figures\":%d, \"span_f1\":%s, \"value_agreement\":%s, \"kappa_kind\":%s, "
                            + "\"kappa_indicator\":%s, \"disagreements\":%d}",
                    documents, figures, round(spanF1), round(valueAgreement), round(kappaKind), round(kappaIndicator),
                    disagreements.size());
        }

        private static String round(double d) {
            return BigDecimal.valueOf(d).setScale(4, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        }
    }

    private final List<Disagreement> disagreements = new ArrayList<>();
    private final List<String[]> kinds = new ArrayList<>();
    private final List<String[]> indicators = new ArrayList<>();
    private int documents;
    private int keptA;
    private int keptB;
    private int matched;
    private int valueOk;

    /** Adds one document as coded by A and by B (all their figures; rejected ones are left out here). */
    public Agreement add(long documentId, List<CodedFigure> codedByA, List<CodedFigure> codedByB) {
        List<CodedFigure> a = codedByA.stream().filter(CodedFigure::kept).toList();
        List<CodedFigure> b = codedByB.stream().filter(CodedFigure::kept).toList();
        documents++;
        keptA += a.size();
        keptB += b.size();
        Set<Integer> usedA = new HashSet<>();
        Set<Integer> usedB = new HashSet<>();
        for (ScorerMatching.Pair p : ScorerMatching.match(a.size(), b.size(), (i, j) -> ScorerMatching.overlap(
                a.get(i).start(), a.get(i).end(), b.get(j).start(), b.get(j).end()))) {
            usedA.add(p.a());
            usedB.add(p.b());
            CodedFigure x = a.get(p.a());
            CodedFigure y = b.get(p.b());
            matched++;
            boolean sameValue = sameValue(x, y);
            valueOk += sameValue ? 1 : 0;
            String kindA = x.value(FigureField.KIND);
            String kindB = y.value(FigureField.KIND);
            String indA = label(x.value(FigureField.INDICATOR));
            String indB = label(y.value(FigureField.INDICATOR));
            kinds.add(new String[] {kindA, kindB});
            indicators.add(new String[] {indA, indB});
            List<String> differ = new ArrayList<>();
            if (!sameValue) {
                differ.add("value");
            }
            if (!kindA.equals(kindB)) {
                differ.add("kind");
            }
            if (!indA.equals(indB)) {
                differ.add("indicator");
            }
            if (!differ.isEmpty()) {
                disagreements.add(new Disagreement(documentId, x.figureId(), y.figureId(), String.join(",", differ)));
            }
        }
        for (int i = 0; i < a.size(); i++) {
            if (!usedA.contains(i)) {
                disagreements.add(new Disagreement(documentId, a.get(i).figureId(), null, "only A"));
            }
        }
        for (int j = 0; j < b.size(); j++) {
            if (!usedB.contains(j)) {
                disagreements.add(new Disagreement(documentId, null, b.get(j).figureId(), "only B"));
            }
        }
        return this;
    }

    public Report report() {
        int figures = keptA + keptB - matched;
        return new Report(documents, figures, matched, ratio(2.0 * matched, keptA + keptB), ratio(valueOk, matched),
                kappa(kinds), kappa(indicators), List.copyOf(disagreements));
    }

    private static String label(String indicator) {
        return indicator == null || indicator.isBlank() ? "(none)" : indicator;
    }

    /** Cohen's κ of two coders' labels on the same items. */
    static double kappa(List<String[]> pairs) {
        int n = pairs.size();
        if (n == 0) {
            return 0;
        }
        Map<String, Integer> countA = new HashMap<>();
        Map<String, Integer> countB = new HashMap<>();
        int agree = 0;
        for (String[] p : pairs) {
            countA.merge(p[0], 1, Integer::sum);
            countB.merge(p[1], 1, Integer::sum);
            agree += p[0].equals(p[1]) ? 1 : 0;
        }
        double po = (double) agree / n;
        double pe = 0;
        for (var e : countA.entrySet()) {
            pe += (e.getValue() / (double) n) * (countB.getOrDefault(e.getKey(), 0) / (double) n);
        }
        if (pe >= 1.0) {
            return po >= 1.0 ? 1.0 : 0.0;
        }
        return (po - pe) / (1 - pe);
    }

    private static double ratio(double a, double b) {
        return b == 0 ? 0 : a / b;
    }

    /** The scorer's same_value ({@link ScorerMatching#sameValue}); a figure without a base value agrees with none. */
    static boolean sameValue(CodedFigure g, CodedFigure p) {
        String a = g.value(FigureField.BASE_VALUE);
        String b = p.value(FigureField.BASE_VALUE);
        if (a == null || b == null) {
            return false;
        }
        return ScorerMatching.sameValue(Double.parseDouble(a), g.value(FigureField.UNIT), Double.parseDouble(b),
                p.value(FigureField.UNIT));
    }
}
