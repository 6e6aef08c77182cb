package com.reportworkbench.extract;

import com.reportworkbench.indicator.IndicatorAssigner;
import com.reportworkbench.indicator.IndicatorCatalog;
import com.reportworkbench.text.TextRange;
import com.reportworkbench.unit.UnitTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figure extractor: a scanner finds every number + unit, word rules drop what is no figure, the
 * report's structure and the sentence's cues give kind and period, and a synonym dictionary plus jieba
 * (on the short clause before a number only) name the indicator. All rules and word lists come from
 * assets/. Immutable and thread-safe once created: share one instance.
 */
public final class RuleBasedExtractor implements FigureExtractor {

    private final QuantityScanner scanner;
    private final QualifierRules qualifiers;
    private final NonFigureRules nonFigures;
    private final KindRules kinds;
    private final ReportStructure.Rules structureRules;
    private final IndicatorAssigner indicators;
    private final TextForms forms;
    private final MultiYearPeriods multiYear = new MultiYearPeriods();

    private RuleBasedExtractor(Map<String, String> userSynonyms) {
        this.scanner = new QuantityScanner(UnitTable.load());
        this.qualifiers = new QualifierRules();
        this.nonFigures = new NonFigureRules();
        this.kinds = new KindRules();
        this.structureRules = new ReportStructure.Rules();
        this.indicators = new IndicatorAssigner(IndicatorCatalog.load(), userSynonyms);
        this.forms = TextForms.standard();
    }

    /** An extractor with the bundled rules only. */
    public static RuleBasedExtractor create() {
        return new RuleBasedExtractor(Map.of());
    }

    /** An extractor that also knows analysts' synonyms: phrase → core indicator id of indicators.tsv. */
    public static RuleBasedExtractor create(Map<String, String> userSynonyms) {
        return new RuleBasedExtractor(userSynonyms == null ? Map.of() : Map.copyOf(userSynonyms));
    }

    @Override
    public void clearCaches() {
        indicators.clearCaches();
    }

    @Override
    public List<Figure> extract(ExtractionInput input) {
        String original = input.text();
        if (original == null || original.isEmpty()) {
            return List.of();
        }
        // old forms (全角, 14·1％, "4 9 2 5 0 万吨", 億元) are read through a view; figures point into the original
        TextForms.View view = forms.view(original);
        if (view.text() == original) {
            return extractRead(input); // a modern text: nothing to read differently
        }
        List<TextRange> debris = input.boilerplate();
        if (!view.sameOffsets()) {
            debris = new ArrayList<>(input.boilerplate().size());
            for (TextRange r : input.boilerplate()) {
                debris.add(new TextRange(view.viewOffset(r.start()), view.viewOffset(r.end())));
            }
        }
        List<Figure> read = extractRead(new ExtractionInput(view.text(), debris, input.reportDate(), input.year()));
        List<Figure> out = new ArrayList<>(read.size());
        for (Figure f : read) {
            int start = view.originalStart(f.start());
            int end = view.originalEnd(f.end());
            out.add(new Figure(start, end, original.substring(start, end), f.value(), f.valueHigh(), f.unit(),
                    f.baseValue(), f.qualifier(), f.kind(), f.estimated(), f.indicator(), f.indicatorText(),
                    f.period(), view.originalStart(f.sentenceStart()), view.originalEnd(f.sentenceEnd())));
        }
        return out;
    }

    /** The figures of a text in the one form the rules read. */
    private List<Figure> extractRead(ExtractionInput input) {
        String text = input.text();
        List<Candidate> candidates = candidates(text, input.boilerplate());
        ReportStructure structure = new ReportStructure(structureRules, input);
        List<Figure> figures = new ArrayList<>(candidates.size());
        int i = 0;
        while (i < candidates.size()) {
            int sentenceStart = sentenceStart(text, candidates.get(i).raw.start());
            int sentenceEnd = sentenceEnd(text, candidates.get(i).raw.start());
            int j = i;
            while (j < candidates.size() && candidates.get(j).raw.start() < sentenceEnd) {
                j++;
            }
            addSentence(text, structure, candidates.subList(i, j), sentenceStart, sentenceEnd, figures);
            i = j;
        }
        return figures;
    }

    private record Candidate(RawQuantity raw, Qualifier qualifier) {
    }

    private List<Candidate> candidates(String text, List<TextRange> boilerplate) {
        List<TextRange> debris = boilerplate.stream().sorted(java.util.Comparator.comparingInt(TextRange::start)).toList();
        int d = 0; // quantities come in text order: walk the debris ranges along, never search them
        List<Candidate> out = new ArrayList<>();
        for (RawQuantity q : scanner.scan(text)) {
            while (d < debris.size() && debris.get(d).end() <= q.start()) {
                d++;
            }
            if (d < debris.size() && debris.get(d).start() < q.end()) {
                continue;
            }
            Qualifier qualifier = qualifiers.around(text, q.start(), q.end(), q.innerAtLeast());
            if (!nonFigures.rejects(text, q, qualifier)) {
                out.add(new Candidate(q, qualifier));
            }
        }
        return out;
    }

    private void addSentence(String text, ReportStructure structure, List<Candidate> inSentence,
            int sentenceStart, int sentenceEnd, List<Figure> out) {
        List<IndicatorAssigner.Span> spans = new ArrayList<>(inSentence.size());
        for (Candidate c : inSentence) {
            spans.add(new IndicatorAssigner.Span(c.raw.start(), c.raw.end(), c.raw.unit()));
        }
        List<IndicatorAssigner.Assignment> names = indicators.assign(text, sentenceStart, spans);
        KindRules.SentenceCues cues = kinds.cuesOf(text, sentenceStart, sentenceEnd, structure.planYear());
        int listStart = sentenceStart;
        for (int k = 0; k < inSentence.size(); k++) {
            RawQuantity q = inSentence.get(k).raw;
            ReportStructure.Role role = structure.roleAt(q.start());
            KindRules.Decision d = kinds.decide(text, cues, q.start(), q.end(), role);
            if (k == 0 || !onlyListSeparators(text, inSentence.get(k - 1).raw.end(), q.start())) {
                listStart = MultiYearPeriods.clauseStart(text, sentenceStart, q.start());
            }
            String period = multiYear.periodOf(text, sentenceStart, listStart, q.start(), d.kind(),
                    structure.periodFor(d.kind(), q.start(), d.pastInPlan()), structure.planYear());
            IndicatorAssigner.Assignment name = names.get(k);
            out.add(new Figure(q.start(), q.end(), text.substring(q.start(), q.end()), q.value(), q.valueHigh(),
                    q.unit(), q.baseValue(), inSentence.get(k).qualifier, d.kind(), d.estimated(), name.id(),
                    name.text(), period, sentenceStart, sentenceEnd));
        }
    }

    /** "4%、5%和6%": nothing but list separators between two figures. */
    private static boolean onlyListSeparators(String text, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if ("、，,和及与 ".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '。' || c == '\n' || c == '！' || c == '？' || c == '!' || c == '?';
    }

    /** Start of the sentence holding {@code pos}: after the previous 。！？ or line break, blanks skipped. */
    static int sentenceStart(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && !isSentenceEnd(text.charAt(i))) {
            i--;
        }
        int start = i + 1;
        while (start < pos && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /** End (exclusive) of the sentence holding {@code pos}, its 。！？ included, a line break not. */
    static int sentenceEnd(String text, int pos) {
        int i = pos;
        while (i < text.length() && !isSentenceEnd(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) != '\n' ? i + 1 : i;
    }
}
