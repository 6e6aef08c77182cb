package com.reportworkbench.extract;

import com.huaban.analysis.jieba.JiebaSegmenter;
import com.reportworkbench.text.BoilerplateDetector;
import com.reportworkbench.text.JiebaHolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times the extractor against jieba's full segmentation of the same documents, in the same run: the
 * extractor should be at least 10× faster, because jieba only ever sees short clauses near numbers.
 * Boilerplate detection is done before timing; both sides get warm-up rounds (for the JIT only: the
 * extractor's result caches are cleared before every round), then timed rounds alternate between them.
 */
public final class ExtractionBenchmark {
    private static final long WARM_UP_NANOS = 1_000_000_000L;
    private static final int MIN_WARM_UP_ROUNDS = 20;
    private static final int MAX_WARM_UP_ROUNDS = 60;
    private static final int JIEBA_WARM_UP_ROUNDS = 2;

    private ExtractionBenchmark() {
    }

    /** Characters of one pass, throughput of each side, their ratio, figures found in one pass. */
    public record BenchResult(long chars, double extractCharsPerS, double jiebaCharsPerS, double ratio, long figures,
            int repeat) {
        public String toJson() {
            return String.format(Locale.ROOT,
                    "{\"chars\":%d,\"extract_chars_per_s\":%.0f,\"jieba_chars_per_s\":%.0f,\"ratio\":%.2f,"
                            + "\"figures\":%d,\"repeat\":%d}",
                    chars, extractCharsPerS, jiebaCharsPerS, ratio, figures, repeat);
        }
    }

    /** A few rounds at least (a big corpus stops after some seconds), more while they are quick. */
    private static boolean warmingUp(int roundsDone, long elapsedNanos) {
        return (roundsDone < MIN_WARM_UP_ROUNDS && elapsedNanos < 5 * WARM_UP_NANOS)
                || (roundsDone < MAX_WARM_UP_ROUNDS && elapsedNanos < 2 * WARM_UP_NANOS);
    }

    public static BenchResult run(List<String> texts, int repeat) {
        return run(RuleBasedExtractor.create(), texts, repeat);
    }

    public static BenchResult run(FigureExtractor extractor, List<String> texts, int repeat) {
        int rounds = Math.max(1, repeat);
        BoilerplateDetector detector = new BoilerplateDetector();
        List<ExtractionInput> inputs = new ArrayList<>(texts.size());
        long chars = 0;
        for (String t : texts) {
            inputs.add(new ExtractionInput(t, detector.detect(t), null, null));
            chars += t.length();
        }
        JiebaSegmenter jieba = JiebaHolder.segmenter();
        long figures = 0;
        long sink = 0;
        // warm-up, for the JIT only: jieba gets two whole rounds; the extractor's code is small and hot and
        // gets more rounds (see warmingUp), so that both sides are timed as
        // compiled code. Its result caches are cleared before each round, as before each timed one.
        long jiebaWarmUntil = System.nanoTime() + 2 * WARM_UP_NANOS;
        for (int r = 0; r < JIEBA_WARM_UP_ROUNDS && (r == 0 || System.nanoTime() < jiebaWarmUntil); r++) {
            for (ExtractionInput in : inputs) {
                sink += jieba.process(in.text(), JiebaSegmenter.SegMode.SEARCH).size();
            }
        }
        long warmStart = System.nanoTime();
        for (int r = 0; r == 0 || warmingUp(r, System.nanoTime() - warmStart); r++) {
            extractor.clearCaches();
            long found = 0;
            for (ExtractionInput in : inputs) {
                found += extractor.extract(in).size();
            }
            figures = found;
        }
        // honest rounds: every timed round starts with empty result caches, so nothing computed in the
        // warm-up or an earlier round is reused. The two sides alternate round by round, so that the load
        // of a shared machine weighs on both alike.
        long extractNanos = 0;
        long jiebaNanos = 0;
        for (int r = 0; r < rounds; r++) {
            extractor.clearCaches();
            long start = System.nanoTime();
            for (ExtractionInput in : inputs) {
                sink += extractor.extract(in).size();
            }
            extractNanos += System.nanoTime() - start;
            start = System.nanoTime();
            for (ExtractionInput in : inputs) {
                sink += jieba.process(in.text(), JiebaSegmenter.SegMode.SEARCH).size();
            }
            jiebaNanos += System.nanoTime() - start;
        }
        if (sink < 0) {
            throw new IllegalStateException("unreachable: keeps the timed work alive");
        }
        double total = (double) chars * rounds;
        double extractRate = total / Math.max(1, extractNanos) * 1e9;
        double jiebaRate = total / Math.max(1, jiebaNanos) * 1e9;
        return new BenchResult(chars, extractRate, jiebaRate, extractRate / jiebaRate, figures, rounds);
    }
}
