package com.reportworkbench.extract;

import com.reportworkbench.text.AssetLines;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which scanned quantities are not figures (figures.md section 1): ordinals (第N), numbers
 * glued to Latin codes (PM2.5, G219), names and slogans in quotes or book-title marks, lone Chinese
 * digits before an ordinary measure word (七个方面, 一批), a bare 亿元 without a hedge, and the word
 * patterns of assets/non_figures.tsv. Thread-safe.
 */
final class NonFigureRules {
    /** Quotes longer than this hold prose, not a name: figures inside them count. */
    private static final int MAX_NAME_QUOTE = 40;
    /** How far around a number the word patterns are looked for. */
    private static final int CONTEXT = 8;
    private static final String OPEN = "“「『‘《\"";
    private static final String CLOSE = "”」』’》\"";

    /** A pattern and the CJK characters every match of it contains: without them near the number it cannot match. */
    private record WordPattern(int index, Pattern pattern, char[] required) {
    }

    /** Patterns without a required character: tried near every number. */
    private final List<WordPattern> unconditional = new ArrayList<>();
    /** Patterns by their first required character: a character near a number points at the few worth a try. */
    private final java.util.Map<Character, List<WordPattern>> byTrigger = new java.util.HashMap<>();
    private final java.util.BitSet triggers = new java.util.BitSet(65536);

    NonFigureRules() {
        int count = 0;
        for (String line : AssetLines.read("non_figures.tsv")) {
            String regex = line.strip();
            WordPattern wp = new WordPattern(count++, Pattern.compile(regex), literalCjk(regex));
            if (wp.required.length == 0) {
                unconditional.add(wp);
            } else {
                byTrigger.computeIfAbsent(wp.required[0], k -> new ArrayList<>()).add(wp);
                triggers.set(wp.required[0]);
            }
        }
    }

    /** CJK characters written at the top level of a regex, outside [...] classes and (...) groups. */
    private static char[] literalCjk(String regex) {
        StringBuilder required = new StringBuilder();
        int classDepth = 0;
        int groupDepth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                classDepth++;
            } else if (c == ']') {
                classDepth--;
            } else if (classDepth == 0 && c == '(') {
                groupDepth++;
            } else if (classDepth == 0 && c == ')') {
                groupDepth--;
            } else if (classDepth == 0 && groupDepth == 0 && c >= '\u3400') {
                boolean optional = i + 1 < regex.length() && "?*{".indexOf(regex.charAt(i + 1)) >= 0;
                if (!optional && required.indexOf(String.valueOf(c)) < 0) {
                    required.append(c);
                }
            }
        }
        return required.toString().toCharArray();
    }

    /** Whether a word pattern of non_figures.tsv covers part of [start, end): checked near the number only. */
    boolean matchesPattern(String text, int start, int end) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        for (WordPattern wp : unconditional) {
            if (overlaps(wp, text, from, to, start, end)) {
                return true;
            }
        }
        // one look at each character of the window: only the patterns it triggers are checked further
        java.util.BitSet tried = null;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!triggers.get(c)) {
                continue; // no pattern starts its requirements with c
            }
            for (WordPattern wp : byTrigger.get(c)) {
                if (tried == null) {
                    tried = new java.util.BitSet();
                } else if (tried.get(wp.index)) {
                    continue;
                }
                tried.set(wp.index);
                if (containsAll(text, from, to, wp.required) && overlaps(wp, text, from, to, start, end)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean overlaps(WordPattern wp, String text, int from, int to, int start, int end) {
        Matcher m = wp.pattern.matcher(text);
        m.useTransparentBounds(true);
        m.region(from, to);
        while (m.find()) {
            if (m.start() < end && m.end() > start) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAll(String text, int from, int to, char[] chars) {
        outer:
        for (char c : chars) {
            for (int i = from; i < to; i++) {
                if (text.charAt(i) == c) {
                    continue outer;
                }
            }
            return false;
        }
        return true;
    }

    /**
     * Whether {@code pos} lies inside a short quotation or book title (a name or slogan: "15分钟生活圈",
     * 《…方案》): an opening mark before it and its closing mark after it, with no sentence end between.
     */
    static boolean insideQuote(String text, int pos) {
        int limit = Math.max(0, pos - MAX_NAME_QUOTE);
        for (int i = pos - 1; i >= limit; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '。') {
                return false;
            }
            if (!isQuoteMark(c)) {
                continue;
            }
            int kind = OPEN.indexOf(c);
            if (kind >= 0) {
                char close = CLOSE.charAt(kind);
                int stop = Math.min(text.length(), i + 1 + MAX_NAME_QUOTE);
                for (int j = pos; j < stop; j++) {
                    char d = text.charAt(j);
                    if (d == close) {
                        return true;
                    }
                    if (d == '\n' || d == '。' || OPEN.indexOf(d) >= 0 && d != '"') {
                        return false;
                    }
                }
                return false;
            }
            if (CLOSE.indexOf(c) >= 0 && c != '"') {
                return false; // the last quotation closed before the number
            }
        }
        return false;
    }

    /** “ ” ‘ ’ 「 」 『 』 《 》 and ": two range checks instead of a string search per character. */
    private static boolean isQuoteMark(char c) {
        return c == '"' || (c >= '\u2018' && c <= '\u201D') || (c >= '\u300A' && c <= '\u300F');
    }

    /** Whether the context or the quantity's own form says it is not a figure. */
    boolean rejects(String text, RawQuantity q, Qualifier qualifier) {
        if (insideQuote(text, q.start()) || matchesPattern(text, q.start(), q.end())) {
            return true;
        }
        if (q.start() > 0) {
            char before = text.charAt(q.start() - 1);
            if (before == '第' || QuantityScanner.isLatin(before) || before == '.' || before == '．') {
                return true; // 第3位, PM2.5, G219, a number cut after its decimal point
            }
            if (before == '每' || before == '/') {
                return true; // 每千人口拥有…, 0.6人/百亿元: the denominator of a rate, not a quantity of its own
            }
            if (q.chinese() && ChineseNumerals.isNumeralChar(before)) {
                return true;
            }
        }
        if (q.chinese() && q.singleChineseDigit() && !q.unitAllowsSingleDigit()
                && !q.unit().startsWith("万") && !q.unit().startsWith("亿")) {
            return true; // 七个方面, 一批, 两次: Chinese-digit counts are optional at most
        }
        return q.bare() && qualifier == Qualifier.NONE; // 亿元 alone is only a figure as 近亿元 / 超亿元 / 亿元以上
    }

}
