package com.reportworkbench.extract;

import java.math.BigDecimal;

/**
 * A number with its unit as found by {@link QuantityScanner}, before the rules that decide whether it
 * is a figure.
 *
 * @param innerAtLeast 余/多 between number and unit (440余处): the qualifier is at_least
 * @param chinese written in Chinese numerals (百亿元, 七成)
 * @param bare no digits at all, only a multiplier: 近亿元, 超亿元 (value 1)
 * @param singleChineseDigit a lone 一..九/两 before the unit (七成, 两个)
 */
record RawQuantity(
        int start,
        int end,
        BigDecimal value,
        BigDecimal valueHigh,
        String unit,
        BigDecimal baseValue,
        boolean innerAtLeast,
        boolean chinese,
        boolean bare,
        boolean singleChineseDigit,
        boolean unitAllowsSingleDigit) {
}
