package com.reportworkbench.extract;

import java.util.Locale;

/** How a figure's value is hedged: 左右/约/近, 以上/超过/余, 以内/不超过. */
public enum Qualifier {
    NONE(""), APPROX("approx"), AT_LEAST("at_least"), AT_MOST("at_most");

    private final String id;

    Qualifier(String id) {
        this.id = id;
    }

    /** The id of the JSON contract; empty for {@link #NONE}. */
    public String id() {
        return id;
    }

    public static Qualifier fromId(String id) {
        if (id == null || id.isBlank()) {
            return NONE;
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (Qualifier q : values()) {
            if (q.id.equals(wanted)) {
                return q;
            }
        }
        throw new IllegalArgumentException("unknown qualifier: " + id);
    }
}
