package com.reportworkbench.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects what a report's parts say about its plan year, strongest cue first (see
 * {@link ReportYearResolver} for how they are weighed). All patterns run on the year-normalised text
 * ({@link YearText}).
 */
final class YearCues {
    private static final Pattern HEADING_START = Pattern.compile("^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])");
    private static final int MAX_HEADING = 40;
    private static final Pattern REVIEW_WORD = Pattern.compile("回顾|总结|政府工作|成就");
    private static final Pattern INLINE_HEADING = Pattern.compile(
            "(?<=[。！？：:])\\s*([一二三四五六七八九十]+、[^。；，,！\\n]{1,30})");
    private static final int MAX_UNNUMBERED_HEADING = 24;
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。；，：:;,]");
    private static final Pattern FIVE_YEAR_PLAN_ORDINAL = Pattern.compile(
            "(?:第(?<n1>[一二三四五六七八九十]{1,3})个五年(?:计划|规划)|(?<n2>[一二三四五六七八九十]{1,2})五[”\"’']?(?:计划|规划|时期)?)"
                    + "[^。；]{0,16}?(?:第(?<k>[一二三四五])年|(?<first>头一年|第一年|开局之年|起步之年|开局年)"
                    + "|(?<last>最后一年|收官之年|决胜之年))");
    private static final Pattern CONGRESS = Pattern.compile(
            "(?:向|在)第(?<term>[一二三四五六七八九十]{1,3})届全国人民代表大会(?:第(?<session>[一二三四五六七八九十]{1,2})次会议)?");
    private static final Pattern PAST_TERM = Pattern.compile(
            "第(?<term>[一二三四五六七八九十]{1,3})届全国人民代表大会(?:期间|第一次会议以来的五年)");
    private static final Pattern FILE_YEAR = Pattern.compile("(?<!\\d)(19[4-9]\\d|20\\d\\d)(?!\\d)");
    private static final Pattern TITLE_YEAR = Pattern.compile("^(\\d{4})年");
    private static final int BODY_WINDOW_FOR_CONGRESS = 4000;

    private final MetadataCuePatterns patterns;
    private final NationalCalendar calendar;

    YearCues(MetadataCuePatterns patterns, NationalCalendar calendar) {
        this.patterns = patterns;
        this.calendar = calendar;
    }

    /**
     * @param normalized the year-normalised text
     * @param date the stated date and the cue it came from (byline or title), or null
     * @param title the title (from the text or the file name) and its cue, or null
     * @param national whether the State Council speaks (then its congress sessions date the report)
     * @param nationalSpeech the sentence in which the State Council says it speaks, or null
     */
    List<YearClaim> claims(String normalized, Dated date, Titled title, boolean national, String nationalSpeech,
            String fileName) {
        List<YearClaim> claims = new ArrayList<>();
        if (date != null) {
            LocalDate d = date.date();
            claims.add(new YearClaim(PlanYears.fromReportDate(d), PlanYears.possible(d.getYear(), d.getMonthValue()),
                    date.cue(), date.quote(), Confidence.SURE));
        }
        headingClaims(normalized, claims);
        if (title != null) {
            Matcher year = TITLE_YEAR.matcher(YearText.normalize(title.text()));
            if (year.find()) {
                // "2023年区政府工作报告" may name the year it was written in (reviewing 2023, planning 2024)
                claims.add(YearClaim.givenIn(Integer.parseInt(year.group(1)), title.cue(), title.text(),
                        title.cue() == MetadataCue.TITLE ? Confidence.LIKELY : Confidence.DOUBTFUL));
            }
        }
        if (national) {
            congress(normalized, nationalSpeech).ifPresent(claims::add);
        }
        latestMatch(normalized, "plan-statement").ifPresent(m -> claims.add(
                YearClaim.exact(Integer.parseInt(m.group("year")), MetadataCue.PLAN_STATEMENT, m.group(), Confidence.LIKELY)));
        currentYear(normalized).ifPresent(claims::add);
        firstMatch(normalized, "last-year").ifPresent(m -> claims.add(
                YearClaim.exact(Integer.parseInt(m.group("year")) + 1, MetadataCue.LAST_YEAR, m.group(), Confidence.LIKELY)));
        if (national) {
            for (String heading : headings(normalized)) {
                if (heading.contains("过去五年") || heading.contains("五年的") && REVIEW_WORD.matcher(heading).find()) {
                    // a check, not a source: "过去五年" says the report opens a congress term
                    claims.add(YearClaim.check(calendar.termOpeningYears(), MetadataCue.PERIOD_PHRASE, heading,
                            Confidence.DOUBTFUL));
                    break;
                }
            }
        }
        if (fileName != null && (title == null || title.cue() != MetadataCue.FILE_NAME)) {
            Matcher year = FILE_YEAR.matcher(fileName);
            if (year.find()) {
                claims.add(YearClaim.givenIn(Integer.parseInt(year.group(1)), MetadataCue.FILE_NAME, fileName,
                        Confidence.DOUBTFUL));
            }
        }
        return claims;
    }

    record Dated(LocalDate date, MetadataCue cue, String quote) {}

    record Titled(String text, MetadataCue cue) {}

    /**
     * Review and plan headings: numbered lines ("一、", "（二）"), short lines without sentence punctuation, and
     * numbered headings run into the text after a full stop (web copies that lost their line breaks). On a
     * line that reviews one year and plans the next ("一、1993年国内工作的回顾和1994年工作的基本方针") the plan
     * is read after the review.
     */
    private void headingClaims(String normalized, List<YearClaim> claims) {
        YearClaim plan = null;
        YearClaim review = null;
        for (String line : headings(normalized)) {
            int planFrom = 0;
            for (Pattern p : patterns.get("review-heading")) {
                Matcher m = p.matcher(line);
                if (m.find()) {
                    planFrom = m.end();
                    if (review == null) {
                        review = YearClaim.exact(Integer.parseInt(m.group("year")) + 1, MetadataCue.REVIEW_HEADING,
                                line, Confidence.SURE);
                    }
                    break;
                }
            }
            if (plan == null) {
                for (Pattern p : patterns.get("plan-heading")) {
                    Matcher m = p.matcher(line);
                    if (m.find(planFrom)) {
                        plan = YearClaim.exact(Integer.parseInt(m.group("year")), MetadataCue.PLAN_HEADING, line,
                                Confidence.SURE);
                        break;
                    }
                }
            }
            if (plan != null && review != null) {
                break;
            }
        }
        if (plan != null) {
            claims.add(plan);
        }
        if (review != null) {
            claims.add(review);
        }
    }

    /** Heading candidates in text order. */
    private static List<String> headings(String normalized) {
        java.util.TreeMap<Integer, String> byOffset = new java.util.TreeMap<>();
        TrimmedLines.forEach(normalized, (a, b) -> {
            if (b - a <= MAX_HEADING && isHeading(normalized.substring(a, b))) {
                byOffset.put(a, normalized.substring(a, b));
            }
        });
        Matcher inline = INLINE_HEADING.matcher(normalized);
        while (inline.find()) {
            String h = inline.group(1);
            if (!h.contains("政府工作报告")) {
                byOffset.putIfAbsent(inline.start(1), h);
            }
        }
        return List.copyOf(byOffset.values());
    }

    private static boolean isHeading(String line) {
        if (line.length() > MAX_HEADING || line.contains("政府工作报告") || line.contains("人民代表大会")) {
            return false;
        }
        if (HEADING_START.matcher(line).find()) {
            return true;
        }
        return line.length() <= MAX_UNNUMBERED_HEADING && !SENTENCE_PUNCTUATION.matcher(line).find();
    }

    /** "今年是“七五”计划的头一年", "今年十月一日是中华人民共和国成立三十五周年". */
    private Optional<YearClaim> currentYear(String normalized) {
        for (Pattern p : patterns.get("current-year")) {
            Matcher m = p.matcher(normalized);
            while (m.find()) {
                String sentence = m.group();
                Matcher plan = FIVE_YEAR_PLAN_ORDINAL.matcher(sentence);
                if (plan.find()) {
                    int ordinal = YearText.number(plan.group("n1") != null ? plan.group("n1") : plan.group("n2"));
                    Optional<int[]> years = calendar.plan(ordinal);
                    if (years.isPresent()) {
                        int year = plan.group("last") != null ? years.get()[1]
                                : plan.group("k") != null ? years.get()[0] + YearText.number(plan.group("k")) - 1
                                : years.get()[0];
                        return Optional.of(YearClaim.givenIn(year, MetadataCue.CURRENT_YEAR, sentence, Confidence.LIKELY));
                    }
                }
                Optional<Integer> anniversary = calendar.anniversaryYear(sentence);
                if (anniversary.isPresent()) {
                    return Optional.of(YearClaim.givenIn(anniversary.get(), MetadataCue.CURRENT_YEAR, sentence,
                            Confidence.LIKELY));
                }
            }
        }
        return Optional.empty();
    }

    /** The session the State Council's report is given to, or the term it looks back on. */
    private Optional<YearClaim> congress(String normalized, String nationalSpeech) {
        if (nationalSpeech != null) {
            Matcher m = CONGRESS.matcher(nationalSpeech);
            if (m.find()) {
                int term = YearText.number(m.group("term"));
                int session = m.group("session") == null ? 1 : YearText.number(m.group("session"));
                Optional<YearClaim> claim = sessionClaim(term, session, m.group());
                if (claim.isPresent()) {
                    return claim;
                }
            }
        }
        Matcher past = PAST_TERM.matcher(normalized.substring(0, Math.min(normalized.length(), BODY_WINDOW_FOR_CONGRESS)));
        if (past.find()) {
            return sessionClaim(YearText.number(past.group("term")) + 1, 1, past.group());
        }
        return Optional.empty();
    }

    private Optional<YearClaim> sessionClaim(int term, int session, String quote) {
        Optional<YearMonth> opened = calendar.session(term, session);
        return opened.map(ym -> new YearClaim(PlanYears.fromReportDate(ym.atDay(1)),
                PlanYears.possible(ym.getYear(), ym.getMonthValue()), MetadataCue.CONGRESS_SESSION, quote,
                Confidence.LIKELY));
    }

    private Optional<Matcher> firstMatch(String text, String cue) {
        for (Pattern p : patterns.get(cue)) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The match naming the latest year (a plan sentence of next year's plan beats last year's plan recalled). */
    private Optional<Matcher> latestMatch(String text, String cue) {
        Matcher best = null;
        for (Pattern p : patterns.get(cue)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (best == null || Integer.parseInt(m.group("year")) > Integer.parseInt(best.group("year"))) {
                    best = p.matcher(text);
                    best.find(m.start());
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
