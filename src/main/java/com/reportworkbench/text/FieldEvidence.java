package com.reportworkbench.text;

/**
 * Why a metadata field has its value.
 *
 * @param cue the kind of cue it came from
 * @param quote the text the cue matched (short), or null
 * @param confidence how sure the value is
 * @param conflict a cue that said otherwise ("review heading: 一、2022年工作回顾 → 2023"), or null
 */
public record FieldEvidence(MetadataCue cue, String quote, Confidence confidence, String conflict) {
    public static final int MAX_QUOTE = 120;

    public FieldEvidence {
        quote = clip(quote);
        conflict = clip(conflict);
    }

    public FieldEvidence(MetadataCue cue, String quote, Confidence confidence) {
        this(cue, quote, confidence, null);
    }

    /** The value an analyst set: sure by definition. */
    public static FieldEvidence byAnalyst(MetadataCue cue) {
        return new FieldEvidence(cue, null, Confidence.SURE, null);
    }

    private static String clip(String s) {
        if (s == null) {
            return null;
        }
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > MAX_QUOTE ? one.substring(0, MAX_QUOTE - 1) + "…" : one;
    }
}
