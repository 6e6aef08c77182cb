package com.reportworkbench.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.team.ScorerMatching;
import com.reportworkbench.text.BoilerplateDetector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The five numbers of shared/spec/score_figures.py, computed in Java over the five seeds: text →
 * BoilerplateDetector → extractor (no date, no year given) → one-to-one span matching with the gold.
 */
class SeedScoreTest {
    private static final Path SEEDS = Path.of("seeds");
    private static final Path GOLD = Path.of("src/test/resources/gold/seeds.jsonl");

    @Test
    void seedsKeepTheirExactScore() throws IOException {
        Map<String, List<FigureJson.DocFigure>> gold = new LinkedHashMap<>();
        for (String line : Files.readAllLines(GOLD, StandardCharsets.UTF_8)) {
            FigureJson.read(line).ifPresent(g -> gold.computeIfAbsent(g.doc(), d -> new ArrayList<>()).add(g));
        }
        assertThat(gold).hasSize(5);
        RuleBasedExtractor extractor = RuleBasedExtractor.create();
        BoilerplateDetector detector = new BoilerplateDetector();
        Score score = new Score();
        for (var e : gold.entrySet()) {
            String text = Files.readString(SEEDS.resolve(e.getKey()), StandardCharsets.UTF_8);
            List<Figure> pred = extractor.extract(new ExtractionInput(text, detector.detect(text), null, null));
            score.add(e.getValue(), pred);
        }
        System.out.println("seed scores: " + score + " indicators=" + score.indOk + "/" + score.indTotal);
        // the counts the extractor reaches now, exactly: any regression (or any unexplained change) fails
        assertThat(score.gold).as("non-optional gold figures").isEqualTo(240);
        assertThat(score.pred).as("predictions (optional matches left out)").isEqualTo(240);
        assertThat(score.matched).as("matched").isEqualTo(240);
        assertThat(score.valueOk).as("values right").isEqualTo(240);
        assertThat(score.kindOk).as("kinds right").isEqualTo(240);
        assertThat(score.indTotal).as("matched gold figures with an indicator").isEqualTo(INDICATOR_GOLD);
        assertThat(score.indOk).as("indicators right").isEqualTo(INDICATOR_GOLD);
    }

    /** Matched gold figures that carry a core indicator id. */
    private static final int INDICATOR_GOLD = 31;

    /** score_figures.py in Java: largest overlap first, one to one, optional gold counts neither way. */
    static final class Score {
        int gold;
        int pred;
        int matched;
        int valueOk;
        int kindOk;
        int indTotal;
        int indOk;

        void add(List<FigureJson.DocFigure> golds, List<Figure> preds) {
            int optionalHits = 0;
            for (ScorerMatching.Pair pair : ScorerMatching.match(golds.size(), preds.size(), (i, j) -> ScorerMatching.overlap(
                    golds.get(i).figure().start(), golds.get(i).figure().end(), preds.get(j).start(), preds.get(j).end()))) {
                FigureJson.DocFigure g = golds.get(pair.a());
                Figure p = preds.get(pair.b());
                if (g.optional()) {
                    optionalHits++;
                    continue;
                }
                matched++;
                valueOk += sameValue(g.figure(), p) ? 1 : 0;
                kindOk += g.figure().kind() == p.kind() ? 1 : 0;
                if (g.figure().indicator() != null) {
                    indTotal++;
                    indOk += g.figure().indicator().equals(p.indicator()) ? 1 : 0;
                }
            }
            pred += preds.size() - optionalHits;
            gold += (int) golds.stream().filter(g -> !g.optional()).count();
        }

        static boolean sameValue(Figure g, Figure p) {
            return ScorerMatching.sameValue(g.baseValue().doubleValue(), g.unit(),
                    p.baseValue() == null ? Double.NaN : p.baseValue().doubleValue(), p.unit());
        }

        static double ratio(double a, double b) {
            return b == 0 ? 0 : a / b;
        }

        double precision() {
            return ratio(matched, pred);
        }

        double recall() {
            return ratio(matched, gold);
        }

        double f1() {
            return ratio(2 * precision() * recall(), precision() + recall());
        }

        double valueAcc() {
            return ratio(valueOk, matched);
        }

        double kindAcc() {
            return ratio(kindOk, matched);
        }

        double indicatorAcc() {
            return ratio(indOk, indTotal);
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "gold=%d pred=%d matched=%d precision=%.4f recall=%.4f f1=%.4f value_acc=%.4f kind_acc=%.4f indicator_acc=%.4f",
                    gold, pred, matched, precision(), recall(), f1(), valueAcc(), kindAcc(), indicatorAcc());
        }
    }

}
