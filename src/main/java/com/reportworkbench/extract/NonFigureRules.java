package com.reportworkbench.extract;

import com.reportworkbench.text.AssetLines;
import java.util.ArrayList;
import java.util.BitSet;
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
    private static final String OPEN = "“「『‘《\"";
    private static final String CLOSE = "”」』’》\"";

    private final Pattern patterns;

    NonFigureRules() {
        List<String> lines = AssetLines.read("non_figures.tsv");
        List<String> alternatives = new ArrayList<>();
        for (String line : lines) {
            alternatives.add("(?:" + line.strip() + ")");
        }
        this.patterns = Pattern.compile(String.join("|", alternatives));
    }

    /** Character positions covered by a word pattern of non_figures.tsv. */
    BitSet patternMask(String text) {
        BitSet mask = new BitSet(text.length());
        Matcher m = patterns.matcher(text);
        while (m.find()) {
            if (m.end() > m.start()) {
                mask.set(m.start(), m.end());
            }
        }
        return mask;
    }

    /** Positions inside short quotations and book titles (names, slogans: "15分钟生活圈", 《…方案》). */
    static BitSet quoteMask(String text) {
        BitSet mask = new BitSet(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            int kind = OPEN.indexOf(text.charAt(i));
            if (kind < 0) {
                continue;
            }
            char close = CLOSE.charAt(kind);
            int limit = Math.min(n, i + 1 + MAX_NAME_QUOTE);
            for (int j = i + 1; j < limit; j++) {
                char c = text.charAt(j);
                if (c == close) {
                    mask.set(i + 1, j);
                    if (close == '"') {
                        i = j; // an ASCII quote closes its own pair
                    }
                    break;
                }
                if (c == '\n' || c == '。') {
                    break;
                }
            }
        }
        return mask;
    }

    /** Whether the context or the quantity's own form says it is not a figure. */
    boolean rejects(String text, RawQuantity q, Qualifier qualifier, BitSet patternMask, BitSet quoteMask) {
        if (quoteMask.get(q.start()) || overlaps(patternMask, q.start(), q.end())) {
            return true;
        }
        if (q.start() > 0) {
            char before = text.charAt(q.start() - 1);
            if (before == '第' || QuantityScanner.isLatin(before) || before == '.' || before == '．') {
                return true; // 第3位, PM2.5, G219, a number cut after its decimal point
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

    private static boolean overlaps(BitSet mask, int start, int end) {
        int next = mask.nextSetBit(start);
        return next >= 0 && next < end;
    }
}
