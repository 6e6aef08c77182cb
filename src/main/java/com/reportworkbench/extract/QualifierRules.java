package com.reportworkbench.extract;

import com.reportworkbench.text.AssetLines;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The hedging words of assets/qualifiers.tsv: 约/近 → approx, 以上/超过 → at_least, 以内/不超过 → at_most. */
final class QualifierRules {
    private record Word(String word, Qualifier qualifier) {
    }

    private final List<Word> before = new ArrayList<>();
    private final List<Word> after = new ArrayList<>();
    /** Last characters of the words before a number, first characters of those after: most numbers have none. */
    private final java.util.BitSet beforeEnds = new java.util.BitSet(65536);
    private final java.util.BitSet afterStarts = new java.util.BitSet(65536);

    QualifierRules() {
        for (String[] cols : AssetLines.readColumns("qualifiers.tsv")) {
            Word w = new Word(cols[0], Qualifier.fromId(cols[2]));
            switch (cols[1]) {
                case "before" -> before.add(w);
                case "after" -> after.add(w);
                case "inside" -> { } // read by the scanner: 余/多 are part of the span
                default -> throw new IllegalStateException("qualifiers.tsv: unknown position " + cols[1]);
            }
        }
        // longest first: 不超过 must win over 超过, 接近 over 近
        Comparator<Word> longestFirst = Comparator.comparingInt((Word w) -> w.word.length()).reversed();
        before.sort(longestFirst);
        after.sort(longestFirst);
        before.forEach(w -> beforeEnds.set(w.word.charAt(w.word.length() - 1)));
        after.forEach(w -> afterStarts.set(w.word.charAt(0)));
    }

    /** The qualifier written around the span [start, end); inner 余/多 count as at_least. */
    Qualifier around(String text, int start, int end, boolean innerAtLeast) {
        Qualifier q = before(text, start);
        if (q == Qualifier.NONE) {
            q = after(text, end);
        }
        if (q == Qualifier.NONE && innerAtLeast) {
            q = Qualifier.AT_LEAST;
        }
        return q;
    }

    Qualifier before(String text, int start) {
        if (start == 0 || !beforeEnds.get(text.charAt(start - 1))) {
            return Qualifier.NONE;
        }
        for (Word w : before) {
            int from = start - w.word.length();
            if (from >= 0 && text.startsWith(w.word, from)) {
                return w.qualifier;
            }
        }
        return Qualifier.NONE;
    }

    Qualifier after(String text, int end) {
        if (end >= text.length() || !afterStarts.get(text.charAt(end))) {
            return Qualifier.NONE;
        }
        for (Word w : after) {
            if (text.startsWith(w.word, end)) {
                return w.qualifier;
            }
        }
        return Qualifier.NONE;
    }
}
