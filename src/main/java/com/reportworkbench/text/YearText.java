package com.reportworkbench.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A copy of a report's text in which every year is written the same way, for the metadata cues only
 * (figures keep the original offsets): full-width digits become ASCII ("１９９１年" → "1991年"), digits
 * spaced apart are joined ("1 9 9 8 年" → "1998年"), four Chinese digits before 年 become Arabic
 * ("一九八四年", "一九八○年" → "1984年", "1980年"), and small Chinese numbers of ordinals and
 * anniversaries can be read with {@link #number}.
 */
final class YearText {
    private static final String HAN_DIGITS = "〇一二三四五六七八九";
    private static final Pattern SPACED_DIGITS = Pattern.compile("(?<=\\d)[ \\u3000\\u00a0]+(?=\\d|年)");
    private static final Pattern HAN_YEAR = Pattern.compile("[〇零○Ｏ一二三四五六七八九]{4}(?=\\s*年)");

    private YearText() {}

    static String normalize(String text) {
        StringBuilder ascii = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            ascii.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        String joined = SPACED_DIGITS.matcher(ascii).replaceAll("");
        Matcher han = HAN_YEAR.matcher(joined);
        StringBuilder out = new StringBuilder(joined.length());
        while (han.find()) {
            StringBuilder year = new StringBuilder(4);
            for (char c : han.group().toCharArray()) {
                year.append(digit(c));
            }
            han.appendReplacement(out, year.toString());
        }
        han.appendTail(out);
        return out.toString();
    }

    private static int digit(char c) {
        return switch (c) {
            case '〇', '零', '○', 'Ｏ' -> 0;
            default -> HAN_DIGITS.indexOf(c);
        };
    }

    /**
     * A number up to 999 in Arabic or Chinese digits: "35", "三十五", "十", "一百", "头" (→ 1); -1 when it
     * is not one.
     */
    static int number(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        if (s.chars().allMatch(Character::isDigit)) {
            return s.length() > 4 ? -1 : Integer.parseInt(s);
        }
        if (s.equals("头")) {
            return 1;
        }
        int total = 0;
        int current = -1;
        for (char c : s.toCharArray()) {
            int d = c == '两' ? 2 : c == '零' || c == '〇' ? 0 : HAN_DIGITS.indexOf(c);
            if (d >= 0) {
                current = d;
            } else if (c == '十') {
                total += (current < 0 ? 1 : current) * 10;
                current = -1;
            } else if (c == '百') {
                total += (current < 0 ? 1 : current) * 100;
                current = -1;
            } else {
                return -1;
            }
        }
        return total + Math.max(current, 0);
    }
}
