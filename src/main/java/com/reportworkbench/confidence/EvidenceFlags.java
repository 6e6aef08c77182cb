package com.reportworkbench.confidence;

import java.util.ArrayList;
import java.util.List;

/**
 * The reasons an analyst reads next to a doubtful figure, from its evidence. Codes are short and stable
 * (figures.md section 3): the UI translates them, scripts match them.
 */
public final class EvidenceFlags {
    public static final String INDICATOR_GUESS = "indicator_guess";
    public static final String INDICATOR_FAR = "indicator_far";
    public static final String KIND_CONFLICT = "kind_conflict";
    public static final String SECTION_DISAGREES = "section_disagrees";
    public static final String UNIT_RARE = "unit_rare";
    public static final String BARE_NUMBER = "bare_number";
    public static final String DEBRIS_NEAR = "debris_near";
    public static final String UNNAMED_RATE = "unnamed_rate";

    /** A phrase more than ~15 characters before its number. */
    private static final double FAR = Math.log1p(15) / Math.log(40);
    /** A unit seen for under ~2% of the indicator's figures. */
    private static final double RARE = -Math.log(0.02) / 5.0;

    private EvidenceFlags() {
    }

    public static List<String> of(Evidence e) {
        List<String> flags = new ArrayList<>();
        if (e.has("ind_guess") || (e.has("ind_core") && e.has("ind_outside"))) {
            flags.add(INDICATOR_GUESS);
        }
        if (e.get("ind_far") >= FAR) {
            flags.add(INDICATOR_FAR);
        }
        if (e.has("cue_conflict") || e.has("kind_vs_cue")) {
            flags.add(KIND_CONFLICT);
        }
        if (e.has("kind_vs_section")) {
            flags.add(SECTION_DISAGREES);
        }
        if (e.has("ind_core") && e.get("unit_rare") >= RARE) { // rarity means something for a named indicator
            flags.add(UNIT_RARE);
        }
        if (e.has("bare_number")) {
            flags.add(BARE_NUMBER);
        }
        if (e.has("debris_near") || e.has("line_break_near") || e.has("boilerplate_near")) {
            flags.add(DEBRIS_NEAR);
        }
        if (e.has("unnamed_rate")) {
            flags.add(UNNAMED_RATE);
        }
        return flags;
    }
}
