package com.reportworkbench.extract;

import com.reportworkbench.unit.UnitTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every "number + unit" in a text: Arabic numbers (half- and full-width, decimals, thousands
 * separators), Chinese numerals, 余/多, multipliers, ranges. It knows nothing about context (years,
 * ordinals, quotes...): {@link FigureRules} decides which of these are figures. Thread-safe.
 */
final class QuantityScanner {
    private static final String RANGE_SEPARATORS = "-—－~～至到";
    private static final String RATE_WORDS = "年|月|日|天|小时|人|户|吨|亩|平方米|立方米|千瓦时|台|辆";
    private static final Pattern RATE = Pattern.compile("/(?:" + RATE_WORDS + ")");

    private final UnitTable units;

    QuantityScanner(UnitTable units) {
        this.units = units;
    }

    /** All quantities of {@code text}, in order, without overlaps. */
    List<RawQuantity> scan(String text) {
        // a plain character loop: a regex tried at every position of a long report costs more than
        // everything else the extractor does
        List<RawQuantity> out = new ArrayList<>();
        int n = text.length();
        char[] chars = text.toCharArray(); // one bulk copy: the skip loop then reads a plain array
        int i = 0;
        while (i < n) {
            // one bit test per character: nearly all of them start no number
            while (i < n && (STARTS[chars[i] >>> 6] & (1L << chars[i])) == 0) {
                i++;
            }
            if (i >= n) {
                break;
            }
            char c = text.charAt(i);
            int end;
            if (START_CLASS[c] == DIGIT) {
                end = arabicEnd(text, i);
            } else if (ChineseNumerals.isNumeralChar(c)) {
                end = i + 1;
                while (end < n && ChineseNumerals.isNumeralChar(text.charAt(end))) {
                    end++;
                }
                if (end < n && chars[end] == ChineseNumerals.POINT) {
                    // 十二点三, 一点二万亿: a decimal part, then the multipliers that may follow it
                    int decimalEnd = ChineseNumerals.decimalPartEnd(text, end);
                    if (decimalEnd > end) {
                        end = decimalEnd;
                        while (end < n && (chars[end] == '万' || chars[end] == '亿')) {
                            end++;
                        }
                    }
                }
            } else {
                i++;
                continue;
            }
            RawQuantity q = c == '百' && text.startsWith("百分之", i) ? readPercentWords(text, i) : readAt(text, i, end);
            if (q != null) {
                out.add(q);
                i = q.end();
            } else {
                i = end;
            }
        }
        shareListUnits(text, out);
        return out;
    }

    /**
     * "快于全国3.4个、1个百分点": in a list the last item's unit may carry a word the earlier items leave out;
     * an item read as 个 right before "、" and an item in 个百分点 takes that unit.
     */
    private void shareListUnits(String text, List<RawQuantity> found) {
        for (int k = found.size() - 2; k >= 0; k--) {
            RawQuantity q = found.get(k);
            RawQuantity next = found.get(k + 1);
            if (q.unit().equals("个") && next.unit().equals("个百分点") && q.end() < text.length()
                    && text.charAt(q.end()) == '、' && next.start() == q.end() + 1) {
                found.set(k, new RawQuantity(q.start(), q.end(), q.value(), q.valueHigh(), "个百分点",
                        units.baseValue(q.value(), "个百分点"), q.innerAtLeast(), q.chinese(), q.bare(),
                        q.singleChineseDigit(), true));
            }
        }
    }

    private static final byte DIGIT = 1;
    private static final byte NUMERAL = 2;
    /** What a character can start: 0 nothing, DIGIT an Arabic number, NUMERAL a Chinese one. */
    private static final byte[] START_CLASS = new byte[65536];
    /** The characters that start anything, as 8 KB of bits: stays in the first-level cache while the loop runs. */
    private static final long[] STARTS = new long[1024];

    static {
        for (char c = '0'; c <= '9'; c++) {
            START_CLASS[c] = DIGIT;
        }
        for (char c = '０'; c <= '９'; c++) {
            START_CLASS[c] = DIGIT;
        }
        for (char c : ChineseNumerals.CHARS.toCharArray()) {
            START_CLASS[c] = NUMERAL;
        }
        for (int c = 0; c < START_CLASS.length; c++) {
            if (START_CLASS[c] != 0) {
                STARTS[c >>> 6] |= 1L << c;
            }
        }
    }

    static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /** End of an Arabic number at {@code start}: digits, ",ddd" groups, one decimal part. */
    static int arabicEnd(String text, int start) {
        int n = text.length();
        int i = start;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        while (i + 3 < n && text.charAt(i) == ',' && isAscii3(text, i + 1) && (i + 4 >= n || !isDigit(text.charAt(i + 4)))) {
            i += 4;
        }
        if (i + 1 < n && (text.charAt(i) == '.' || text.charAt(i) == '．') && isDigit(text.charAt(i + 1))) {
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    private static boolean isAscii3(String text, int from) {
        for (int k = from; k < from + 3; k++) {
            char c = text.charAt(k);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The number matched at [start, end) with its tail, or null when no unit follows. */
    private RawQuantity readAt(String text, int start, int end) {
        boolean chinese = ChineseNumerals.isNumeralChar(text.charAt(start));
        return chinese ? readChinese(text, start, end) : readArabic(text, start, end, true);
    }

    /** 百分之三, 百分之12.5: a percentage in words; the span covers 百分之 and the number, the unit is %. */
    private RawQuantity readPercentWords(String text, int start) {
        int numStart = start + 3;
        if (numStart >= text.length()) {
            return null;
        }
        int numEnd;
        BigDecimal value;
        if (isDigit(text.charAt(numStart))) {
            numEnd = arabicEnd(text, numStart);
            value = arabicValue(text, numStart, numEnd);
        } else {
            numEnd = percentNumeralEnd(text, numStart);
            value = numEnd == numStart ? null : ChineseNumerals.parseDecimal(text.substring(numStart, numEnd));
        }
        if (value == null || value.signum() == 0) {
            return null;
        }
        // 百分之四至百分之五: one figure from the low to the high end, as 4%至5%
        if (numEnd + 4 < text.length() && RANGE_SEPARATORS.indexOf(text.charAt(numEnd)) >= 0
                && text.startsWith("百分之", numEnd + 1)) {
            RawQuantity high = readPercentWords(text, numEnd + 1);
            if (high != null && high.valueHigh() == null && high.value().compareTo(value) > 0) {
                return new RawQuantity(start, high.end(), value, high.value(), "%", value, false, false, false, false, true);
            }
        }
        // 百分之八至九: the upper end written without 百分之, then the clause goes on
        if (numEnd + 2 < text.length() && "至到".indexOf(text.charAt(numEnd)) >= 0
                && (ChineseNumerals.digit(text.charAt(numEnd + 1)) >= 0 || text.charAt(numEnd + 1) == '十')) {
            int highEnd = percentNumeralEnd(text, numEnd + 1);
            BigDecimal high = ChineseNumerals.parseDecimal(text.substring(numEnd + 1, highEnd));
            if (high != null && high.compareTo(value) > 0 && highEnd < text.length()
                    && "，,。；;、的）)".indexOf(text.charAt(highEnd)) >= 0) {
                return new RawQuantity(start, highEnd, value, high, "%", value, false, false, false, false, true);
            }
        }
        return new RawQuantity(start, numEnd, value, null, "%", value, false, false, false, false, true);
    }

    /** End of a numeral after 百分之: up to 万/亿 (a percentage has no multiplier), with its 点 part. */
    private static int percentNumeralEnd(String text, int from) {
        int end = from;
        while (end < text.length() && ChineseNumerals.isNumeralChar(text.charAt(end))
                && text.charAt(end) != '万' && text.charAt(end) != '亿') {
            end++;
        }
        return ChineseNumerals.decimalPartEnd(text, end);
    }

    private RawQuantity readArabic(String text, int start, int end, boolean allowRange) {
        BigDecimal value = arabicValue(text, start, end);
        if (end + 1 < text.length() && (text.charAt(end) == '×' || text.charAt(end) == '*') && isDigit(text.charAt(end + 1))) {
            // 2×35万吨: a number of identical units, one figure of their product (the span covers both numbers)
            int secondEnd = arabicEnd(text, end + 1);
            Tail productTail = readTail(text, secondEnd, "");
            if (productTail != null) {
                return build(start, productTail, value.multiply(arabicValue(text, end + 1, secondEnd)), null, false, false, false);
            }
        }
        Tail tail = readTail(text, end, "");
        if (allowRange) {
            RawQuantity range = readRange(text, start, value, tail == null ? end : tail.end, tail);
            if (range != null) {
                return range;
            }
        }
        if (tail == null) {
            return null;
        }
        return build(start, tail, value, null, false, false, false);
    }

    private RawQuantity readChinese(String text, int start, int end) {
        String run = text.substring(start, end);
        // a unit word that starts with a numeral character (千瓦, 百分点) ends the numeral: 百万千瓦
        for (int i = 1; i < run.length(); i++) {
            UnitTable.Unit unit = units.unitAt(text, start + i);
            if (unit != null && unit.word().length() > 1) {
                run = run.substring(0, i);
                break;
            }
        }
        // trailing 万/亿 belong to the unit: 百亿元 = 100 亿元, 两万 = 2 万
        int split = run.length();
        while (split > 0 && (run.charAt(split - 1) == '万' || run.charAt(split - 1) == '亿')) {
            split--;
        }
        String valuePart = run.substring(0, split);
        String multiplier = run.substring(split);
        // the tail first: most numeral characters (统一, 进一步) have no unit after them and need no value
        Tail tail = readTail(text, start + run.length(), multiplier);
        if (tail == null) {
            return null;
        }
        boolean bare = valuePart.isEmpty();
        BigDecimal value = bare ? BigDecimal.ONE : ChineseNumerals.parseDecimal(valuePart);
        if (!bare && value != null) {
            value = ChineseNumerals.inUnitOf(valuePart, tail.unit, value);
        }
        if (value == null || value.signum() == 0) {
            return null; // 零部件, 〇: no quantity
        }
        return build(start, tail, value, null, true, bare, ChineseNumerals.isSingleDigit(valuePart));
    }

    /** "6%-6.5%", "4.5%至5%", "7.0～7.5%", "3-5万元": one figure from the low to the high end. */
    private RawQuantity readRange(String text, int start, BigDecimal low, int sepAt, Tail lowTail) {
        if (sepAt >= text.length() - 1 || RANGE_SEPARATORS.indexOf(text.charAt(sepAt)) < 0) {
            return null;
        }
        char sep = text.charAt(sepAt);
        if ((sep == '至' || sep == '到') && start > 0 && "从由".indexOf(text.charAt(start - 1)) >= 0) {
            return null; // 从5%到6%: a change, not a range
        }
        if (!isDigit(text.charAt(sepAt + 1))) {
            return null;
        }
        int highEnd = arabicEnd(text, sepAt + 1);
        BigDecimal high = arabicValue(text, sepAt + 1, highEnd);
        Tail highTail = readTail(text, highEnd, "");
        if (highTail == null || highTail.multiplierOnly) {
            return null;
        }
        if (lowTail != null && !lowTail.unit.equals(highTail.unit)) {
            return null;
        }
        if (high.compareTo(low) <= 0) {
            return null;
        }
        return build(start, highTail, low, high, false, false, false);
    }

    private RawQuantity build(int start, Tail tail, BigDecimal value, BigDecimal high,
            boolean chinese, boolean bare, boolean singleDigit) {
        return new RawQuantity(start, tail.end, value, high, tail.unit, units.baseValue(value, tail.unit),
                tail.innerAtLeast, chinese, bare, singleDigit, tail.allowsSingleDigit);
    }

    private record Tail(int end, String unit, boolean innerAtLeast, boolean multiplierOnly, boolean allowsSingleDigit) {
    }

    /**
     * What follows a number: [余|多] multipliers [余|多] unit [/年]. Returns null when there is no unit and
     * no 万/亿 multiplier (a bare "300亿" or "3200多万" is a figure whose unit is the multiplier).
     */
    private Tail readTail(String text, int pos, String multiplier) {
        if (multiplier.isEmpty() && pos < text.length()) {
            char first = text.charAt(pos);
            if (first != '余' && first != '多' && !UnitTable.isMultiplier(first) && !units.mayStartUnit(first)) {
                return null; // nearly every number: nothing after it can be a unit
            }
        }
        boolean inner = false;
        StringBuilder mult = new StringBuilder(multiplier);
        int p = pos;
        if (p < text.length() && (text.charAt(p) == '余' || text.charAt(p) == '多')) {
            inner = true;
            p++;
        }
        while (p < text.length()) {
            UnitTable.Unit unit = units.unitAt(text, p);
            if (unit != null && !latinRunContinues(text, p, unit.word())) {
                int end = p + unit.word().length();
                String written = mult + unit.word();
                if (end < text.length() && text.charAt(end) == '/' && unit.word().indexOf('/') < 0) {
                    Matcher rate = RATE.matcher(text); // only after a slash: no matcher for nearly every unit
                    rate.region(end, text.length());
                    if (rate.lookingAt()) {
                        written += rate.group();
                        end = rate.end();
                    }
                }
                boolean single = unit.afterSingleChineseDigit() && mult.length() == 0;
                return new Tail(end, written, inner, false, single);
            }
            char c = text.charAt(p);
            if (UnitTable.isMultiplier(c)) {
                mult.append(c);
                p++;
            } else if (!inner && mult.length() > 0 && (c == '余' || c == '多')) {
                inner = true;
                p++;
            } else {
                break;
            }
        }
        String m = mult.toString();
        if (!m.isEmpty() && m.chars().allMatch(ch -> ch == '万' || ch == '亿')) {
            return new Tail(p, m, inner, true, false);
        }
        return null;
    }

    /** "MW" in "MWh" or "5G" style codes: a Latin unit must not run on into more Latin letters. */
    private static boolean latinRunContinues(String text, int unitStart, String word) {
        int after = unitStart + word.length();
        char last = word.charAt(word.length() - 1);
        return isLatin(last) && after < text.length() && isLatin(text.charAt(after));
    }

    static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** The value of text[start, end), an Arabic number as {@link #arabicEnd} delimits it. */
    static BigDecimal arabicValue(String text, int start, int end) {
        // the common case, ASCII digits and one point, parses without building a string
        long unscaled = 0;
        int scale = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else if (c != ',') {
                return arabicValue(text.substring(start, end));
            }
            if (unscaled > 100_000_000_000_000L) {
                return arabicValue(text.substring(start, end));
            }
        }
        return BigDecimal.valueOf(unscaled, Math.max(scale, 0));
    }

    static BigDecimal arabicValue(String written) {
        StringBuilder sb = new StringBuilder(written.length());
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c >= '０' && c <= '９') {
                sb.append((char) ('0' + (c - '０')));
            } else if (c == '．') {
                sb.append('.');
            } else if (c != ',') {
                sb.append(c);
            }
        }
        return PlainDecimal.parse(sb.toString()); // near-linear on a hostile number of 100,000 digits
    }
}
