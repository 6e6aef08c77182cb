package com.reportworkbench.extract;

import com.reportworkbench.text.AssetLines;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives five-year averages and totals (年均增长8%, 五年累计完成10万亿元) the span of years they cover
 * (assets/multi_year_cues.tsv), so that no comparison takes them for one year's result. The span is the one
 * the sentence states (1988年至1992年, 2018年以来, “八五”期间), else the part's own span (过去五年), else the
 * five years before the plan year (a review) or the five years from it (a plan). Thread-safe.
 */
final class MultiYearPeriods {
    private enum Effect { AVERAGE, TOTAL, NONE }

    private record Cue(String word, Effect effect) {
    }

    private static final String YEAR = "((?:19|20)[0-9]{2}|[一二][〇○零一二三四五六七八九]{3})";
    private static final Pattern RANGE = Pattern.compile(YEAR + "年?\\s*(?:至|到|—|－|-|~|～)\\s*" + YEAR + "年");
    private static final Pattern SINCE = Pattern.compile(YEAR + "年(?:以来|来)");
    /** A five-year plan by its number: “八五”期间, 十四五时期, "九五"计划. */
    private static final Pattern PLAN = Pattern.compile("(?<![比较从由])(?<![比较从由][“\"])[“\"]?"
            + "(十[一二三四五六七八九]|(?<![十一二三四五六七八九])[一二三四五六七八九十])五(?=[”\"」』]|期间|时期|计划|规划)");
    private static final Pattern YEARS_AGO = Pattern.compile("(?:过去|这|近)?([二三四五六七八九十两]|[0-9]{1,2})年(?:来|间|中|里)");
    private static final String CLAUSE_BREAKS = "，,；;：:。！？\n";

    private final List<Cue> cues = new ArrayList<>();
    private final List<String> spanWords = new ArrayList<>();
    private final java.util.BitSet cueFirst = new java.util.BitSet(65536);

    MultiYearPeriods() {
        for (String[] cols : AssetLines.readColumns("multi_year_cues.tsv")) {
            if (cols[0].equals("span")) {
                spanWords.add(cols[1]);
            } else {
                cues.add(new Cue(cols[0], Effect.valueOf(cols[1].toUpperCase(java.util.Locale.ROOT))));
                cueFirst.set(cols[0].charAt(0));
            }
        }
    }

    /**
     * The period of a figure at [figureStart, …) whose period was found as {@code period}: unchanged unless a
     * multi-year cue stands before it in its clause (or before the list it belongs to).
     *
     * @param listStart where the clause of the first figure of the figure's list starts (the figure's own
     *     clause start when it stands alone)
     */
    String periodOf(String text, int sentenceStart, int listStart, int figureStart, Kind kind, String period,
            Integer planYear) {
        Effect effect = cueBefore(text, listStart, figureStart);
        if (effect == null) {
            return period;
        }
        String prefix = text.substring(sentenceStart, figureStart);
        String stated = statedSpan(prefix, planYear, kind == Kind.TARGET);
        if (stated != null) {
            return stated;
        }
        boolean spanAlready = period != null && period.indexOf('-') > 0;
        if (effect == Effect.TOTAL && !spanAlready && !speaksOfYears(prefix)) {
            return period; // 全年累计: the year's own total
        }
        if (spanAlready || planYear == null) {
            return period;
        }
        return kind == Kind.TARGET ? planYear + "-" + (planYear + 4) : (planYear - 5) + "-" + (planYear - 1);
    }

    /** Start of the clause holding {@code pos}, at most back to {@code from}. */
    static int clauseStart(String text, int from, int pos) {
        for (int i = pos - 1; i >= from; i--) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return from;
    }

    private Effect cueBefore(String text, int from, int to) {
        Effect found = null;
        for (int i = from; i < to; i++) {
            if (!cueFirst.get(text.charAt(i))) {
                continue;
            }
            Cue longest = null; // 年均浓度 (an annual mean, no cue) wins over 年均
            for (Cue c : cues) {
                if (text.startsWith(c.word, i) && (longest == null || c.word.length() > longest.word.length())) {
                    longest = c;
                }
            }
            if (longest != null && longest.effect != Effect.NONE && i + longest.word.length() <= to
                    && (found == null || longest.effect == Effect.AVERAGE)) {
                found = longest.effect;
            }
        }
        return found;
    }

    private boolean speaksOfYears(String prefix) {
        for (String w : spanWords) {
            if (prefix.contains(w)) {
                return true;
            }
        }
        return PLAN.matcher(prefix).find();
    }

    /** The span the sentence itself states before the figure (the one nearest the figure), or null. */
    private static String statedSpan(String prefix, Integer planYear, boolean target) {
        String found = null;
        int foundEnd = -1;
        Matcher range = RANGE.matcher(prefix);
        while (range.find()) {
            Integer a = year(range.group(1));
            Integer b = year(range.group(2));
            if (a != null && b != null && a < b && range.end() > foundEnd) {
                found = a + "-" + b;
                foundEnd = range.end();
            }
        }
        Matcher plan = PLAN.matcher(prefix);
        while (plan.find()) {
            if (plan.end() > foundEnd) {
                int first = planStart(plan.group(1));
                found = first + "-" + (first + 4);
                foundEnd = plan.end();
            }
        }
        if (!target && planYear != null) {
            Matcher since = SINCE.matcher(prefix);
            while (since.find()) {
                Integer a = year(since.group(1));
                if (a != null && a < planYear - 1 && since.end() > foundEnd) {
                    found = a + "-" + (planYear - 1);
                    foundEnd = since.end();
                }
            }
            Matcher ago = YEARS_AGO.matcher(prefix);
            while (ago.find()) {
                String w = ago.group(1);
                int years = Character.isDigit(w.charAt(0)) ? Integer.parseInt(w)
                        : w.equals("十") ? 10 : w.equals("两") ? 2 : ChineseNumerals.digit(w.charAt(0));
                if (years >= 2 && ago.end() > foundEnd) {
                    found = (planYear - years) + "-" + (planYear - 1);
                    foundEnd = ago.end();
                }
            }
        }
        return found;
    }

    /** First year of the n-th five-year plan: 一五 1953, 二五 1958, 三五 1966 (after the 1963-65 adjustment), 十四五 2021. */
    private static int planStart(String number) {
        int n = number.length() == 2 ? 10 + ChineseNumerals.digit(number.charAt(1))
                : number.equals("十") ? 10 : ChineseNumerals.digit(number.charAt(0));
        return n <= 2 ? 1953 + 5 * (n - 1) : 1966 + 5 * (n - 3);
    }

    /** 1988 or 一九八八 → 1988. */
    private static Integer year(String written) {
        if (Character.isDigit(written.charAt(0))) {
            return Integer.valueOf(written);
        }
        int y = 0;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            int d = c == '○' ? 0 : ChineseNumerals.digit(c);
            if (d < 0) {
                return null;
            }
            y = y * 10 + d;
        }
        return y;
    }
}
