package com.reportworkbench.indicator;

/**
 * A core indicator of assets/indicators.tsv.
 *
 * @param usualMeasure how reports state it, e.g. "growth %, level 亿元"
 */
public record Indicator(String id, String canonicalName, String usualMeasure) {
}
