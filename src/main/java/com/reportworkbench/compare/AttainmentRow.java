package com.reportworkbench.compare;

import com.reportworkbench.extract.Qualifier;
import java.math.BigDecimal;

/**
 * One line of the comparison: the target a region set for an indicator and year, against the achievement
 * a later report gave for that year.
 *
 * @param target the chosen target figure, or null when none was found
 * @param actual the chosen achievement figure, or null when none was found
 * @param threshold the value the actual was held against: the target's lower end (its upper end for a
 *     ceiling indicator); null when there is no target
 * @param gap actual − threshold in the target's unit (percentage points for rates); null unless comparable
 * @param gapUnit the unit of {@code gap}: 个百分点 for % targets, otherwise the target's unit
 * @param regionCode the region's GB/T 2260 code (100000 for 全国), or null when its name does not settle it
 * @param measure how the indicator is measured when it has several measures (调查 / 登记 for the unemployment
 *     rate, {@code assets/indicator_measures.tsv}), else null
 */
public record AttainmentRow(
        String region,
        String indicator,
        String indicatorName,
        int year,
        Direction direction,
        Side target,
        Side actual,
        BigDecimal threshold,
        BigDecimal gap,
        String gapUnit,
        AttainmentStatus status,
        String regionCode,
        String measure) {

    /** Where a figure sits: enough to open its document and highlight it. */
    public record Source(long documentId, String documentName, long figureId, int start, int end) {}

    /** One side (target or achievement) of a row: the figure's current values as the analyst left them. */
    public record Side(
            BigDecimal value,
            BigDecimal valueHigh,
            String unit,
            Qualifier qualifier,
            boolean estimated,
            boolean reviewed,
            String text,
            Source source) {

        public boolean isRange() {
            return valueHigh != null;
        }

        /** "7" or, for a range, both ends "7-7.5". */
        public String valueText() {
            String low = plain(value);
            return valueHigh == null ? low : low + "-" + plain(valueHigh);
        }
    }

    /** The indicator's name with its measure: 城镇登记失业率（调查） reads 城镇失业率（调查）. */
    public String indicatorLabel() {
        return measure == null ? indicatorName : indicatorName + "（" + measure + "）";
    }

    public boolean hasTarget() {
        return target != null;
    }

    public boolean hasActual() {
        return actual != null;
    }

    /** The figure to open first: the achievement when there is one, else the target. */
    public Source primarySource() {
        return actual != null ? actual.source() : target != null ? target.source() : null;
    }

    /** A decimal without trailing zeros and without exponent ("6", "7.5", "13041000000"). */
    public static String plain(BigDecimal d) {
        if (d == null) {
            return "";
        }
        if (d.signum() == 0) {
            return "0";
        }
        return d.stripTrailingZeros().toPlainString();
    }
}
