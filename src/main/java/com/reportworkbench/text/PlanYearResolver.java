package com.reportworkbench.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a report plans for. Evidence, each only where the text states it: the date it was given (a
 * report given in Nov–Dec plans the next year, one given in Jan–Apr the same year), a plan heading
 * ("二、2024年工作安排"), a title year ("2024年政府工作报告"). The review heading ("一、2023年工作回顾")
 * implies the plan year is the next one; it is used only to expose contradictions, never as the answer.
 * Any disagreement gives no year: a wrong year files every figure of the report under the wrong period.
 */
final class PlanYearResolver {
    private static final String NUMBERED = "[一二三四五六七八九十]+、";
    private static final Pattern PLAN_HEADING = Pattern.compile(
            NUMBERED + "(?:关于)?(\\d{4})年(?:的)?(?:重点|主要)?(?:工作|任务)(?!回顾|总结|和|及|与|情况)");
    private static final Pattern REVIEW_HEADING = Pattern.compile(NUMBERED + "[^。\\n]{0,24}?(回顾|总结|成就)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
    private static final Pattern TITLE_YEAR = Pattern.compile("^(\\d{4})年");

    private PlanYearResolver() {}

    static Integer resolve(String text, LocalDate reportDate, String title) {
        List<Integer> statements = new ArrayList<>();
        if (reportDate != null) {
            int month = reportDate.getMonthValue();
            if (month >= 11) {
                statements.add(reportDate.getYear() + 1);
            } else if (month <= 4) {
                statements.add(reportDate.getYear());
            }
        }
        Matcher plan = PLAN_HEADING.matcher(text);
        if (plan.find()) {
            statements.add(Integer.parseInt(plan.group(1)));
        }
        Integer reviewYear = reviewedYear(text);
        Integer titleYear = titleYear(title);
        if (titleYear != null && !titleYear.equals(reviewYear)) {
            // "2023年区政府工作报告" reviewing 2023 names the year it was written in, not its plan year
            statements.add(titleYear);
        }
        if (statements.isEmpty() || statements.stream().distinct().count() > 1) {
            return null;
        }
        Integer year = statements.get(0);
        return reviewYear == null || reviewYear == year - 1 ? year : null;
    }

    /** The latest year named in the first review heading ("一、过去五年和2021年工作回顾" → 2021). */
    private static Integer reviewedYear(String text) {
        Matcher review = REVIEW_HEADING.matcher(text);
        if (!review.find()) {
            return null;
        }
        Matcher year = YEAR.matcher(review.group());
        Integer latest = null;
        while (year.find()) {
            int value = Integer.parseInt(year.group(1));
            latest = latest == null ? value : Math.max(latest, value);
        }
        return latest;
    }

    private static Integer titleYear(String title) {
        if (title == null) {
            return null;
        }
        Matcher year = TITLE_YEAR.matcher(title);
        return year.find() ? Integer.valueOf(year.group(1)) : null;
    }
}
