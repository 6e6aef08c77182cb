package com.reportworkbench.extract;

import java.math.BigDecimal;
import java.util.OptionalLong;

/** Reads Chinese numerals as written in reports: 一百二十, 两, 十五, 三千五百, 十二万五千, 百 (= 100). */
final class ChineseNumerals {
    static final String CHARS = "零〇一二两三四五六七八九十百千万亿";

    private ChineseNumerals() {
    }

    private static final java.util.BitSet NUMERAL_CHARS = new java.util.BitSet(65536);

    static {
        CHARS.chars().forEach(NUMERAL_CHARS::set);
    }

    static boolean isNumeralChar(char c) {
        return NUMERAL_CHARS.get(c);
    }

    static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    /** True for a lone digit 一..九/两 (no 十百千): "七个方面" must not become a figure, "七成" may. */
    static boolean isSingleDigit(String s) {
        return s.length() == 1 && digit(s.charAt(0)) > 0;
    }

    /**
     * The value of a numeral, or empty when the characters do not form one number: two digits in a row
     * (十四五, 二〇二三: a plan's name or a year), or nothing to read.
     */
    static OptionalLong parse(String s) {
        if (s.isEmpty()) {
            return OptionalLong.empty();
        }
        long total = 0;
        long section = 0;
        long number = 0;
        boolean lastWasDigit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (c == '零' || c == '〇') {
                if (lastWasDigit) {
                    return OptionalLong.empty();
                }
                lastWasDigit = false;
                number = 0;
            } else if (d > 0) {
                if (lastWasDigit) {
                    return OptionalLong.empty();
                }
                number = d;
                lastWasDigit = true;
            } else {
                lastWasDigit = false;
                switch (c) {
                    case '十' -> section += (number == 0 ? 1 : number) * 10;
                    case '百' -> section += (number == 0 ? 1 : number) * 100;
                    case '千' -> section += (number == 0 ? 1 : number) * 1000;
                    case '万' -> {
                        section += number;
                        total += (section == 0 ? 1 : section) * 10_000L;
                        section = 0;
                    }
                    case '亿' -> {
                        section += number;
                        total = (total + (section == 0 ? 1 : section)) * 100_000_000L;
                        section = 0;
                    }
                    default -> {
                        return OptionalLong.empty();
                    }
                }
                number = 0;
            }
        }
        return OptionalLong.of(total + section + number);
    }

    /** The value of a numeral that may hold a decimal part after 点: 十二点三 = 12.3, 三点零五 = 3.05. */
    static BigDecimal parseDecimal(String s) {
        int point = s.indexOf(POINT);
        if (point < 0) {
            OptionalLong v = parse(s);
            return v.isPresent() ? BigDecimal.valueOf(v.getAsLong()) : null;
        }
        OptionalLong whole = parse(s.substring(0, point));
        int fractionDigits = s.length() - point - 1;
        if (whole.isEmpty() || fractionDigits == 0) {
            return null;
        }
        long fraction = 0;
        for (int i = point + 1; i < s.length(); i++) {
            int d = digit(s.charAt(i));
            if (d < 0) {
                return null;
            }
            fraction = fraction * 10 + d;
        }
        return BigDecimal.valueOf(whole.getAsLong()).add(BigDecimal.valueOf(fraction, fractionDigits));
    }

    /**
     * The value counted in the unit's multiplier when the numeral holds a higher order than that multiplier:
     * in 三亿零五百多万吨 the unit 万吨 applies to 五百 only, and the whole is 3亿 + 500万 = 30500 万吨, not
     * 300000500 万吨. Returns {@code value} unchanged when the orders do not overlap (一千二百万吨 = 1200 万吨).
     */
    static BigDecimal inUnitOf(String valuePart, String unit, BigDecimal value) {
        if (!unit.startsWith("万") || unit.startsWith("万亿") || valuePart.indexOf('亿') < 0
                || valuePart.indexOf(POINT) >= 0) {
            return value;
        }
        OptionalLong whole = parse(valuePart + "万");
        return whole.isPresent() ? BigDecimal.valueOf(whole.getAsLong()).divide(BigDecimal.valueOf(10_000L)) : value;
    }

    /** The decimal point of numerals written in words. */
    static final char POINT = '点';

    /** End of the decimal part "点三" / "点零五" at {@code at}, or {@code at} when none stands there. */
    static int decimalPartEnd(String text, int at) {
        if (at + 1 >= text.length() || text.charAt(at) != POINT || digit(text.charAt(at + 1)) < 0) {
            return at;
        }
        int end = at + 1;
        while (end < text.length() && digit(text.charAt(end)) >= 0) {
            end++;
        }
        return end;
    }
}
