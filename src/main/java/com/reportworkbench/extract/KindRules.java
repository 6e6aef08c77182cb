package com.reportworkbench.extract;

import com.reportworkbench.text.AssetLines;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides target / achievement / other and "estimated" for a figure (figures.md section 4). The
 * sentence decides first (the cue of assets/kind_cues.tsv nearest before the figure), the report part
 * second (review → achievement, plan → target). 从A降至B: A is the old state, kind other.
 */
final class KindRules {
    /** The decision for one figure; pastInPlan marks a result recalled inside a plan part (去年增长5%). */
    record Decision(Kind kind, boolean estimated, boolean pastInPlan) {
    }

    private enum Effect { TARGET, PLAN_TARGET, ACHIEVEMENT, ESTIMATED, BASELINE, HORIZON, COMPARISON, PAST_YEAR, CHANGE_TO, BASE_YEAR }

    /** A cue: a literal word, or a regular expression (pattern not null) that must start with {@code first}. */
    private record Cue(String literal, Pattern pattern, Effect effect, String notAfter) {
    }

    private static final int BASELINE_LOOKAHEAD = 12;

    private final List<Cue> cues = new ArrayList<>();
    private final List<String> baselineWords = new ArrayList<>();
    /** Words that open the clause after a dated baseline and name the new state (由上年的2.51吨，降低到…). */
    private final List<String> changeWords = new ArrayList<>();
    /** Characters that turn a following past-time cue into a comparison baseline (比去年, 与去年大体持平). */
    private final StringBuilder comparisonChars = new StringBuilder();
    private final java.util.BitSet firstChars = new java.util.BitSet(65536);
    /** Cues by first character, in file order: at a position the first cue of the file that matches counts. */
    private final java.util.Map<Character, List<Cue>> byFirst = new java.util.HashMap<>();

    KindRules() {
        for (String[] cols : AssetLines.readColumns("kind_cues.tsv")) {
            Effect effect = Effect.valueOf(cols[1].toUpperCase(java.util.Locale.ROOT));
            if (effect == Effect.BASELINE) {
                baselineWords.add(cols[0]);
                continue;
            }
            if (effect == Effect.COMPARISON) {
                comparisonChars.append(cols[0]);
                continue;
            }
            if (effect == Effect.CHANGE_TO) {
                changeWords.add(cols[0]);
                continue;
            }
            String notAfter = cols.length > 2 ? cols[2] : "";
            Cue cue = cols[0].startsWith("re:") ? new Cue(null, Pattern.compile(cols[0].substring(3)), effect, notAfter)
                    : new Cue(cols[0], null, effect, notAfter);
            cues.add(cue);
            char first = firstCharOf(cols[0]);
            firstChars.set(first);
            byFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(cue);
        }
    }

    /**
     * End of the first cue (file order) that matches at {@code i} within [i, to), or -1; its effect in
     * {@code effect[0]}. A horizon cue becomes a target when its year is not before the plan year, and
     * matches nothing when the year is past (then the section decides).
     */
    private int cueAt(String text, int i, int to, Effect[] effect, Integer planYear) {
        for (Cue c : byFirst.get(text.charAt(i))) {
            if (i > 0 && c.notAfter.indexOf(text.charAt(i - 1)) >= 0) {
                continue; // 五年内 is a span of years, not 年内 (this year)
            }
            if (c.literal != null) {
                if (i + c.literal.length() <= to && text.startsWith(c.literal, i)) {
                    effect[0] = c.effect;
                    return i + c.literal.length();
                }
            } else {
                Matcher m = c.pattern.matcher(text); // regex cues are few and start with a rare character
                m.region(i, to);
                if (m.lookingAt()) {
                    if (c.effect == Effect.PAST_YEAR) {
                        Integer year = yearOf(m.group());
                        if (planYear == null || year == null || year.equals(planYear)) {
                            continue; // the plan year itself: the section decides (a report of September reviews it)
                        }
                        // a later year (一九九○年工农业总产值达到…) is what the plan aims at
                        effect[0] = year < planYear ? Effect.ACHIEVEMENT : Effect.TARGET;
                        return m.end();
                    }
                    if (c.effect == Effect.HORIZON) {
                        Integer year = firstYear(m.group());
                        if (planYear != null && year != null && year < planYear) {
                            continue;
                        }
                        effect[0] = Effect.TARGET;
                    } else {
                        effect[0] = c.effect;
                    }
                    return m.end();
                }
            }
        }
        return -1;
    }

    /** Cues of a sentence prefix, found once per sentence and reused for each of its figures. */
    final class SentenceCues {
        private final int[] starts;
        private final Effect[] effects;
        private final int count;

        private SentenceCues(String text, int from, int to, Integer planYear) {
            List<int[]> found = new ArrayList<>();
            List<Effect> kinds = new ArrayList<>();
            Effect[] matched = new Effect[1];
            for (int i = from; i < to; i++) {
                if (!firstChars.get(text.charAt(i))) {
                    continue; // most characters start no cue
                }
                int cueEnd = cueAt(text, i, to, matched, planYear);
                if (cueEnd < 0) {
                    continue;
                }
                Effect e = matched[0];
                if (e == Effect.ACHIEVEMENT && i > 0 && comparisonChars.indexOf(String.valueOf(text.charAt(i - 1))) >= 0) {
                    continue; // 比去年: a baseline, not a statement about last year
                }
                found.add(new int[] {i, e == Effect.ACHIEVEMENT ? pastYearAt(text, i, cueEnd) : 0, cueEnd});
                kinds.add(e);
                i = cueEnd - 1;
            }
            // 1982年为270元，1987年提高到463元: a year before the last reviewed one, followed in the sentence by
            // a later year, is the base of a change over the years, not a result of the period reviewed
            for (int k = 0; k + 1 < found.size() && planYear != null; k++) {
                int year = found.get(k)[1];
                int next = found.get(k + 1)[1];
                int cueEnd = found.get(k)[2];
                boolean levelStated = cueEnd < to && text.charAt(cueEnd) == '为'; // 1982年为270元, not 1983年增加…
                if (year > 0 && year < planYear - 1 && next > year && levelStated) {
                    kinds.set(k, Effect.BASE_YEAR);
                }
            }
            count = found.size();
            starts = new int[count];
            effects = new Effect[count];
            for (int i = 0; i < count; i++) {
                starts[i] = found.get(i)[0];
                effects[i] = kinds.get(i);
            }
        }
    }

    /** The year of a past-year cue found at [from, to) (1982年, 一九八二年), or 0 for any other cue. */
    private static int pastYearAt(String text, int from, int to) {
        String cue = text.substring(from, to);
        if (!cue.endsWith("年")) {
            return 0;
        }
        Integer y = yearOf(cue);
        return y == null ? 0 : y;
    }

    /** The first character a cue can start with; a regex cue must start with a literal character. */
    private static char firstCharOf(String cue) {
        String body = cue.startsWith("re:") ? cue.substring(3) : cue;
        char c = body.charAt(0);
        if ("[(\\.^$|?*+{".indexOf(c) >= 0) {
            throw new IllegalStateException("kind_cues.tsv: a regex cue must start with a literal character: " + cue);
        }
        return c;
    }

    /** @param planYear the year the report plans, or null when unknown (a horizon cue is then a target) */
    SentenceCues cuesOf(String text, int sentenceStart, int sentenceEnd, Integer planYear) {
        return new SentenceCues(text, sentenceStart, sentenceEnd, planYear);
    }

    /** The year a cue names in Arabic or Chinese digits (1982年, 一九八二年), or null. */
    private static Integer yearOf(String cueText) {
        int y = 0;
        int digits = 0;
        for (int k = 0; k < cueText.length() && digits < 4; k++) {
            char c = cueText.charAt(k);
            int d = Character.isDigit(c) ? c - '0' : c == '○' || c == '〇' ? 0 : ChineseNumerals.digit(c);
            if (d < 0) {
                if (digits > 0) {
                    break;
                }
                continue;
            }
            y = y * 10 + d;
            digits++;
        }
        return digits == 4 ? y : null;
    }

    /** The first four-digit year of a cue's text. */
    private static Integer firstYear(String cueText) {
        for (int k = 0; k + 4 <= cueText.length(); k++) {
            if (Character.isDigit(cueText.charAt(k))) {
                int end = k;
                while (end < cueText.length() && Character.isDigit(cueText.charAt(end))) {
                    end++;
                }
                return end - k == 4 ? Integer.valueOf(cueText.substring(k, end)) : null;
            }
        }
        return null;
    }

    Decision decide(String text, SentenceCues cues, int figureStart, int figureEnd, ReportStructure.Role role) {
        boolean estimated = false;
        Effect last = null;
        for (int i = 0; i < cues.count && cues.starts[i] < figureStart; i++) {
            Effect e = cues.effects[i];
            if (e == Effect.ESTIMATED) {
                estimated = true;
            } else if (e == Effect.PLAN_TARGET) {
                if (role == ReportStructure.Role.PLAN) {
                    last = Effect.TARGET;
                }
            } else {
                last = e;
            }
        }
        if (last == Effect.BASE_YEAR || isBaseline(text, figureStart, figureEnd)) {
            return new Decision(Kind.OTHER, estimated, false);
        }
        if (last == Effect.TARGET) {
            return new Decision(Kind.TARGET, estimated, false);
        }
        if (last == Effect.ACHIEVEMENT) {
            return new Decision(Kind.ACHIEVEMENT, estimated, role == ReportStructure.Role.PLAN);
        }
        return new Decision(role == ReportStructure.Role.PLAN ? Kind.TARGET : Kind.ACHIEVEMENT, estimated, false);
    }

    /**
     * A time phrase between a baseline or comparison word and "的" right before the number: 由一九七八年的,
     * 从2020年的, 较“十三五”末的, 比“五五”时期的, 由今年预计的 (a plan's base is this year's estimate).
     */
    private static final Pattern DATED_BASE = Pattern.compile("[“\"]?(?:(?:19|20)[0-9]{2}|[一二][〇○零一二三四五六七八九]{3}|上|去|今)年"
            + "(?:底|末)?(?:预计)?的|[“\"]?(?:十[一二三四五六七八九]|[一二三四五六七八九十])五[”\"]?(?:末|期间|时期|时期末)?的");
    private static final int DATED_BASE_LOOKBACK = 10;

    /**
     * 由2.5公里缩短至1公里: the number right after 由/从 with 至/到 coming is the old state. So is a dated number
     * after 由/从 (由一九七八年的36.5%调整到29%) and after a comparison word (较“十三五”末的9323亿元增加…).
     */
    private boolean isBaseline(String text, int start, int end) {
        boolean after = false;
        boolean dated = false;
        for (String w : baselineWords) {
            if (start >= w.length() && text.startsWith(w, start - w.length())) {
                after = true;
                break;
            }
        }
        if (!after && start > 1 && text.charAt(start - 1) == '的') {
            for (int j = start - 2; j >= Math.max(0, start - DATED_BASE_LOOKBACK); j--) {
                char c = text.charAt(j);
                if (c == '，' || c == '。' || c == '；' || c == ',') {
                    break;
                }
                boolean baseWord = baselineWords.contains(String.valueOf(c));
                if (baseWord || comparisonChars.indexOf(String.valueOf(c)) >= 0) {
                    if (!DATED_BASE.matcher(text).region(j + 1, start).matches()) {
                        break;
                    }
                    if (!baseWord) {
                        return true; // 较…末的A增加B: A is what it is compared with
                    }
                    after = true;
                    dated = true;
                    break;
                }
            }
        }
        if (!after) {
            return false;
        }
        int limit = Math.min(text.length(), end + BASELINE_LOOKAHEAD);
        for (int i = end; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '至' || c == '到') {
                return true;
            }
            if (c == '，' || c == ',') {
                // 由1978年的36.5％，降为33.6％: the new state may follow in the next clause
                return dated && opensWithChange(text, i + 1);
            }
            if (c == '。' || c == '；') {
                return false;
            }
        }
        return false;
    }

    private boolean opensWithChange(String text, int at) {
        for (String w : changeWords) {
            if (text.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }
}
