package com.reportworkbench.extract;

import com.reportworkbench.text.AssetLines;
import com.reportworkbench.text.PlanYears;
import com.reportworkbench.text.TrimmedLines;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of one report and the periods they speak about. A report reviews a past year (and often
 * the past five years) and then plans the coming one; headings such as "一、2023年工作回顾" and
 * "二、2024年工作安排" (assets/sections.tsv) split it, the date in its title or byline anchors it, and
 * paragraph heads such as 五年来 / 一年来 (assets/period_markers.tsv) switch between the one-year and the
 * five-year review. The input's date and year are only a fallback for what the text does not say.
 */
final class ReportStructure {
    enum Role { REVIEW, PLAN }

    /** Compiled rule files, shared by all documents. */
    static final class Rules {
        private final Map<String, Role> headingWords = new LinkedHashMap<>();
        private final Map<String, String> periodMarkers = new LinkedHashMap<>();
        private final java.util.BitSet markerStarts = new java.util.BitSet(65536);

        Rules() {
            for (String[] cols : AssetLines.readColumns("sections.tsv")) {
                headingWords.put(cols[0], Role.valueOf(cols[1].toUpperCase(java.util.Locale.ROOT)));
            }
            for (String[] cols : AssetLines.readColumns("period_markers.tsv")) {
                periodMarkers.put(cols[0], cols[1]);
                markerStarts.set(cols[0].charAt(0));
            }
        }
    }

    private static final Pattern DATE = Pattern.compile("((?:19|20)[0-9]{2})年([0-9]{1,2})月([0-9]{1,2})日");
    private static final Pattern ISO_DATE = Pattern.compile("(?:时间|日期)[:：]\\s*((?:19|20)[0-9]{2})-([0-9]{2})-([0-9]{2})");
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)[0-9]{2})年[^\\n。]{0,24}政府工作报告");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})年");
    private static final Pattern FIVE_YEAR_PLAN = Pattern.compile("十([一二三四五六七八九])五");
    private static final int HEADING_LOOKAHEAD = 24;
    private static final int PARAGRAPH_HEAD = 14;

    private record Section(int start, Role role, Integer year, String span) {
    }

    private record Marker(int start, String period) {
    }

    private final List<Section> sections = new ArrayList<>();
    private final List<Marker> markers = new ArrayList<>();
    private final Integer planYear;
    private final Integer reviewYear;

    ReportStructure(Rules rules, ExtractionInput input) {
        String text = input.text();
        findSections(rules, text);
        if (sections.isEmpty()) {
            findUnnumberedSections(rules, text);
        }
        Integer plan = null;
        Integer review = null;
        for (Section s : sections) {
            if (s.year != null && s.role == Role.PLAN && plan == null) {
                plan = s.year;
            }
            if (s.year != null && s.role == Role.REVIEW && review == null) {
                review = s.year;
            }
        }
        if (plan == null && review != null) {
            plan = review + 1;
        }
        if (plan == null) {
            plan = planYearFromDate(findDate(text));
        }
        if (plan == null && input.year() != null) {
            plan = input.year();
        }
        if (plan == null) {
            plan = planYearFromDate(input.reportDate());
        }
        if (plan == null) {
            Matcher m = TITLE_YEAR.matcher(text.substring(0, Math.min(text.length(), 600)));
            if (m.find()) {
                plan = Integer.parseInt(m.group(1));
            }
        }
        this.planYear = plan;
        this.reviewYear = review != null ? review : plan == null ? null : plan - 1;
        findMarkers(rules, text);
    }

    /** The plan year of a report given on this date: the one rule of {@link PlanYears}. */
    private static Integer planYearFromDate(LocalDate date) {
        return PlanYears.fromNullableDate(date);
    }

    private static LocalDate findDate(String text) {
        String head = text.substring(0, Math.min(text.length(), 800));
        for (Pattern p : List.of(DATE, ISO_DATE)) {
            Matcher m = p.matcher(head);
            while (m.find()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                } catch (java.time.DateTimeException e) {
                    // not a real date: look further
                }
            }
        }
        return null;
    }

    private void findSections(Rules rules, String text) {
        int lastNumber = 0;
        for (int comma = text.indexOf('、'); comma >= 0; comma = text.indexOf('、', comma + 1)) {
            int numStart = headingNumberStart(text, comma);
            if (numStart < 0) {
                continue;
            }
            // top-level parts are numbered 一、二、三…: a list that restarts at 一 inside a part is no heading
            int number = (int) ChineseNumerals.parse(text.substring(numStart, comma)).orElse(-1);
            if (lastNumber != 0 && number != lastNumber + 1) {
                continue;
            }
            lastNumber = number;
            int bodyStart = comma + 1;
            String head = text.substring(bodyStart, Math.min(text.length(), bodyStart + HEADING_LOOKAHEAD));
            int stop = indexOfAny(head, "。！!？?\n");
            if (stop >= 0) {
                head = head.substring(0, stop);
            }
            sections.add(section(rules, numStart, head, null));
        }
    }

    /**
     * A report without numbered parts ("“十四五”时期工作回顾", "2026年重点工作" on lines of their own): a short
     * line without sentence punctuation that holds a heading word of sections.tsv opens a part.
     */
    private void findUnnumberedSections(Rules rules, String text) {
        TrimmedLines.forEach(text, (a, b) -> {
            if (b - a <= HEADING_LOOKAHEAD && indexOfAny(text.substring(a, b), "。，,；;：:！!？?") < 0) {
                String head = text.substring(a, b);
                for (String word : rules.headingWords.keySet()) {
                    if (head.contains(word)) {
                        sections.add(section(rules, a, head, null));
                        break;
                    }
                }
            }
        });
    }

    private Section section(Rules rules, int start, String head, Role given) {
        // a review word wins: "一、2025年主要工作和“十四五”发展成就" reviews, though 主要工作 may open a plan
        Role role = given;
        for (Map.Entry<String, Role> e : rules.headingWords.entrySet()) {
            if (head.contains(e.getKey()) && (role == null || e.getValue() == Role.REVIEW)) {
                role = e.getValue();
            }
        }
        if (role == null) {
            // an unnamed part: the first one reviews, later ones plan (or keep the plan going)
            role = sections.isEmpty() ? Role.REVIEW : Role.PLAN;
        }
        Integer year = null;
        Matcher y = YEAR.matcher(head);
        if (y.find()) {
            year = Integer.parseInt(y.group(1));
        }
        String span = null;
        Matcher fyp = FIVE_YEAR_PLAN.matcher(head);
        if (fyp.find()) {
            span = fiveYearPlan(ChineseNumerals.digit(fyp.group(1).charAt(0)));
        } else if (head.contains("过去五年")) {
            span = "five_years";
        }
        return new Section(start, role, year, span);
    }

    /** Start of "一" / "十二" before a 、 that opens a line or follows 。！？：, else -1. */
    private static int headingNumberStart(String text, int comma) {
        int i = comma;
        while (i > 0 && comma - i < 2 && "一二三四五六七八九十".indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        if (i == comma) {
            return -1;
        }
        int numStart = i;
        while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t' || text.charAt(i - 1) == '\u3000')) {
            i--;
        }
        return i == 0 || "\n。！!？?：:".indexOf(text.charAt(i - 1)) >= 0 ? numStart : -1;
    }

    private void findMarkers(Rules rules, String text) {
        String reviewWord = reviewYear == null ? null : reviewYear + "年";
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int headEnd = Math.min(lineEnd, lineStart + PARAGRAPH_HEAD);
            // the earliest marker of the paragraph head wins; positions whose character starts no marker are skipped
            String period = null;
            for (int p = lineStart; p < headEnd && period == null; p++) {
                char c = text.charAt(p);
                if (!rules.markerStarts.get(c) && (reviewWord == null || c != reviewWord.charAt(0))) {
                    continue;
                }
                for (Map.Entry<String, String> e : rules.periodMarkers.entrySet()) {
                    String key = e.getKey();
                    if (p + key.length() <= headEnd && text.startsWith(key, p)) {
                        period = resolveMarker(e.getValue(), key);
                        break;
                    }
                }
                if (period == null && reviewWord != null && p + reviewWord.length() <= headEnd
                        && text.startsWith(reviewWord, p)) {
                    period = String.valueOf(reviewYear);
                }
            }
            if (period != null) {
                markers.add(new Marker(lineStart, period));
            }
            lineStart = lineEnd + 1;
        }
    }

    private String resolveMarker(String kind, String word) {
        return switch (kind) {
            case "five_years" -> fiveYearsBeforePlan();
            case "one_year" -> reviewYear == null ? null : String.valueOf(reviewYear);
            case "fyp" -> {
                Matcher m = FIVE_YEAR_PLAN.matcher(word);
                yield m.find() ? fiveYearPlan(ChineseNumerals.digit(m.group(1).charAt(0))) : null;
            }
            default -> null;
        };
    }

    private String fiveYearsBeforePlan() {
        return planYear == null ? null : (planYear - 5) + "-" + (planYear - 1);
    }

    /** 十四五 → 2021-2025 (the 14th plan), 十五五 → 2026-2030. */
    private static String fiveYearPlan(int n) {
        int first = 2021 + 5 * ((10 + n) - 14);
        return first + "-" + (first + 4);
    }

    /** The last section starting at or before {@code offset}: a binary search, sections are in text order. */
    private Section sectionAt(int offset) {
        int lo = 0;
        int hi = sections.size() - 1;
        Section found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sections.get(mid).start <= offset) {
                found = sections.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The part a position lies in; text before the first heading is the review's opening. */
    Role roleAt(int offset) {
        Section s = sectionAt(offset);
        Role role = s == null ? Role.REVIEW : s.role;
        if (role == Role.REVIEW && futurePeriod(markerPeriod(offset, s == null ? 0 : s.start))) {
            return Role.PLAN; // "“十五五”时期，要努力实现以下目标" inside a review part: a plan paragraph
        }
        return role;
    }

    /** Whether a period ("2026-2030", "2026") starts in the plan year or later. */
    private boolean futurePeriod(String period) {
        if (period == null || planYear == null || period.length() < 4) {
            return false;
        }
        try {
            return Integer.parseInt(period.substring(0, 4)) >= planYear;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    Integer planYear() {
        return planYear;
    }

    /** The period of a figure of this kind at this position. */
    String periodFor(Kind kind, int offset, boolean explicitPastYear) {
        Section s = sectionAt(offset);
        Role role = s == null ? Role.REVIEW : s.role;
        if (kind == Kind.TARGET) {
            if (role == Role.PLAN && s != null && s.year == null && s.span != null && !s.span.equals("five_years")) {
                return s.span; // "二、“十五五”时期主要目标任务"
            }
            String marked = markerPeriod(offset, s == null ? 0 : s.start);
            if (role == Role.REVIEW && futurePeriod(marked)) {
                return marked; // a 十五五 paragraph inside a review part
            }
            return planYear == null ? null : String.valueOf(planYear);
        }
        if (role == Role.PLAN || explicitPastYear) {
            return kind == Kind.ACHIEVEMENT || explicitPastYear
                    ? (reviewYear == null ? null : String.valueOf(reviewYear))
                    : (planYear == null ? null : String.valueOf(planYear));
        }
        String marked = markerPeriod(offset, s == null ? 0 : s.start);
        if (marked != null) {
            return marked;
        }
        if (s != null && s.year == null && s.span != null) {
            return s.span.equals("five_years") ? fiveYearsBeforePlan() : s.span;
        }
        return reviewYear == null ? null : String.valueOf(reviewYear);
    }

    /** The period of the last paragraph marker at or before {@code offset} inside the section (binary search). */
    private String markerPeriod(int offset, int sectionStart) {
        int lo = 0;
        int hi = markers.size() - 1;
        Marker found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (markers.get(mid).start <= offset) {
                found = markers.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found != null && found.start >= sectionStart ? found.period : null;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
