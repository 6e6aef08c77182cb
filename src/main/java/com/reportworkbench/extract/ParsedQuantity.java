package com.reportworkbench.extract;

import java.math.BigDecimal;

/**
 * A quantity read from a piece of text an analyst selected ("约3.5亿元").
 *
 * @param start offset of the span (number + unit) inside the selected text
 * @param end end of the span inside the selected text
 * @param text the span itself ("3.5亿元": the qualifier 约 is outside)
 * @param valueHigh the upper end of a range, else null
 */
public record ParsedQuantity(int start, int end, String text, BigDecimal value, BigDecimal valueHigh, String unit,
        BigDecimal baseValue, Qualifier qualifier) {
}
