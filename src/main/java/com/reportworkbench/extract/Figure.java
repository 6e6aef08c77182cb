package com.reportworkbench.extract;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantity stated in a report: the fields of shared/spec/figures.md plus the sentence it sits in.
 * Offsets index the original decoded text.
 *
 * @param valueHigh upper end of a range, else null
 * @param indicator a core indicator id of indicators.tsv, or null
 * @param period a year "2024" or a span "2017-2021", or null when unknown
 */
public record Figure(
        int start,
        int end,
        String text,
        BigDecimal value,
        BigDecimal valueHigh,
        String unit,
        BigDecimal baseValue,
        Qualifier qualifier,
        Kind kind,
        boolean estimated,
        String indicator,
        String indicatorText,
        String period,
        int sentenceStart,
        int sentenceEnd) {

    public Figure {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        qualifier = qualifier == null ? Qualifier.NONE : qualifier;
        kind = kind == null ? Kind.OTHER : kind;
    }
}
