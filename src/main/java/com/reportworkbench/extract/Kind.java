package com.reportworkbench.extract;

import java.util.Locale;

/** Whether a figure states a goal, a result, or neither (figures.md section 4). */
public enum Kind {
    TARGET, ACHIEVEMENT, OTHER;

    /** The lower-case id of the JSON contract. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Kind fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
