package com.reportworkbench.compare;

/** The outcome of one target against its achievement. */
public enum AttainmentStatus {
    MET("met"),
    MISSED("missed"),
    /** One side is missing, or the two sides are in units that cannot be compared (% against 亿元). */
    UNKNOWN("unknown");

    private final String id;

    AttainmentStatus(String id) {
        this.id = id;
    }

    /** The word of the CSV and the workbook. */
    public String id() {
        return id;
    }
}
