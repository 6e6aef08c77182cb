package com.reportworkbench.text;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dated facts that let a report's words stand for a year: the five-year plans
 * (assets/five_year_plans.tsv), the sessions of the National People's Congress
 * (assets/congress_sessions.tsv) and the anniversaries a report may name (assets/anniversaries.tsv).
 */
final class NationalCalendar {
    private static final NationalCalendar STANDARD = new NationalCalendar();

    private final Map<Integer, int[]> plans = new HashMap<>();
    private final Map<Long, YearMonth> sessions = new HashMap<>();
    private final List<Map.Entry<Pattern, Integer>> anniversaries = new ArrayList<>();
    private final Pattern anniversary;

    private NationalCalendar() {
        for (String[] row : AssetLines.readColumns("five_year_plans.tsv")) {
            if (row[0].chars().allMatch(Character::isDigit)) {
                plans.put(Integer.parseInt(row[0]), new int[] {Integer.parseInt(row[1]), Integer.parseInt(row[2])});
            }
        }
        for (String[] row : AssetLines.readColumns("congress_sessions.tsv")) {
            if (row[0].chars().allMatch(Character::isDigit)) {
                sessions.put(key(Integer.parseInt(row[0]), Integer.parseInt(row[1])),
                        YearMonth.of(Integer.parseInt(row[2]), Integer.parseInt(row[3])));
            }
        }
        StringBuilder events = new StringBuilder();
        for (String[] row : AssetLines.readColumns("anniversaries.tsv")) {
            anniversaries.add(Map.entry(Pattern.compile("(?:" + row[0] + ")$"), Integer.parseInt(row[1])));
            events.append(events.length() == 0 ? "" : "|").append("(?:").append(row[0]).append(')');
        }
        anniversary = Pattern.compile("(?<event>" + events + ")(?<n>[一二三四五六七八九十百零〇两\\d]{1,4})周年");
    }

    static NationalCalendar standard() {
        return STANDARD;
    }

    private static long key(int term, int session) {
        return term * 100L + session;
    }

    /** The first and last year of the n-th five-year plan. */
    Optional<int[]> plan(int ordinal) {
        return Optional.ofNullable(plans.get(ordinal));
    }

    /** When a session of the National People's Congress opened. */
    Optional<YearMonth> session(int term, int session) {
        return Optional.ofNullable(sessions.get(key(term, session)));
    }

    /**
     * The years in which a National People's Congress term opened (its first session), continued five-yearly
     * past the table: a State Council report reviewing "过去五年" opens a term.
     */
    java.util.Set<Integer> termOpeningYears() {
        java.util.Set<Integer> years = new java.util.TreeSet<>();
        int last = 0;
        for (Map.Entry<Long, YearMonth> e : sessions.entrySet()) {
            if (e.getKey() % 100 == 1) {
                years.add(e.getValue().getYear());
                last = Math.max(last, e.getValue().getYear());
            }
        }
        for (int y = last + 5; y <= last + 100; y += 5) {
            years.add(y);
        }
        return years;
    }

    /** The year an anniversary named in {@code text} falls in ("建国三十周年" → 1979), if it names one. */
    Optional<Integer> anniversaryYear(String text) {
        Matcher m = anniversary.matcher(text);
        while (m.find()) {
            int years = YearText.number(m.group("n"));
            if (years <= 0) {
                continue;
            }
            for (Map.Entry<Pattern, Integer> e : anniversaries) {
                if (e.getKey().matcher(m.group("event")).find()) {
                    return Optional.of(e.getValue() + years);
                }
            }
        }
        return Optional.empty();
    }
}
