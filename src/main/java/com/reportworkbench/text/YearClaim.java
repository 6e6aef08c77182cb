package com.reportworkbench.text;

import java.util.Set;

/**
 * What one cue says about a report's plan year.
 *
 * @param preferred the year it names
 * @param allowed the years it is compatible with: a report given in August may plan that year or the next;
 *     "今年是…" names the year the report was given, which a report of November plans after
 * @param cue where it came from
 * @param quote the text it matched
 * @param confidence how much it is worth on its own
 * @param checkOnly a check that only narrows the possible years (过去五年: a State Council report opening a
 *     new term), never the year's own source; {@code preferred} is then meaningless
 */
record YearClaim(int preferred, Set<Integer> allowed, MetadataCue cue, String quote, Confidence confidence,
        boolean checkOnly) {
    YearClaim {
        allowed = Set.copyOf(allowed);
    }

    YearClaim(int preferred, Set<Integer> allowed, MetadataCue cue, String quote, Confidence confidence) {
        this(preferred, allowed, cue, quote, confidence, false);
    }

    static YearClaim check(Set<Integer> allowed, MetadataCue cue, String quote, Confidence confidence) {
        return new YearClaim(0, allowed, cue, quote, confidence, true);
    }

    static YearClaim exact(int year, MetadataCue cue, String quote, Confidence confidence) {
        return new YearClaim(year, Set.of(year), cue, quote, confidence);
    }

    /** A year the report was given in: it plans that year, or the next when given late in the year. */
    static YearClaim givenIn(int year, MetadataCue cue, String quote, Confidence confidence) {
        return new YearClaim(year, Set.of(year, year + 1), cue, quote, confidence);
    }

    String describe() {
        return label() + ": " + quote + (checkOnly ? "" : " → " + preferred);
    }

    private String label() {
        return cue.id();
    }
}
