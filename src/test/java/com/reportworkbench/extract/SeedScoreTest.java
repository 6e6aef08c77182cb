package com.reportworkbench.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.text.BoilerplateDetector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
            record Pair(int overlap, int g, int p) {
            }
            List<Pair> pairs = new ArrayList<>();
            for (int i = 0; i < golds.size(); i++) {
                for (int j = 0; j < preds.size(); j++) {
                    Figure g = golds.get(i).figure();
                    Figure p = preds.get(j);
                    int overlap = Math.min(g.end(), p.end()) - Math.max(g.start(), p.start());
                    if (overlap > 0) {
                        pairs.add(new Pair(overlap, i, j));
                    }
                }
            }
            // python sorts (overlap, i, j) tuples in reverse
            pairs.sort(Comparator.comparingInt(Pair::overlap).thenComparingInt(Pair::g).thenComparingInt(Pair::p).reversed());
            Set<Integer> usedG = new HashSet<>();
            Set<Integer> usedP = new HashSet<>();
            int optionalHits = 0;
            for (Pair pair : pairs) {
                if (usedG.contains(pair.g) || usedP.contains(pair.p)) {
                    continue;
                }
                usedG.add(pair.g);
                usedP.add(pair.p);
                FigureJson.DocFigure g = golds.get(pair.g);
                Figure p = preds.get(pair.p);
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
            String fg = family(g.unit());
            String fp = family(p.unit());
            if (!fg.equals(fp) && !fg.equals("*") && !fp.equals("*")) {
                return false;
            }
            double a = g.baseValue().doubleValue();
            double b = p.baseValue() == null ? Double.NaN : p.baseValue().doubleValue();
            return Math.abs(a - b) <= 1e-6 * Math.max(1.0, Math.abs(a));
        }

        static String family(String unit) {
            String u = (unit == null ? "" : unit.strip()).replace("％", "%");
            if (u.endsWith("/年")) {
                u = u.substring(0, u.length() - 2);
            }
            if (u.equals("个百分点") || u.equals("百分点")) {
                return "pp";
            }
            List<String> kilo = List.of("千瓦时", "千瓦", "千米", "千克", "千伏安", "千伏");
            while (!u.isEmpty() && "十百千万亿".indexOf(u.charAt(0)) >= 0 && !kilo.contains(u)) {
                u = u.substring(1);
            }
            return u.isEmpty() ? "*" : u;
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
