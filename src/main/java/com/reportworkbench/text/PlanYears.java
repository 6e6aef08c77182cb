package com.reportworkbench.text;

import java.time.LocalDate;
import java.util.Set;

/**
 * The one rule for the year a report plans, from the date it was given. Local reports are given from
 * December to March: one of December plans the next year, one of January–March the same year. The State
 * Council's reports of 1954–1987 were also given from April to September (Jun 1979, Aug 1980, Jun 1983,
 * May 1984), each planning the year it was given in, and in November or December (Nov 1981, Nov 1982,
 * Dec 1964) for the next year. So the boundary is October: a report given from October on plans the next
 * year; earlier, the same year. A report given in mid-year (May–September) may announce next year's plan
 * as well (Aug 1980 proposed the plan of 1981): for those the date allows both years and a plan heading
 * of the text decides.
 */
public final class PlanYears {
    /** The first month whose reports plan the next year. */
    public static final int NEXT_YEAR_FROM_MONTH = 10;
    private static final int MID_YEAR_FROM_MONTH = 5;

    private PlanYears() {}

    /** The plan year of a report given on {@code date}: Oct–Dec → the next year, Jan–Sep → the same year. */
    public static int fromReportDate(LocalDate date) {
        return date.getMonthValue() >= NEXT_YEAR_FROM_MONTH ? date.getYear() + 1 : date.getYear();
    }

    /** Null-tolerant {@link #fromReportDate}. */
    public static Integer fromNullableDate(LocalDate date) {
        return date == null ? null : fromReportDate(date);
    }

    /** The plan years a report given in {@code year}/{@code month} may have: one year, or two in mid-year. */
    static Set<Integer> possible(int year, int month) {
        int plan = month >= NEXT_YEAR_FROM_MONTH ? year + 1 : year;
        return month >= MID_YEAR_FROM_MONTH && month < NEXT_YEAR_FROM_MONTH ? Set.of(plan, plan + 1) : Set.of(plan);
    }
}
