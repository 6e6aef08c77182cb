package com.reportworkbench.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as reports write them: "2023年12月27日" or "二〇二六年一月二十七日". */
final class ChineseDates {
    static final String DATE_REGEX = "(?:\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日"
            + "|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)";
    private static final Pattern ARABIC = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern HAN = Pattern.compile("([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseDates() {}

    /** The date that starts {@code text}, if it is a real calendar date. */
    static Optional<LocalDate> parseAtStart(String text) {
        Matcher arabic = ARABIC.matcher(text);
        if (arabic.lookingAt()) {
            return date(Integer.parseInt(arabic.group(1)), Integer.parseInt(arabic.group(2)), Integer.parseInt(arabic.group(3)));
        }
        Matcher han = HAN.matcher(text);
        if (han.lookingAt()) {
            return date(hanYear(han.group(1)), hanNumber(han.group(2)), hanNumber(han.group(3)));
        }
        return Optional.empty();
    }

    /** The first date anywhere in {@code text}. */
    static Optional<LocalDate> find(String text) {
        Matcher any = Pattern.compile(DATE_REGEX).matcher(text);
        return any.find() ? parseAtStart(text.substring(any.start())) : Optional.empty();
    }

    private static int hanYear(String digits) {
        int year = 0;
        for (char c : digits.toCharArray()) {
            year = year * 10 + (c == '零' ? 0 : DIGITS.indexOf(c));
        }
        return year;
    }

    /** 一 … 九, 十, 十二, 二十, 二十七, 三十一. */
    private static int hanNumber(String text) {
        int ten = text.indexOf('十');
        if (ten < 0) {
            return DIGITS.indexOf(text.charAt(0));
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(text.charAt(0));
        int units = ten == text.length() - 1 ? 0 : DIGITS.indexOf(text.charAt(ten + 1));
        return tens * 10 + units;
    }

    private static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
