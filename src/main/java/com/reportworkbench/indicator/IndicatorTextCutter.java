package com.reportworkbench.indicator;

import com.reportworkbench.text.AssetLines;
import com.reportworkbench.text.JiebaHolder;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cuts the name of the measured thing out of the clause before a number ("全年争取转移支付资金" →
 * "争取转移支付资金"): the verbs, connectors and time words of assets/indicator_text_stopwords.txt are
 * dropped from both ends, longest first. A word is only dropped where it is a word of its own: when a
 * word of jieba's dictionary runs across the cut (近岸海域 starts with 近, 超额 with 超), jieba's own
 * choice (most probable path of dictionary words, on a few characters around the cut) decides. This
 * reads jieba's loaded dictionary only; it never runs the segmenter on the clause, whose DAG and HMM
 * per clause cost more than the whole rest of the extraction. Results are cached (clauses repeat across a
 * corpus); {@link #clearCache} forgets them. Thread-safe.
 */
final class IndicatorTextCutter {
    /** Longer clauses keep their tail: the name sits next to the number. */
    static final int MAX_CLAUSE = 18;
    private static final int CACHE_LIMIT = 50_000;
    /** Longest dictionary word looked for across a cut. */
    private static final int MAX_CROSSING = 4;
    /** Longest name read after a number ("新建12所学校"). */
    private static final int MAX_NOUN_AFTER = 10;
    /** Characters either side of a cut that the probability check looks at. */
    private static final int WINDOW = 6;

    private final Set<String> stopwords = Set.copyOf(AssetLines.read("indicator_text_stopwords.txt").stream()
            .map(String::strip).toList());
    private final Set<String> leadVerbs = Set.copyOf(AssetLines.read("indicator_text_lead_verbs.txt").stream()
            .map(String::strip).toList());
    private final Map<String, String> cache = new ConcurrentHashMap<>();
    private final WordSet stopwordSet = new WordSet(stopwords);
    private final WordSet leadVerbSet = new WordSet(leadVerbs);
    private final Dictionary dictionary;

    /** Words and their log probabilities, as jieba's WordDictionary has them. */
    interface Dictionary {
        boolean contains(String word);

        /** False when no word of the dictionary holds the two characters side by side (a cheap pre-check). */
        default boolean mayHoldPair(char first, char second) {
            return true;
        }

        /** log probability of a word; for an unknown one the dictionary's minimum. */
        double logFreq(String word);
    }

    IndicatorTextCutter() {
        this(new Dictionary() {
            @Override
            public boolean contains(String word) {
                return JiebaHolder.dictionary().containsWord(word);
            }

            @Override
            public double logFreq(String word) {
                return JiebaHolder.dictionary().getFreq(word);
            }

            @Override
            public boolean mayHoldPair(char first, char second) {
                return PairFilter.PAIRS.get(PairFilter.slot(first, second));
            }
        });
    }

    /**
     * The character pairs of jieba's dictionary words (2..4 characters), hashed into 4 M bits (512 KB; built
     * once, in some 50 ms, with the dictionary loaded): most cuts hold no such pair and need no look-up.
     */
    private static final class PairFilter {
        private static final int BITS = 1 << 22;
        static final java.util.BitSet PAIRS = build();

        static int slot(char first, char second) {
            int h = first * 0x9E3779B1 ^ second * 0x85EBCA6B;
            return (h ^ (h >>> 15)) & (BITS - 1);
        }

        private static java.util.BitSet build() {
            java.util.BitSet bits = new java.util.BitSet(BITS);
            for (String w : JiebaHolder.dictionary().freqs.keySet()) {
                if (w.length() >= 2 && w.length() <= MAX_CROSSING) {
                    for (int i = 0; i + 1 < w.length(); i++) {
                        bits.set(slot(w.charAt(i), w.charAt(i + 1)));
                    }
                }
            }
            return bits;
        }
    }

    /** Whether c[from, to) is a stopword: the first character is looked at before any string is built. */
    private boolean isStopword(String c, int from, int to) {
        return stopwordSet.isWord(c, from, to);
    }

    /** With another dictionary in place of jieba's (tests). */
    IndicatorTextCutter(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    void clearCache() {
        cache.clear();
    }

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
        String result = stripLeadVerbs(stripKnownWords(c));
        if (cache.size() < CACHE_LIMIT) {
            cache.put(c, result);
        }
        return result;
    }

    /**
     * Cuts the verbs that open a name (新建学校 → 学校, 新开通高铁线路 → 高铁线路, assets/indicator_text_lead_verbs.txt),
     * but never the whole name and never across a dictionary word (建设用地). A name of verbs only becomes "".
     */
    String stripLeadVerbs(String c) {
        int a = 0;
        boolean cut = true;
        while (cut && a < c.length()) {
            cut = false;
            while (a > 0 && a < c.length() && (isPunctuation(c.charAt(a)) || "和及".indexOf(c.charAt(a)) >= 0)) {
                a++; // 新建、改造高标准农田: a list of verbs
            }
            if (a >= c.length()) {
                break;
            }
            int end = leadVerbEnd(c, a);
            if (end < 0 && c.charAt(a) == '新') {
                end = leadVerbEnd(c, a + 1); // 新建成, 新开通, 新培育
            }
            if (end > a && !wordAcross(c, a, end, c.length())) {
                a = end;
                cut = true;
            }
        }
        if (a == 0) {
            return c;
        }
        String rest = stripKnownWords(c.substring(a));
        return rest.isEmpty() || isEmptyOfContent(rest) ? "" : rest;
    }

    /** End of the longest lead verb at {@code from}, or -1. */
    private int leadVerbEnd(String c, int from) {
        int len = leadVerbSet.longestAt(c, from, c.length());
        return len == 0 ? -1 : from + len;
    }

    /**
     * "新建12所学校": the thing counted named after the number, up to the next clause break, list separator or
     * 的 (at most a few characters), stopwords trimmed; "" when none stands there.
     */
    String nounAfter(String text, int figureEnd) {
        int end = figureEnd;
        int limit = Math.min(text.length(), figureEnd + MAX_NOUN_AFTER);
        while (end < limit) {
            char ch = text.charAt(end);
            if (isPunctuation(ch) || Character.isWhitespace(ch) || Character.isDigit(ch) || "和及与的".indexOf(ch) >= 0) {
                break;
            }
            // the name ends where a verb of the clause after it begins ("3000个小区设置智能回收机")
            if (end > figureEnd + 1 && leadVerbEnd(text, end) > 0 && !wordAcross(text, figureEnd, end, limit)) {
                break;
            }
            end++;
        }
        String noun = stripLeadVerbs(stripKnownWords(text.substring(figureEnd, end)));
        return isEmptyOfContent(noun) ? "" : noun;
    }

    /** True when nothing but connectors and verbs stands in the clause ("，同比增长"). */
    boolean isEmptyOfContent(String clause) {
        String c = trimPunctuation(clause);
        if (c.isEmpty()) {
            return true;
        }
        // strip known words greedily from the left, no segmentation needed
        int i = 0;
        outer:
        while (i < c.length()) {
            int len = stopwordSet.longestAt(c, i, c.length());
            if (len > 0) {
                i += len;
                continue outer;
            }
            if (isPunctuation(c.charAt(i))) {
                i++;
                continue;
            }
            int year = yearEnd(c, i);
            if (year > i) {
                i = year; // "增长到2025年的4.93万亿元": a year names when, not what
                continue;
            }
            int span = durationEnd(c, i);
            if (span > i) {
                i = span; // "比一九七八年前的二十六年平均每年增加": a span of years names how long, not what
                continue;
            }
            return false;
        }
        return true;
    }

    /** End of a year such as "2025年" or "一九八○年" starting at i, or i when there is none. */
    private static int yearEnd(String c, int i) {
        int j = i;
        while (j < c.length() && j - i < 4 && isYearDigit(c.charAt(j))) {
            j++;
        }
        return j - i == 4 && j < c.length() && c.charAt(j) == '年' ? j + 1 : i;
    }

    /** End of a span of years such as "二十六年" or "5年间" starting at i, or i when there is none. */
    private static int durationEnd(String c, int i) {
        int j = i;
        while (j < c.length() && j - i < 3 && (Character.isDigit(c.charAt(j)) || "零一二三四五六七八九十两几".indexOf(c.charAt(j)) >= 0)) {
            j++;
        }
        if (j == i || j >= c.length() || c.charAt(j) != '年') {
            return i;
        }
        j++;
        return j < c.length() && "间来内中".indexOf(c.charAt(j)) >= 0 ? j + 1 : j;
    }

    private static boolean isYearDigit(char ch) {
        return Character.isDigit(ch) || "〇○零一二三四五六七八九".indexOf(ch) >= 0;
    }

    /** Start of a year "1980年" (and a comparison word 比/较 before it) ending the clause at b, or b. */
    private static int trailingYearStart(String c, int a, int b) {
        if (b - a < 5 || c.charAt(b - 1) != '年' || yearEnd(c, b - 5) != b) {
            return b;
        }
        int start = b - 5;
        if (start > a && "比较从由".indexOf(c.charAt(start - 1)) >= 0) {
            start--;
        }
        return start;
    }

    /** Drops stopwords from both ends (longest first), but never one that a dictionary word runs across. */
    String stripKnownWords(String c) {
        int a = 0;
        int b = c.length();
        boolean changed = true;
        while (changed && a < b) {
            changed = false;
            for (int len = stopwordSet.longestAt(c, a, b); len >= 1; len--) {
                if (isStopword(c, a, a + len) && !wordAcross(c, a, a + len, b)) {
                    a += len;
                    changed = true;
                    break;
                }
            }
            for (int len : stopwordSet.endingAt(c, a, b)) {
                if (!changed && !wordAcross(c, a, b - len, b)) {
                    b -= len;
                    changed = true;
                }
            }
            while (a < b && (isPunctuation(c.charAt(a)) || Character.isWhitespace(c.charAt(a)))) {
                a++;
                changed = true;
            }
            // a year names when, not what: "1979年农业总产值", "农业总产值比1978年"
            int yearEnd = yearEnd(c, a);
            if (yearEnd > a && yearEnd < b) {
                a = yearEnd;
                changed = true;
            }
            int yearStart = trailingYearStart(c, a, b);
            if (yearStart < b && yearStart > a) {
                b = yearStart;
                changed = true;
            }
            while (b > a && (isPunctuation(c.charAt(b - 1)) || Character.isWhitespace(c.charAt(b - 1)))) {
                b--;
                changed = true;
            }
        }
        return c.substring(a, b);
    }

    /**
     * Whether cutting at {@code cut} would split a word: a dictionary word of 2..4 characters inside
     * [from, to) holds both c[cut-1] and c[cut] (近|岸海域, 完成|人工) and the most probable segmentation of
     * the characters around the cut has no boundary there (近岸|海域 yes, 完成|人工 no).
     */
    private boolean wordAcross(String c, int from, int cut, int to) {
        if (cut <= from || cut >= to || !dictionary.mayHoldPair(c.charAt(cut - 1), c.charAt(cut))) {
            return false;
        }
        boolean crossing = false;
        for (int s = Math.max(from, cut - MAX_CROSSING + 1); s < cut && !crossing; s++) {
            for (int e = cut + 1; e <= Math.min(to, s + MAX_CROSSING); e++) {
                if (dictionary.contains(c.substring(s, e))) {
                    crossing = true;
                    break;
                }
            }
        }
        if (!crossing) {
            return false; // nearly every cut: no look-up of probabilities at all
        }
        int winFrom = Math.max(from, cut - WINDOW);
        int winTo = Math.min(to, cut + WINDOW);
        return !bestPathBreaksAt(c, winFrom, winTo, cut);
    }

    /** jieba's route without HMM: the most probable split of c[from, to) into dictionary words and single characters. */
    private boolean bestPathBreaksAt(String c, int from, int to, int cut) {
        int n = to - from;
        double[] best = new double[n + 1];
        int[] next = new int[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            best[i] = Double.NEGATIVE_INFINITY;
            for (int len = 1; len <= MAX_CROSSING && i + len <= n; len++) {
                String w = c.substring(from + i, from + i + len);
                if (len > 1 && !dictionary.contains(w)) {
                    continue;
                }
                double score = dictionary.logFreq(w) + best[i + len];
                if (score > best[i]) {
                    best[i] = score;
                    next[i] = i + len;
                }
            }
        }
        for (int i = 0; i < n; i = next[i]) {
            if (from + i == cut) {
                return true;
            }
            if (from + i > cut) {
                return false;
            }
        }
        return false;
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
