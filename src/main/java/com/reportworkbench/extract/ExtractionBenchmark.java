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
 * Boilerplate detection is done before timing; both sides get one warm-up round (for the JIT only: the
 * extractor's result caches are cleared before every timed round).
 */
public final class ExtractionBenchmark {
    private static final long WARM_UP_NANOS = 1_000_000_000L;
    private static final int MAX_WARM_UP_ROUNDS = 5;

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
        for (ExtractionInput in : inputs) { // warm-up round: jieba dictionary, caches, JIT
            figures += extractor.extract(in).size();
            jieba.process(in.text(), JiebaSegmenter.SegMode.SEARCH);
        }
        // the extractor's code is small and hot: give the JIT a few more passes (about a second) so that
        // the timed rounds measure compiled code, as jieba's long-running loops already are
        long warmUntil = System.nanoTime() + WARM_UP_NANOS;
        for (int r = 0; r < MAX_WARM_UP_ROUNDS && System.nanoTime() < warmUntil; r++) {
            extractor.clearCaches();
            for (ExtractionInput in : inputs) {
                extractor.extract(in);
            }
        }
        // honest rounds: every timed round starts with empty result caches, so nothing computed in the
        // warm-up or an earlier round is reused; only the JIT and the loaded dictionaries carry over
        long sink = 0;
        long extractNanos = 0;
        for (int r = 0; r < rounds; r++) {
            extractor.clearCaches();
            long start = System.nanoTime();
            for (ExtractionInput in : inputs) {
                sink += extractor.extract(in).size();
            }
            extractNanos += System.nanoTime() - start;
        }
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (ExtractionInput in : inputs) {
                sink += jieba.process(in.text(), JiebaSegmenter.SegMode.SEARCH).size();
            }
        }
        long jiebaNanos = System.nanoTime() - t0;
        if (sink < 0) {
            throw new IllegalStateException("unreachable: keeps the timed work alive");
        }
        double total = (double) chars * rounds;
        double extractRate = total / Math.max(1, extractNanos) * 1e9;
        double jiebaRate = total / Math.max(1, jiebaNanos) * 1e9;
        return new BenchResult(chars, extractRate, jiebaRate, extractRate / jiebaRate, figures, rounds);
    }
}
