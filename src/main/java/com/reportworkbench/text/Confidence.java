package com.reportworkbench.text;

import java.util.Locale;
import java.util.Optional;

/**
 * How sure a detected metadata field is. SURE: the text states it (a title, a dated byline, a dated
 * heading). LIKELY: the text implies it (今年是建国三十五周年, a plan sentence, the congress session).
 * DOUBTFUL: a weak cue alone (the file name) or cues that contradict each other; the document list marks
 * such documents for the analyst.
 */
public enum Confidence {
    SURE, LIKELY, DOUBTFUL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** One step less sure (DOUBTFUL stays DOUBTFUL). */
    public Confidence lower() {
        return this == SURE ? LIKELY : DOUBTFUL;
    }

    public static Optional<Confidence> fromId(String id) {
        return EnumIds.find(values(), Confidence::id, id);
    }
}
