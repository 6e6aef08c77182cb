package com.reportworkbench.indicator;

import com.huaban.analysis.jieba.JiebaSegmenter;
import com.huaban.analysis.jieba.SegToken;
import com.reportworkbench.text.AssetLines;
import com.reportworkbench.text.JiebaHolder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cuts the name of the measured thing out of the clause before a number ("全年争取转移支付资金" →
 * "争取转移支付资金"): jieba segments that short clause only, never the document, and the verbs,
 * connectors and time words of assets/indicator_text_stopwords.txt are dropped from both ends.
 * Results are cached: clauses repeat across a corpus. Thread-safe.
 */
final class IndicatorTextCutter {
    /** Longer clauses keep their tail: the name sits next to the number. */
    static final int MAX_CLAUSE = 18;
    private static final int CACHE_LIMIT = 50_000;
    private static final int SHORT_NAME = 8;

    private final Set<String> stopwords = Set.copyOf(AssetLines.read("indicator_text_stopwords.txt").stream()
            .map(String::strip).toList());
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    String cut(String clause) {
        String c = trimPunctuation(clause);
        if (c.length() > MAX_CLAUSE) {
            c = c.substring(c.length() - MAX_CLAUSE);
        }
        if (c.isEmpty()) {
            return "";
        }
        String cached = cache.get(c);
        if (cached != null) {
            return cached;
        }
        String trimmed = stripKnownWords(c);
        // short names need no segmentation: jieba only sees the clauses where it earns its cost
        String result = trimmed.length() <= SHORT_NAME ? trimmed : segmentAndTrim(c);
        if (cache.size() < CACHE_LIMIT) {
            cache.put(c, result);
        }
        return result;
    }

    /** True when nothing but connectors and verbs stands in the clause ("，同比增长"). */
    boolean isEmptyOfContent(String clause) {
        String c = trimPunctuation(clause);
        if (c.isEmpty()) {
            return true;
        }
        // cheap check first: strip known words greedily from the left, no segmentation needed
        int i = 0;
        outer:
        while (i < c.length()) {
            for (int len = Math.min(4, c.length() - i); len >= 1; len--) {
                if (stopwords.contains(c.substring(i, i + len))) {
                    i += len;
                    continue outer;
                }
            }
            if (isPunctuation(c.charAt(i))) {
                i++;
                continue;
            }
            return false;
        }
        return true;
    }

    /** Drops stopwords from both ends by plain lookup (longest first, up to 4 characters). */
    private String stripKnownWords(String c) {
        int a = 0;
        int b = c.length();
        boolean changed = true;
        while (changed && a < b) {
            changed = false;
            for (int len = Math.min(4, b - a); len >= 1; len--) {
                if (stopwords.contains(c.substring(a, a + len))) {
                    a += len;
                    changed = true;
                    break;
                }
            }
            for (int len = Math.min(4, b - a); len >= 1 && !changed; len--) {
                if (stopwords.contains(c.substring(b - len, b))) {
                    b -= len;
                    changed = true;
                }
            }
        }
        return trimPunctuation(c.substring(a, b));
    }

    private String segmentAndTrim(String clause) {
        List<SegToken> tokens = JiebaHolder.segmenter().process(clause, JiebaSegmenter.SegMode.SEARCH);
        int from = 0;
        int to = tokens.size();
        while (from < to && isDroppable(clause, tokens.get(from))) {
            from++;
        }
        while (to > from && isDroppable(clause, tokens.get(to - 1))) {
            to--;
        }
        if (from >= to) {
            return "";
        }
        // offsets, not SegToken.word: jieba normalises the word (full-width, case)
        return clause.substring(tokens.get(from).startOffset, tokens.get(to - 1).endOffset);
    }

    private boolean isDroppable(String clause, SegToken t) {
        String word = clause.substring(t.startOffset, t.endOffset);
        return stopwords.contains(word) || word.chars().allMatch(ch -> isPunctuation((char) ch) || Character.isWhitespace(ch));
    }

    static String trimPunctuation(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && (isPunctuation(s.charAt(a)) || Character.isWhitespace(s.charAt(a)))) {
            a++;
        }
        while (b > a && (isPunctuation(s.charAt(b - 1)) || Character.isWhitespace(s.charAt(b - 1)))) {
            b--;
        }
        return s.substring(a, b);
    }

    static boolean isPunctuation(char c) {
        return "，,。；;：:、！!？?（）()“”\"'‘’《》【】—-…·".indexOf(c) >= 0;
    }
}
