package com.reportworkbench.compare;

/** Which way an indicator is good: more is better (the target is a floor), or the target is a ceiling. */
public enum Direction {
    /** Growth, output, jobs, revenue: met when the actual reaches the target. */
    HIGHER,
    /** Prices (cpi) and unemployment: met when the actual stays at or below the target. */
    CEILING;

    public String id() {
        return this == HIGHER ? "higher" : "ceiling";
    }
}
