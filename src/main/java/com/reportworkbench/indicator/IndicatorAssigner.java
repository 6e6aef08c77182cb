package com.reportworkbench.indicator;

import com.reportworkbench.text.AssetLines;
import com.reportworkbench.unit.UnitTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names what the figures of one sentence measure: a core indicator id (assets/indicator_synonyms.tsv
 * plus analysts' synonyms) when the clause before a number names one, else a free indicator_text cut
 * from that clause. Handles the report idioms that spread names over several numbers:
 * "A和B分别增长20%、30%", "…16.65亿元，同比增长4.7%" (the growth inherits), "旅游接待521万人次、
 * 收入10.9亿元" (carry rules). Thread-safe after construction.
 */
public final class IndicatorAssigner {
    /** A figure's place in the sentence and its unit as written. */
    public record Span(int start, int end, String unit) {
    }

    /** What a figure measures: id is null when it is no core indicator. */
    public record Assignment(String id, String text) {
        static final Assignment NONE = new Assignment(null, "");
    }

    /** caseless: the phrase holds letters (GDP), so it is compared ignoring case; Chinese compares as is. */
    private record Synonym(String phrase, String id, boolean caseless) {
        Synonym(String phrase, String id) {
            this(phrase, id, phrase.chars().anyMatch(Character::isLetter) && phrase.chars().anyMatch(c -> c < 128));
        }
    }

    private record Hit(int start, int end, String id) {
    }

    private record Carry(String fromId, String word, String toId) {
    }

    private record Needs(String phrase, String id, String word) {
    }

    /** A word right before a synonym that cancels it, for figures in {@code unit} only (null: any unit). */
    private record Block(String word, String unit) {
    }

    /** The phrase names id only when the document never uses {@code word} (零售物价 is cpi where no 居民消费价格 is). */
    private record UnlessDocument(String phrase, String id, String word) {
    }

    /** head … tail within maxGap characters of one clause names id (粮食的年平均产量, 职工家庭人均生活费收入). */
    private record Gapped(String head, String tail, String id, int maxGap, String notInGap) {
    }

    private static final String CLAUSE_BREAKS = "，,；;：:。！!？?\n";
    private static final String LIST_SEPARATORS = "、，,和及与以 \u3000";

    private final List<Synonym> synonyms = new ArrayList<>();
    private final List<Block> blockBefore = new ArrayList<>();
    private final List<UnlessDocument> unlessDocument = new ArrayList<>();
    private final Set<String> unlessPhrases = new HashSet<>();
    /** Phrases that name their id only where no other noun is glued before them (经济增长, not 民营经济增长). */
    private final Map<String, Set<String>> standalone = new HashMap<>();
    private final List<String> standalonePrefixes = new ArrayList<>();
    /** "财政收入的60%以上": a name followed by one of these words and then the number measures a share of it. */
    private final List<String> shareWords = new ArrayList<>();
    /** Words that refer back to the indicator of the sentence before (…控制在10%以内。…涨幅仍高达21.7%). */
    private final List<String> refersBack = new ArrayList<>();
    /** 城乡居民 before 分别 names two lists items: 城镇居民, 农村居民. */
    private final Map<String, List<String>> splits = new HashMap<>();
    private final List<String> blockAfter = new ArrayList<>();
    /** Longer words ending in a block_before word that are nouns of their own (所有制单位 is no 单位GDP). */
    private final List<String> unblockBefore = new ArrayList<>();
    private final List<Gapped> gapped = new ArrayList<>();
    /** Clauses of nothing but qualifications passed on the way back to a subject. */
    private static final int MAX_EMPTY_CLAUSES = 2;
    /** Longest bracketed note looked through inside a gapped name. */
    private static final int MAX_NOTE = 12;
    /** Gapped rules by the first character of their head: a window is walked once for synonyms and heads. */
    private final Map<Character, List<Gapped>> gappedByFirst = new HashMap<>();
    /** Unit beginnings an indicator never comes in (per-capita incomes never in 亿元). */
    private final Map<String, List<String>> neverUnit = new HashMap<>();
    /** "（不包括村办工业百分之七）": a bracket opened by one of these words restates the figure before it. */
    private final List<String> scopeNotes = new ArrayList<>();
    private final List<Carry> carries = new ArrayList<>();
    private final List<Needs> needs = new ArrayList<>();
    private final Map<String, Set<String>> levelFamilies = new HashMap<>();
    private final IndicatorTextCutter cutter = new IndicatorTextCutter();
    private final UnitTable units = UnitTable.load();
    /** Marks an indicator measured in money: any currency fits it. */
    private static final String MONEY = "(money)";
    /** Synonyms by their first (lower-case) character: ASCII in an array, the rest in a map. */
    @SuppressWarnings("unchecked")
    private final List<Synonym>[] synonymsByFirst = new List[128];
    private final Map<Character, List<Synonym>> bySynonymFirst = new HashMap<>();

    /** The bundled synonyms plus {@code userSynonyms} (phrase → core id; unknown ids are ignored). */
    public IndicatorAssigner(IndicatorCatalog catalog, Map<String, String> userSynonyms) {
        for (String[] cols : AssetLines.readColumns("indicator_synonyms.tsv")) {
            addSynonym(catalog, cols[0], cols[1]);
        }
        if (userSynonyms != null) {
            userSynonyms.forEach((phrase, id) -> addSynonym(catalog, phrase, id));
        }
        for (String[] cols : AssetLines.readColumns("indicator_rules.tsv")) {
            switch (cols[0]) {
                case "block_before" -> blockBefore.add(new Block(cols[1], cols.length > 2 ? cols[2] : null));
                case "unless_document" -> {
                    unlessDocument.add(new UnlessDocument(cols[1].toLowerCase(Locale.ROOT), cols[2], cols[3]));
                    unlessPhrases.add(cols[1].toLowerCase(Locale.ROOT));
                }
                case "standalone" -> standalone.computeIfAbsent(cols[1].toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(cols[2]);
                case "standalone_after" -> standalonePrefixes.add(cols[1]);
                case "refers_back" -> refersBack.add(cols[1]);
                case "share_of" -> shareWords.add(cols[1]);
                case "split" -> splits.put(cols[1], List.of(cols).subList(2, cols.length));
                case "block_after" -> blockAfter.add(cols[1]);
                case "unblock_before" -> unblockBefore.add(cols[1]);
                case "gapped" -> gapped.add(new Gapped(cols[1], cols[2], cols[3], Integer.parseInt(cols[4]),
                        cols.length > 5 ? cols[5] : ""));
                case "never_unit" -> neverUnit.computeIfAbsent(cols[1], k -> new ArrayList<>()).add(cols[2]);
                case "scope_note" -> scopeNotes.add(cols[1]);
                case "carry" -> carries.add(new Carry(cols[1], cols[2], cols[3]));
                case "needs" -> needs.add(new Needs(cols[1], cols[2], cols[3]));
                default -> throw new IllegalStateException("indicator_rules.tsv: unknown rule " + cols[0]);
            }
        }
        for (Gapped g : gapped) {
            gappedByFirst.computeIfAbsent(g.head.charAt(0), k -> new ArrayList<>()).add(g);
        }
        for (Synonym s : synonyms) {
            char first = s.phrase.charAt(0);
            if (first < synonymsByFirst.length) {
                if (synonymsByFirst[first] == null) {
                    synonymsByFirst[first] = new ArrayList<>();
                }
                synonymsByFirst[first].add(s);
            } else {
                bySynonymFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(s);
            }
        }
        for (Indicator indicator : catalog.all()) {
            levelFamilies.put(indicator.id(), measureFamilies(indicator.usualMeasure()));
        }
    }

    private void addSynonym(IndicatorCatalog catalog, String phrase, String id) {
        if (phrase != null && !phrase.isBlank() && catalog.byId(id).isPresent()) {
            synonyms.add(new Synonym(phrase.strip().toLowerCase(Locale.ROOT), id));
        }
    }

    /** Forgets the cached clause names (the jieba dictionary stays loaded). */
    public void clearCaches() {
        cutter.clearCache();
    }

    /** Assignments for the figures of one sentence, in the order given. */
    public List<Assignment> assign(String text, int sentenceStart, List<Span> figures) {
        List<Assignment> out = new ArrayList<>(figures.size());
        List<Assignment> listNames = List.of();
        int chainIndex = 0;
        Assignment chainHead = Assignment.NONE;
        for (int i = 0; i < figures.size(); i++) {
            Span f = figures.get(i);
            int windowStart = i == 0 ? sentenceStart : Math.max(sentenceStart, figures.get(i - 1).end());
            String window = text.substring(Math.min(windowStart, f.start()), f.start());
            Assignment a;
            if (i > 0 && isOnlySeparators(window)) {
                chainIndex++;
                a = chainIndex < listNames.size() ? listNames.get(chainIndex) : chainHead;
                a = compatible(a, f.unit()) ? a : new Assignment(null, a.text());
            } else {
                chainIndex = 0;
                listNames = distributedNames(text, windowStart, f.start());
                if (listNames == FIGURES_BEFORE) {
                    listNames = namesOfFiguresBefore(out, figures, i, text);
                } else if (listNames.isEmpty() && i > 0 && cutter.isEmptyOfContent(window)) {
                    // "分别达6.9万元、3.4万元，增长4.2%、5.3%": a list of changes right after a list of levels
                    listNames = namesOfListBefore(out, figures, i, text);
                }
                if (!listNames.isEmpty()) {
                    a = listNames.get(0);
                } else {
                    a = single(text, sentenceStart, windowStart, f, i == 0 ? null : out.get(i - 1), window);
                    if (a.id() == null && i > 0 && out.get(i - 1).id() == null) {
                        Hit passed = passedOverName(text, sentenceStart, figures, i, window);
                        if (passed != null) {
                            a = new Assignment(passed.id, text.substring(passed.start, passed.end));
                        }
                    }
                }
                chainHead = a;
            }
            out.add(a);
        }
        return out;
    }

    /** Marks a 分别 list whose names are the figures before it ("A 5亿元、B 3亿元，分别增长…"). */
    private static final List<Assignment> FIGURES_BEFORE = List.of(Assignment.NONE);

    /**
     * "接待游客17.52亿人次、旅游花费1.27万亿元，分别增长32.9%、41.6%": the list after 分别 names nothing, so
     * its figures take, in order, the names of as many figures right before it (empty when too few).
     */
    private List<Assignment> namesOfFiguresBefore(List<Assignment> out, List<Span> figures, int i, String text) {
        int n = 1;
        for (int k = i + 1; k < figures.size()
                && isOnlySeparators(text.substring(figures.get(k - 1).end(), figures.get(k).start())); k++) {
            n++;
        }
        if (n < 2 || i < n) {
            return List.of();
        }
        return List.copyOf(out.subList(i - n, i));
    }

    /** As {@link #namesOfFiguresBefore}, when the figures before form a list themselves (only separators between). */
    private List<Assignment> namesOfListBefore(List<Assignment> out, List<Span> figures, int i, String text) {
        List<Assignment> names = namesOfFiguresBefore(out, figures, i, text);
        int n = names.size();
        for (int k = i - n + 1; k < i && n > 0; k++) {
            if (!isOnlySeparators(text.substring(figures.get(k - 1).end(), figures.get(k).start()))) {
                return List.of();
            }
        }
        return names;
    }

    private Assignment single(String text, int sentenceStart, int windowStart, Span f, Assignment previous, String window) {
        Hit best = null;
        // a name across a clause break does not count, so only the last clause is searched
        int clauseStart = clauseStartBefore(text, windowStart, f.start());
        List<Hit> found = hits(text, sentenceStart, clauseStart, f.start(), f.unit());
        for (Hit h : found) {
            if (!compatible(h.id, f.unit()) || crossesClause(text, h.end, f.start()) || shareOf(text, h.end, f.start())) {
                continue;
            }
            if (best == null || h.end > best.end || (h.end == best.end && h.start < best.start)) {
                best = h;
            }
        }
        if (best != null) {
            // overlapping names of the same indicator are one name: 零售物价 + 物价上涨幅度
            int start = best.start;
            for (Hit h : found) {
                if (h.id.equals(best.id) && h.start < start && h.end > start) {
                    start = h.start;
                }
            }
            return new Assignment(best.id, text.substring(start, best.end));
        }
        if (previous != null && previous.id() != null && opensScopeNote(window)) {
            return compatible(previous.id(), f.unit()) ? previous : new Assignment(null, previous.text());
        }
        if (previous == null || !cutter.isEmptyOfContent(window)) {
            Hit subject = subjectBeforeComma(text, windowStart, f);
            if (subject != null) {
                return new Assignment(subject.id, text.substring(subject.start, subject.end));
            }
        }
        if (previous != null) {
            for (Carry c : carries) {
                if (c.fromId.equals(previous.id()) && window.contains(c.word) && compatible(c.toId, f.unit())) {
                    return new Assignment(c.toId, previous.text() + "→" + c.word);
                }
            }
            if (cutter.isEmptyOfContent(window)) {
                return compatible(previous.id(), f.unit()) ? previous : new Assignment(null, previous.text());
            }
        }
        String clause = clauseBefore(text, windowStart, f.start());
        if (previous == null && refersBackOnly(clause)) {
            Hit before = lastHitOfPreviousSentence(text, sentenceStart, f.unit());
            if (before != null) {
                return new Assignment(before.id, text.substring(before.start, before.end));
            }
        }
        String name = cutter.cut(clause);
        if (name.isEmpty() && !IndicatorTextCutter.trimPunctuation(clause).isEmpty()) {
            name = cutter.nounAfter(text, f.end()); // "新建12所学校": the clause held only a verb
        }
        return new Assignment(null, name);
    }

    /**
     * "地区生产总值跨越3个千亿元台阶，达到1.5万亿元": a core name that could not be the figure right after it
     * (a count of steps, not a level in money) passes to the next figure when the words before that figure,
     * back to the last clause break or list mark, hold only verbs (达到, 达). The figure before must have
     * taken no name.
     */
    private Hit passedOverName(String text, int sentenceStart, List<Span> figures, int i, String window) {
        int lastBreak = -1;
        for (int k = window.length() - 1; k >= 0; k--) {
            if (CLAUSE_BREAKS.indexOf(window.charAt(k)) >= 0 || window.charAt(k) == '、') {
                lastBreak = k;
                break;
            }
        }
        if (lastBreak < 0 || !cutter.isEmptyOfContent(window.substring(lastBreak + 1))) {
            return null;
        }
        Span f = figures.get(i);
        // 3个千亿元台阶: a figure glued to the one before is part of it; the name stood before the first
        int j = i - 1;
        while (j > 0 && isOnlySeparators(text.substring(figures.get(j - 1).end(), figures.get(j).start()))) {
            j--;
        }
        Span p = figures.get(j);
        int pWindowStart = j == 0 ? sentenceStart : Math.max(sentenceStart, figures.get(j - 1).end());
        int pClause = clauseStartBefore(text, pWindowStart, p.start());
        Hit best = null;
        for (Hit h : hits(text, sentenceStart, pClause, p.start(), f.unit())) {
            if (compatible(h.id, p.unit())) {
                return null; // the name could have been the figure before's: it was declined for a reason
            }
            if (compatible(h.id, f.unit()) && (best == null || h.end > best.end)) {
                best = h;
            }
        }
        return best;
    }

    /** "（不包括村办工业": a bracket right after the figure before that narrows or widens its scope. */
    private boolean opensScopeNote(String window) {
        String w = window.strip();
        if (w.isEmpty() || (w.charAt(0) != '（' && w.charAt(0) != '(') || w.indexOf('）') >= 0 || w.indexOf(')') >= 0) {
            return false;
        }
        for (String note : scopeNotes) {
            if (w.startsWith(note, 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "我国进出口贸易总额，由一九七八年的355亿元增加到…": the first figure of a sentence whose own clause holds
     * only comparison and time words is about the core name that ends the clause before it.
     */
    private Hit subjectBeforeComma(String text, int sentenceStart, Span f) {
        int clauseStart = clauseStartBefore(text, sentenceStart, f.start());
        if (clauseStart <= sentenceStart || !cutter.isEmptyOfContent(text.substring(clauseStart, f.start()))) {
            return null;
        }
        // 农村居民人均纯收入，考虑价格下降因素，比上年实际增长4.3%: clauses of nothing but qualifications are passed
        for (int k = 0; k < MAX_EMPTY_CLAUSES && clauseStart - 1 > sentenceStart; k++) {
            int before = clauseStartBefore(text, sentenceStart, clauseStart - 1);
            if (before >= clauseStart - 1 || !cutter.isEmptyOfContent(text.substring(before, clauseStart - 1))) {
                break;
            }
            clauseStart = before;
        }
        if (clauseStart <= sentenceStart) {
            return null;
        }
        int prevClause = clauseStartBefore(text, sentenceStart, clauseStart - 1);
        Hit last = null;
        for (Hit h : hits(text, sentenceStart, prevClause, clauseStart - 1, f.unit())) {
            if (compatible(h.id, f.unit()) && (last == null || h.end > last.end)) {
                last = h;
            }
        }
        return last != null && cutter.isEmptyOfContent(text.substring(last.end, clauseStart - 1)) ? last : null;
    }

    /** The name ends right before a share word that stands right before the number (…收入的60%). */
    private boolean shareOf(String text, int nameEnd, int figureStart) {
        for (String w : shareWords) {
            if (nameEnd + w.length() == figureStart && text.startsWith(w, nameEnd)) {
                return true;
            }
        }
        return false;
    }

    /** "涨幅仍然高达": a clause that names nothing but a word pointing back (assets/indicator_rules.tsv refers_back). */
    private boolean refersBackOnly(String clause) {
        for (String w : refersBack) {
            int at = clause.indexOf(w);
            if (at >= 0 && cutter.isEmptyOfContent(clause.substring(0, at))
                    && cutter.isEmptyOfContent(clause.substring(at + w.length()))) {
                return true;
            }
        }
        return false;
    }

    /** The last core name of the sentence before, when it stands in the same paragraph. */
    private Hit lastHitOfPreviousSentence(String text, int sentenceStart, String unit) {
        int end = sentenceStart;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1)) && text.charAt(end - 1) != '\n') {
            end--;
        }
        if (end == 0 || text.charAt(end - 1) == '\n') {
            return null;
        }
        int start = end - 1;
        while (start > 0 && "。！!？?\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        Hit last = null;
        for (Hit h : hits(text, start, start, end, unit)) {
            if (compatible(h.id, unit) && (last == null || h.end > last.end)) {
                last = h;
            }
        }
        return last;
    }

    /** "接待游客和旅游收入分别增长20%": the names before 分别, one per figure of the list that follows. */
    private List<Assignment> distributedNames(String text, int windowStart, int figureStart) {
        // 分别 stands right before the list: look back a few characters only, never through the document
        int fenbie = -1;
        for (int i = figureStart - 2; i >= Math.max(windowStart, figureStart - 12); i--) {
            if (text.charAt(i) == '分' && text.charAt(i + 1) == '别') {
                fenbie = i;
                break;
            }
        }
        if (fenbie < 0) {
            return List.of();
        }
        int clauseStart = windowStart;
        for (int i = fenbie - 1; i >= windowStart; i--) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                clauseStart = i + 1;
                break;
            }
        }
        String names = text.substring(clauseStart, fenbie);
        if (cutter.isEmptyOfContent(names)) {
            return FIGURES_BEFORE;
        }
        String[] parts = names.split("[、和及与]|以及");
        if (parts.length < 2) {
            return splitNames(names);
        }
        List<Assignment> out = new ArrayList<>();
        int offset = clauseStart;
        String last = parts[parts.length - 1];
        for (int k = 0; k < parts.length; k++) {
            String part = parts[k];
            Hit best = longestHit(hits(text, offset, offset, offset + part.length(), null));
            if (best != null) {
                out.add(new Assignment(best.id, text.substring(best.start, best.end)));
            } else if (k < parts.length - 1 && !part.isBlank()) {
                out.add(sharedTail(IndicatorTextCutter.trimPunctuation(part), last));
            } else {
                out.add(new Assignment(null, IndicatorTextCutter.trimPunctuation(part)));
            }
            offset += part.length() + 1;
        }
        return out;
    }

    private static Hit longestHit(List<Hit> hits) {
        Hit best = null;
        for (Hit h : hits) {
            if (best == null || h.end - h.start > best.end - best.start) {
                best = h;
            }
        }
        return best;
    }

    /**
     * "城镇、农村居民人均可支配收入": an item that is only the head of a name shares the last item's tail. The
     * longest tail of the last item that makes the item a core name counts (城镇 + 居民人均可支配收入);
     * otherwise the item is named as written.
     */
    private Assignment sharedTail(String part, String last) {
        for (int j = 1; j < last.length(); j++) {
            String candidate = part + last.substring(j);
            for (Hit h : hits(candidate, 0, 0, candidate.length(), null)) {
                if (h.start < part.length() && h.end > part.length()) {
                    return new Assignment(h.id, candidate.substring(h.start, h.end));
                }
            }
        }
        return new Assignment(null, part);
    }

    /** "城乡居民人均可支配收入分别增长…": one name that stands for two (split rules of indicator_rules.tsv). */
    private List<Assignment> splitNames(String names) {
        for (Map.Entry<String, List<String>> e : splits.entrySet()) {
            int at = names.indexOf(e.getKey());
            if (at < 0) {
                continue;
            }
            List<Assignment> out = new ArrayList<>();
            for (String replacement : e.getValue()) {
                String name = IndicatorTextCutter.trimPunctuation(
                        names.substring(0, at) + replacement + names.substring(at + e.getKey().length()));
                Hit best = longestHit(hits(name, 0, 0, name.length(), null));
                out.add(best == null ? new Assignment(null, name) : new Assignment(best.id, name.substring(best.start, best.end)));
            }
            return out;
        }
        return List.of();
    }

    /** Synonym occurrences inside [from, to), minus those the block rules cancel for a figure in {@code unit}. */
    private List<Hit> hits(String text, int sentenceStart, int from, int to, String unit) {
        List<Hit> out = new ArrayList<>();
        // one pass over the window: only the synonyms that start with the character at hand are tried
        for (int i = from; i < to; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c >= 128) {
                List<Gapped> heads = gappedByFirst.get(c);
                if (heads != null) {
                    addGappedHits(text, i, to, heads, out);
                }
            }
            List<Synonym> starting = c < synonymsByFirst.length ? synonymsByFirst[c] : bySynonymFirst.get(c);
            if (starting == null) {
                continue;
            }
            for (Synonym s : starting) {
                int end = i + s.phrase.length();
                if (end > to || !(s.caseless ? text.regionMatches(true, i, s.phrase, 0, s.phrase.length())
                        : text.startsWith(s.phrase, i))) {
                    continue;
                }
                if (!needsMet(text, sentenceStart, i, s) || !standaloneMet(text, i, s) || !documentAllows(text, s)) {
                    continue;
                }
                out.add(new Hit(i, end, s.id));
            }
        }
        if (out.isEmpty()) {
            return out;
        }
        // a hit inside a longer hit that ends at the same place is the same name read shorter; the block
        // rules then judge the longer name (人均地区生产总值 blocks 生产总值 too)
        out.removeIf(h -> out.stream().anyMatch(o -> o != h && o.end == h.end && o.start < h.start));
        out.removeIf(h -> blocked(text, h.start, h.end, unit));
        return out;
    }

    /** head … tail of the gapped rules whose head starts at {@code at}, tail before {@code to}, one clause. */
    private void addGappedHits(String text, int at, int to, List<Gapped> heads, List<Hit> out) {
        for (Gapped g : heads) {
            if (at + g.head.length() <= to && text.startsWith(g.head, at)) {
                int tailFrom = at + g.head.length();
                // a bracketed note may stand in the gap uncounted: look a little further than the gap
                int tailAt = indexIn(text, g.tail, tailFrom, Math.min(to, tailFrom + g.maxGap + MAX_NOTE + g.tail.length()));
                if (tailAt >= 0 && gapLength(text, tailFrom, tailAt) <= g.maxGap && tailAt + g.tail.length() <= to
                        && !crossesClause(text, tailFrom, tailAt) && !hasListMark(text, tailFrom, tailAt)
                        && !holdsAny(text, tailFrom, tailAt, g.notInGap)) {
                    out.add(new Hit(at, tailAt + g.tail.length(), g.id));
                }
            }
        }
    }

    /** First place of word inside [from, to), or -1; never looks past {@code to} (a document is long). */
    private static int indexIn(String text, String word, int from, int to) {
        char first = word.charAt(0);
        for (int i = from; i + word.length() <= to; i++) {
            if (text.charAt(i) == first && text.startsWith(word, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Characters between from and to, a bracketed note not counted (粮食（不包括大豆）的产量). */
    private static int gapLength(String text, int from, int to) {
        int n = 0;
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                depth++;
            } else if ((c == '）' || c == ')') && depth > 0) {
                depth--;
            } else if (depth == 0) {
                n++;
            }
        }
        return depth == 0 ? n : Integer.MAX_VALUE;
    }

    private static boolean holdsAny(String text, int from, int to, String chars) {
        for (int i = from; i < to && !chars.isEmpty(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasListMark(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("、和及与".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private boolean blocked(String text, int start, int end, String unit) {
        for (Block b : blockBefore) {
            String w = b.word;
            if (start >= w.length() && text.startsWith(w, start - w.length())
                    && (b.unit == null || unit == null || b.unit.equals(unit)) && !unblocked(text, start)) {
                return true;
            }
        }
        for (String w : blockAfter) {
            if (text.startsWith(w, end)) {
                return true;
            }
        }
        return false;
    }

    private boolean unblocked(String text, int start) {
        for (String w : unblockBefore) {
            if (start >= w.length() && text.startsWith(w, start - w.length())) {
                return true;
            }
        }
        return false;
    }

    private boolean needsMet(String text, int sentenceStart, int start, Synonym s) {
        boolean ruled = false;
        for (Needs n : needs) {
            if (n.phrase.equals(s.phrase) && n.id.equals(s.id)) {
                ruled = true;
                // the bare phrase must not be part of a longer name, and one of its words must come earlier
                if (saysUnblocked(text, sentenceStart, start, n.word) && !precededByName(text, start)) {
                    return true;
                }
            }
        }
        return !ruled;
    }

    /**
     * Whether word stands in [from, to) where no block_before word is glued before it: "轻工业，总产值增长8％"
     * names a part of industry, so its 工业 does not let the bare 总产值 name the industrial output.
     */
    private boolean saysUnblocked(String text, int from, int to, String word) {
        for (int at = indexIn(text, word, from, to); at >= 0; at = indexIn(text, word, at + 1, to)) {
            boolean blocked = false;
            for (Block b : blockBefore) {
                if (b.unit == null && at >= from + b.word.length() && text.startsWith(b.word, at - b.word.length())
                        && !unblocked(text, at)) {
                    blocked = true;
                    break;
                }
            }
            if (!blocked) {
                return true;
            }
        }
        return false;
    }

    /** A standalone phrase counts at a clause start or after a word of standalone_after, not glued to a noun. */
    private boolean standaloneMet(String text, int start, Synonym s) {
        Set<String> ids = standalone.get(s.phrase);
        if (ids == null || !ids.contains(s.id)) {
            return true;
        }
        if (start == 0 || !Character.isLetter(text.charAt(start - 1))) {
            return true;
        }
        for (String w : standalonePrefixes) {
            if (start >= w.length() && text.startsWith(w, start - w.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the document allows the phrase to name its id (unless_document rules; rare phrases only). */
    private boolean documentAllows(String text, Synonym s) {
        if (!unlessPhrases.contains(s.phrase)) {
            return true; // nearly every name: no document-wide look-up
        }
        for (UnlessDocument u : unlessDocument) {
            if (u.phrase.equals(s.phrase) && u.id.equals(s.id) && documentSays(text, u.word)) {
                return false;
            }
        }
        return true;
    }

    /** Which words a document holds, asked once per document and word (a document is read sentence by sentence). */
    private record DocumentWords(String text, Map<String, Boolean> says) {
    }

    private volatile DocumentWords documentWords = new DocumentWords("", new java.util.concurrent.ConcurrentHashMap<>());

    private boolean documentSays(String text, String word) {
        DocumentWords d = documentWords;
        if (d.text != text) { // identity: the same document string is passed for all its sentences
            d = new DocumentWords(text, new java.util.concurrent.ConcurrentHashMap<>());
            documentWords = d;
        }
        return d.says.computeIfAbsent(word, text::contains);
    }

    private static boolean precededByName(String text, int start) {
        return start > 0 && Character.isLetter(text.charAt(start - 1)) && CLAUSE_BREAKS.indexOf(text.charAt(start - 1)) < 0
                && "，,、".indexOf(text.charAt(start - 1)) < 0;
    }

    private static boolean isClauseBreak(char c) {
        return switch (c) {
            case '，', ',', '；', ';', '：', ':', '。', '！', '!', '？', '?', '\n' -> true;
            default -> false;
        };
    }

    private static boolean crossesClause(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isClauseBreak(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String clauseBefore(String text, int windowStart, int figureStart) {
        return text.substring(clauseStartBefore(text, windowStart, figureStart), figureStart);
    }

    private static int clauseStartBefore(String text, int windowStart, int figureStart) {
        for (int i = figureStart - 1; i >= windowStart; i--) {
            if (isClauseBreak(text.charAt(i))) {
                return i + 1;
            }
        }
        return windowStart;
    }

    /** Qualifiers written after a number (assets/qualifiers.tsv "after"): 5%左右、5%以上、5%左右 is one list. */
    private static final List<String> AFTER_QUALIFIERS = AssetLines.readColumns("qualifiers.tsv").stream()
            .filter(cols -> cols.length > 1 && cols[1].equals("after")).map(cols -> cols[0])
            .sorted((a, b) -> b.length() - a.length()).toList();

    private static boolean isOnlySeparators(String window) {
        for (String q : AFTER_QUALIFIERS) {
            if (window.startsWith(q)) {
                window = window.substring(q.length());
                break;
            }
        }
        if (window.length() > 3) {
            return false;
        }
        for (int i = 0; i < window.length(); i++) {
            if (LIST_SEPARATORS.indexOf(window.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private boolean compatible(Assignment a, String unit) {
        return a.id() == null || compatible(a.id(), unit);
    }

    /**
     * Growth figures (%, 个百分点, 倍: relative units) fit every indicator; levels only the unit families of
     * usual_measure in indicators.tsv (assets/units.tsv decides the families: 亿公斤 is mass like 万吨).
     */
    private boolean compatible(String id, String unit) {
        if (id == null || unit == null || unit.isEmpty() || units.isRelative(unit)) {
            return true;
        }
        for (String w : neverUnit.getOrDefault(id, List.of())) {
            if (unit.startsWith(w)) {
                return false;
            }
        }
        if (units.isBareMultiplier(unit)) {
            return true;
        }
        Set<String> families = levelFamilies.get(id);
        if (families == null || families.isEmpty() || families.contains(units.family(unit).name())) {
            return true;
        }
        // any currency fits a money indicator: 进出口 in 亿元 or 亿美元, 外资 in 万美元 or 亿元
        return units.isMoney(unit) && families.contains(MONEY);
    }

    /** "growth %, level 亿元" → {cny, money}; "level 人/万人" → {person}; "level 万吨/亿斤/万斤" → {mass}. */
    private Set<String> measureFamilies(String usualMeasure) {
        Set<String> out = new HashSet<>();
        int level = usualMeasure.indexOf("level");
        if (level < 0) {
            return out;
        }
        for (String unit : usualMeasure.substring(level + 5).split("[/,，\\s]+")) {
            if (!unit.isBlank()) {
                out.add(units.family(unit.strip()).name());
                if (units.isMoney(unit.strip())) {
                    out.add(MONEY);
                }
            }
        }
        return out;
    }
}
