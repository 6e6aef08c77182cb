package com.reportworkbench.check;

/** An inconsistency found on a figure: a short stable code and the reason, with the values involved. */
public record CheckFlag(long figureId, String code, String reason) {
    public static final String RESTATED_DIFFERENTLY = "restated_differently";
    public static final String OUTLIER_VS_SERIES = "outlier_vs_series";
    public static final String TWO_VALUES = "two_values_same_year";
    public static final String MEASURE_MISMATCH = "measure_mismatch";
    public static final String TARGET_YEAR_PASSED = "target_year_passed";
    public static final String COPIES_DIFFER = "copies_differ";
}
