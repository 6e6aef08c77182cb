package com.reportworkbench.confidence;

import com.reportworkbench.extract.ExtractionInput;
import com.reportworkbench.extract.Figure;
import com.reportworkbench.extract.Kind;
import com.reportworkbench.extract.SectionParts;
import com.reportworkbench.text.AssetLines;
import com.reportworkbench.text.TextRange;
import com.reportworkbench.unit.UnitTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gathers, for each figure the extractor proposed, the evidence its rules had: the kind cue before it
 * and whether cues of both sides stand there, whether the sentence's kind goes against the report part,
 * where and how the indicator was named, how usual the unit is for that indicator (counts of
 * assets/confidence_unit_counts.tsv), debris or OCR-like characters around it, a bare number. Reads the
 * figures after extraction, so the rules stay as they are. Thread-safe after construction.
 */
public final class EvidenceCollector {
    /** Characters that rarely stand near a clean figure: OCR and scraping debris. */
    private static final String DEBRIS_CHARS = "|\\_#*~^<>=@$&{}[]\uFFFD□■▲△◆●○★☆�";
    private static final int DEBRIS_WINDOW = 8;
    private static final int BOILERPLATE_WINDOW = 30;
    private static final String LIST_SEPARATORS = "、，,和及与 ";
    /** Clause boundaries: a kind or a year before the last of these speaks of another clause. */
    private static final String CLAUSE_BREAKS = "，,；;。：:！!？?\n";
    /** Reports given before this year count as the old era (document-wide feature era_old). */
    private static final int OLD_ERA_BEFORE = 2000;
    private static final String CHINESE_DIGITS = "〇○零一二三四五六七八九";
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19|20)\\d{2}");
    private static final java.util.regex.Pattern LATER_CHANGE = java.util.regex.Pattern.compile(
            "(?s).?[0-9０-９〇○零一二三四五六七八九]{4}年.*(提高|增加|增长|上升|下降|降低|减少)到.*");

    private final KindCueScan cues = new KindCueScan();
    private final com.reportworkbench.check.SingleDocumentChecks checks = new com.reportworkbench.check.SingleDocumentChecks();
    private final Set<String> synonyms = new HashSet<>();
    /** Chinese synonym phrases by first character: a core name in the sentence that no figure took. */
    private final Map<Character, List<String>> synonymsByFirst = new HashMap<>();
    private final String comparisonChars;
    private final UnitTable units = UnitTable.load();
    /** indicator id ("-" for none) → unit family → count of figures in the development corpus. */
    private final Map<String, Map<String, Integer>> unitCounts = new HashMap<>();
    private final Map<String, Integer> unitTotals = new HashMap<>();
    /** unit family → how many of its figures have a core indicator, and how many in all. */
    private final Map<String, int[]> familyCore = new HashMap<>();

    public EvidenceCollector() {
        for (String[] cols : AssetLines.readColumns("indicator_synonyms.tsv")) {
            synonyms.add(cols[0].toLowerCase(Locale.ROOT));
            synonymsByFirst.computeIfAbsent(cols[0].charAt(0), k -> new ArrayList<>()).add(cols[0]);
        }
        comparisonChars = cues.comparisonChars();
        for (String[] cols : AssetLines.readColumns("confidence_unit_counts.tsv")) {
            int n = Integer.parseInt(cols[2]);
            unitCounts.computeIfAbsent(cols[0], k -> new HashMap<>()).merge(cols[1], n, Integer::sum);
            unitTotals.merge(cols[0], n, Integer::sum);
            int[] fc = familyCore.computeIfAbsent(cols[1], k -> new int[2]);
            fc[0] += cols[0].equals("-") ? 0 : n;
            fc[1] += n;
        }
    }

    /** The evidence of each figure, in the order given; figures are those extracted from {@code input}. */
    public List<Evidence> collect(ExtractionInput input, List<Figure> figures) {
        String text = input.text();
        SectionParts parts = SectionParts.of(input);
        List<TextRange> debris = input.boilerplate();
        List<Evidence> out = new ArrayList<>(figures.size());
        Map<Integer, Integer> perSentence = new HashMap<>();
        for (Figure f : figures) {
            perSentence.merge(f.sentenceStart(), 1, Integer::sum);
        }
        // old reports write numbers in Chinese words; the rules are weaker there (a document-wide trait)
        int chinese = 0;
        for (Figure f : figures) {
            chinese += hasDigit(f.text()) ? 0 : 1;
        }
        double chineseShare = figures.isEmpty() ? 0 : chinese / (double) figures.size();
        // what the document says against itself (two values for one indicator and year, level vs growth,
        // a passed target year) is evidence too: the fit decides how much it weighs
        List<List<String>> checked = checks.flags(input.reportDate(), input.year(), figures);
        Integer reportYear = input.year() != null ? input.year()
                : input.reportDate() == null ? null : input.reportDate().getYear();
        // the document's era: reports before 2000 (planned economy, old layout, long reviews inside the
        // plan part, goals as 翻番) are where kinds and names go wrong most; unknown year = not old
        double oldEra = reportYear != null && reportYear < OLD_ERA_BEFORE ? 1.0 : 0.0;
        Figure previous = null;
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            Map<String, Double> extra = new LinkedHashMap<>();
            extra.put("doc_chinese_share", chineseShare);
            extra.put("era_old", oldEra);
            timeEvidence(text, f, reportYear, oldEra > 0, extra);
            for (String code : checked.get(i)) {
                extra.put("check_" + code, 1.0);
            }
            out.add(of(text, parts, debris, f, previous, perSentence.getOrDefault(f.sentenceStart(), 1), extra));
            previous = f;
        }
        return out;
    }

    private Evidence of(String text, SectionParts parts, List<TextRange> debris, Figure f, Figure previous, int inSentence,
            Map<String, Double> extra) {
        Map<String, Double> e = new LinkedHashMap<>(extra);
        int start = Math.min(Math.max(0, f.start()), text.length());
        int sentenceStart = Math.min(Math.max(0, f.sentenceStart()), start);
        kindEvidence(text, parts, f, start, sentenceStart, e);
        indicatorEvidence(text, f, start, sentenceStart, e);
        unitEvidence(f, e);
        surroundings(text, debris, f, e);
        e.put("qualifier", f.qualifier().id().isEmpty() ? 0.0 : 1.0);
        e.put("range", f.valueHigh() == null ? 0.0 : 1.0);
        e.put("estimated", f.estimated() ? 1.0 : 0.0);
        e.put("period_missing", f.period() == null ? 1.0 : 0.0);
        e.put("list_member", previous != null && previous.sentenceStart() == f.sentenceStart()
                && onlySeparators(text, previous.end(), start) ? 1.0 : 0.0);
        e.put("sentence_figures", Math.log1p(inSentence - 1) / 3.0);
        return new Evidence(e);
    }

    private void kindEvidence(String text, SectionParts parts, Figure f, int start, int sentenceStart, Map<String, Double> e) {
        List<KindCueScan.Found> found = cues.scan(text, sentenceStart, start);
        boolean goal = false;
        boolean past = false;
        KindCueScan.Found last = null;
        for (KindCueScan.Found c : found) {
            if (c.side() == KindCueScan.Side.GOAL) {
                goal = true;
                last = c;
            } else if (c.side() == KindCueScan.Side.PAST) {
                past = true;
                last = c;
            }
        }
        e.put("cue_none", last == null ? 1.0 : 0.0);
        e.put("cue_conflict", goal && past ? 1.0 : 0.0);
        if (last != null) {
            e.put("cue_far", Math.min(1.0, Math.log1p(start - last.end()) / Math.log(60)));
            boolean againstCue = (last.side() == KindCueScan.Side.GOAL && f.kind() == Kind.ACHIEVEMENT)
                    || (last.side() == KindCueScan.Side.PAST && f.kind() == Kind.TARGET);
            e.put("kind_vs_cue", againstCue ? 1.0 : 0.0);
        }
        SectionParts.Part part = parts.at(start);
        boolean againstSection = (f.kind() == Kind.TARGET && part == SectionParts.Part.REVIEW)
                || (f.kind() == Kind.ACHIEVEMENT && part == SectionParts.Part.PLAN);
        e.put("kind_vs_section", againstSection ? 1.0 : 0.0);
        e.put("kind_other", f.kind() == Kind.OTHER ? 1.0 : 0.0);
        e.put("kind_target", f.kind() == Kind.TARGET ? 1.0 : 0.0);
    }

    private void indicatorEvidence(String text, Figure f, int start, int sentenceStart, Map<String, Double> e) {
        String name = f.indicatorText() == null ? "" : f.indicatorText();
        boolean core = f.indicator() != null;
        e.put("ind_core", core ? 1.0 : 0.0);
        if (!core && coreNameBefore(text, sentenceStart, start)) {
            e.put("core_name_unused", 1.0); // the sentence names a core indicator, but not for this figure
        }
        e.put("ind_text_length", Math.log1p(name.length()) / 3.0);
        if (!name.isEmpty() && (comparisonChars.indexOf(name.charAt(0)) >= 0 || name.startsWith("快于") || name.startsWith("高于"))) {
            e.put("ind_text_comparison", 1.0); // the "name" is a comparison (较“十三五”末): the real name is elsewhere
        }
        for (int i = Math.max(sentenceStart, start - 8); i < start; i++) {
            if (comparisonChars.indexOf(text.charAt(i)) >= 0) {
                e.put("comparison_before", 1.0); // 比上年…: the number may be a baseline
                break;
            }
        }
        if (name.isEmpty()) {
            e.put("ind_empty", 1.0);
            if (units.isRelative(f.unit())) {
                e.put("unnamed_rate", 1.0); // a growth of what?
            }
            return;
        }
        boolean carried = name.indexOf('→') >= 0;
        // the name's last start before the figure, looked for within its sentence only (not back to the document's start)
        int at = -1;
        if (!carried) {
            int found = text.substring(sentenceStart, Math.min(text.length(), start - 1 + name.length())).lastIndexOf(name);
            at = found < 0 ? -1 : sentenceStart + found;
        }
        boolean inSentence = at >= sentenceStart && at + name.length() <= start;
        if (core) {
            boolean exact = !carried && synonyms.contains(name.toLowerCase(Locale.ROOT));
            e.put(exact ? "ind_exact" : "ind_guess", 1.0);
        }
        if (inSentence) {
            int gap = start - (at + name.length());
            e.put("ind_far", Math.min(1.0, Math.log1p(gap) / Math.log(40)));
        } else {
            e.put("ind_outside", 1.0); // named in an earlier sentence, carried, or from the words after the number
        }
    }

    /**
     * The figure's time against the report's: a year written in the figure's clause long before the
     * report (一九七八年…, 1982年为…: a baseline or a historical comparison, rarely this report's
     * achievement or target), the figure's period ending long before the report, a from-to pattern
     * where the figure is the "from" side (由…增加到, 1982年为X，1987年提高到Y), and interactions of
     * the kind with the era and the kind cue that a linear model cannot form itself.
     */
    private void timeEvidence(String text, Figure f, Integer reportYear, boolean oldEra, Map<String, Double> e) {
        int start = Math.min(Math.max(0, f.start()), text.length());
        int sentenceStart = Math.min(Math.max(0, f.sentenceStart()), start);
        int clauseStart = clauseStart(text, sentenceStart, start);
        int sentenceEnd = Math.min(text.length(), Math.max(f.end(), f.sentenceEnd()));
        Integer clauseYear = latestYear(text, clauseStart, start);
        if (reportYear != null && clauseYear != null) {
            int age = reportYear - clauseYear;
            if (age >= 2) {
                e.put("clause_year_old", Math.min(1.0, Math.log1p(age - 1) / Math.log(30)));
            }
        }
        Integer periodEnd = lastYear(f.period());
        if (reportYear != null && periodEnd != null && f.kind() != Kind.TARGET && reportYear - periodEnd >= 2) {
            e.put("period_old", Math.min(1.0, Math.log1p(reportYear - periodEnd - 1) / Math.log(30)));
        }
        int end = Math.min(Math.max(start, f.end()), text.length());
        String after = text.substring(end, Math.min(sentenceEnd, end + 14));
        int cut = firstBreak(after);
        String afterClause = cut < 0 ? after : after.substring(0, cut);
        String beforeClause = text.substring(clauseStart, start);
        boolean fromSide = (beforeClause.contains("由") || beforeClause.contains("从")) && (afterClause.contains("到")
                || afterClause.contains("至")); // 增加到, 提高到, 下降到 … all end in 到
        // 1982年为X，1987年提高到Y: the next clause names a later year and a change to a new value
        boolean thenLater = clauseYear != null && cut >= 0 && LATER_CHANGE.matcher(after.substring(cut)).matches();
        if (fromSide || thenLater) {
            e.put("from_side", 1.0);
        }
        if (beforeClause.contains("分别") || afterClause.contains("分别")) {
            e.put("respectively", 1.0); // names and numbers paired by position: the pairing may be off by one
        }
        if (beforeClause.contains("比") || beforeClause.contains("较") || beforeClause.contains("相当于")) {
            e.put("comparison_in_clause", 1.0);
        }
        String name = f.indicatorText() == null ? "" : f.indicatorText();
        if (!name.isEmpty() && (hasDigit(name) || name.contains("亿") || name.contains("万") || name.contains("台阶"))) {
            e.put("ind_text_measure", 1.0); // the "name" is itself a quantity (万亿元台阶): the real name is elsewhere
        }
        boolean goalCue = false;
        for (KindCueScan.Found c : cues.scan(text, sentenceStart, start)) {
            goalCue |= c.side() == KindCueScan.Side.GOAL;
        }
        if (f.kind() == Kind.TARGET && !goalCue) {
            e.put("target_no_goal_cue", 1.0); // a target with no goal word before it in its sentence
        }
        if (oldEra) {
            e.put("old_" + f.kind().id(), 1.0);
        }
        e.put("doc_position", text.isEmpty() ? 0.0 : start / (double) text.length());
        if (splitThousands(text, start, f.text())) {
            e.put("split_thousands", 1.0);
        }
    }

    /**
     * "33，212万吨": old typesetting (and some OCR) separates thousands with a comma, full-width too; a
     * figure of exactly three leading digits right after "digits + comma" is likely the tail of a
     * larger number cut at the separator.
     */
    private static boolean splitThousands(String text, int start, String span) {
        if (start < 2 || span == null || span.length() < 3) {
            return false;
        }
        char comma = text.charAt(start - 1);
        if ((comma != '，' && comma != ',') || !isArabic(text.charAt(start - 2))) {
            return false;
        }
        int lead = 0;
        while (lead < span.length() && isArabic(span.charAt(lead))) {
            lead++;
        }
        return lead == 3;
    }

    private static boolean isArabic(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static int clauseStart(String text, int sentenceStart, int start) {
        for (int i = start - 1; i >= sentenceStart; i--) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return sentenceStart;
    }

    private static int firstBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (CLAUSE_BREAKS.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The latest year (1900–2099) written in text[from, to) with 年 after it, in any digits. */
    static Integer latestYear(String text, int from, int to) {
        Integer best = null;
        for (int i = Math.max(0, from); i + 4 < to + 1 && i + 4 < text.length(); i++) {
            if (text.charAt(i + 4) != '年' && !(i + 4 < to && (text.charAt(i + 4) == '—' || text.charAt(i + 4) == '-'))) {
                continue;
            }
            int y = 0;
            boolean ok = true;
            for (int k = 0; k < 4 && ok; k++) {
                int d = digit(text.charAt(i + k));
                ok = d >= 0;
                y = y * 10 + d;
            }
            if (ok && y >= 1900 && y < 2100 && (i == 0 || digit(text.charAt(i - 1)) < 0)) {
                best = best == null ? y : Math.max(best, y);
            }
        }
        return best;
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        int k = CHINESE_DIGITS.indexOf(c);
        return k < 0 ? -1 : k <= 2 ? 0 : k - 2;
    }

    /** The last year of a period label (2025, 2021-2025, 2025Q1…), or null. */
    private static Integer lastYear(String period) {
        if (period == null) {
            return null;
        }
        Integer last = null;
        java.util.regex.Matcher m = YEAR.matcher(period);
        while (m.find()) {
            last = Integer.parseInt(m.group());
        }
        return last;
    }

    private boolean coreNameBefore(String text, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            List<String> phrases = synonymsByFirst.get(text.charAt(i));
            if (phrases != null) {
                for (String p : phrases) {
                    if (i + p.length() <= to && text.startsWith(p, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean hasDigit(String span) {
        for (int i = 0; i < span.length(); i++) {
            char c = span.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
                return true;
            }
        }
        return false;
    }

    private void unitEvidence(Figure f, Map<String, Double> e) {
        String family = familyOf(f.unit());
        String key = f.indicator() == null ? "-" : f.indicator();
        Map<String, Integer> counts = unitCounts.getOrDefault(key, Map.of());
        int total = unitTotals.getOrDefault(key, 0);
        int kinds = Math.max(1, counts.size());
        double p = (counts.getOrDefault(family, 0) + 0.5) / (total + 0.5 * (kinds + 1));
        e.put("unit_rare", Math.min(2.0, -Math.log(p) / 5.0));
        if (f.indicator() == null) {
            int[] fc = familyCore.getOrDefault(family, new int[2]);
            // 亿斤 without an indicator: units that usually come with a core indicator make a missed one likely
            e.put("unit_core_share", (fc[0] + 0.5) / (fc[1] + 1.0));
        }
        e.put("bare_number", f.unit().isBlank() || units.isBareMultiplier(f.unit()) ? 1.0 : 0.0);
        e.put("percent", units.isRelative(f.unit()) ? 1.0 : 0.0);
    }

    /** The unit family as the counts table keys it: % and 个百分点 apart, 万元 with 亿元. */
    public String familyOf(String unit) {
        return units.family(unit).name();
    }

    private void surroundings(String text, List<TextRange> debris, Figure f, Map<String, Double> e) {
        int start = Math.max(0, Math.min(f.start(), text.length()));
        int end = Math.max(start, Math.min(f.end(), text.length()));
        String span = text.substring(start, end);
        boolean digits = hasDigit(span);
        e.put("chinese_numeral", digits ? 0.0 : 1.0);
        if (!digits) {
            int yi = span.indexOf('亿');
            boolean compound = yi >= 0 && (span.indexOf('万', yi) > yi || span.indexOf('千', yi) > yi || span.indexOf('零', yi) > yi);
            e.put("chinese_compound", compound ? 1.0 : 0.0); // 三亿七千零六十二万吨: the hardest numerals
            e.put("chinese_long", Math.min(1.0, Math.max(0, span.length() - 4) / 6.0));
        }
        boolean smallInt = f.value().signum() > 0 && f.value().compareTo(java.math.BigDecimal.TEN) < 0
                && f.value().stripTrailingZeros().scale() <= 0;
        e.put("small_int", smallInt ? 1.0 : 0.0);
        int odd = 0;
        for (int i = Math.max(0, start - DEBRIS_WINDOW); i < Math.min(text.length(), end + DEBRIS_WINDOW); i++) {
            char c = text.charAt(i);
            if (i >= start && i < end) {
                continue;
            }
            if (DEBRIS_CHARS.indexOf(c) >= 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                odd++;
            }
        }
        e.put("debris_near", Math.min(1.0, odd / 2.0));
        boolean lineBreak = false;
        for (int i = Math.max(0, start - 3); i < Math.min(text.length(), end + 3); i++) {
            if ((i < start || i >= end) && text.charAt(i) == '\n' && !(i >= end && i <= end + 1 && sentenceEndBefore(text, i))) {
                lineBreak = true;
            }
        }
        e.put("line_break_near", lineBreak ? 1.0 : 0.0);
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        e.put("line_head", text.substring(lineStart, start).isBlank() ? 1.0 : 0.0);
        boolean nearBoilerplate = false;
        for (TextRange r : debris) {
            if (r.end() > start - BOILERPLATE_WINDOW && r.start() < end + BOILERPLATE_WINDOW) {
                nearBoilerplate = true;
                break;
            }
        }
        e.put("boilerplate_near", nearBoilerplate ? 1.0 : 0.0);
    }

    /** A line break right after a figure that closes its sentence is normal layout, not debris. */
    private static boolean sentenceEndBefore(String text, int newline) {
        return newline > 0 && "。；;！!？?".indexOf(text.charAt(newline - 1)) >= 0;
    }

    private static boolean onlySeparators(String text, int from, int to) {
        if (from < 0 || to > text.length() || from > to || to - from > 3) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (LIST_SEPARATORS.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
