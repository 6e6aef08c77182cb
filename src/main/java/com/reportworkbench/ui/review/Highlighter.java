package com.reportworkbench.ui.review;

import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.store.Origin;
import com.reportworkbench.store.ReviewStatus;
import com.reportworkbench.text.TextRange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The style spans of a document: every figure by kind and status, boilerplate dimmed, headings bold.
 * Pure and thread-safe: computed off the FX thread, applied in one setStyleSpans call.
 */
public final class Highlighter {
    public static final String FIGURE = "fig";
    static final String FIGURE_EVEN = "fig-a";
    static final String FIGURE_ODD = "fig-b";

    private Highlighter() {}

    public static StyleSpans<Collection<String>> compute(String text, List<TextRange> boilerplate,
            List<TextRange> headings, List<FigureRecord> figures) {
        int n = text.length();
        byte[] layer = new byte[n]; // bit 1 boilerplate, bit 2 heading
        for (TextRange r : boilerplate) {
            for (int i = Math.max(0, r.start()); i < Math.min(n, r.end()); i++) {
                layer[i] |= 1;
            }
        }
        for (TextRange r : headings) {
            for (int i = Math.max(0, r.start()); i < Math.min(n, r.end()); i++) {
                layer[i] |= 2;
            }
        }
        int[] owner = new int[n]; // index+1 of the figure covering the char, 0 for none
        for (int f = 0; f < figures.size(); f++) {
            FigureRecord r = figures.get(f);
            int s = Math.max(0, r.current().start());
            int e = Math.min(n, r.current().end());
            for (int i = s; i < e; i++) {
                if (owner[i] == 0) {
                    owner[i] = f + 1;
                }
            }
        }
        List<Collection<String>> figureStyles = new ArrayList<>(figures.size());
        for (int f = 0; f < figures.size(); f++) {
            List<String> style = figureStyle(figures.get(f));
            // alternate a marker so that two figures touching each other stay two highlights
            style.add(f % 2 == 0 ? FIGURE_EVEN : FIGURE_ODD);
            figureStyles.add(style);
        }
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>(256);
        if (n == 0) {
            b.add(Collections.emptyList(), 0);
            return b.create();
        }
        int runStart = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || layer[i] != layer[runStart] || owner[i] != owner[runStart]) {
                b.add(style(layer[runStart], owner[runStart] == 0 ? null : figureStyles.get(owner[runStart] - 1)),
                        i - runStart);
                runStart = i;
            }
        }
        return b.create();
    }

    static List<String> figureStyle(FigureRecord r) {
        List<String> s = new ArrayList<>(5);
        s.add(FIGURE);
        s.add("fig-" + r.current().kind().id());
        if (r.status() == ReviewStatus.REJECTED) {
            s.add("fig-rejected");
        } else if (!r.isReviewed()) {
            s.add("fig-proposed");
        }
        if (r.origin() == Origin.ANALYST) {
            s.add("fig-added");
        }
        if (r.current().estimated()) {
            s.add("fig-estimated");
        }
        return s;
    }

    private static Collection<String> style(byte layer, Collection<String> figure) {
        if (layer == 0 && figure == null) {
            return Collections.emptyList();
        }
        List<String> s = new ArrayList<>(figure == null ? 2 : figure.size() + 2);
        if ((layer & 1) != 0) {
            s.add("boilerplate");
        }
        if ((layer & 2) != 0) {
            s.add("heading");
        }
        if (figure != null) {
            s.addAll(figure);
        }
        return s;
    }

    /** How many figure highlights the spans hold: maximal runs carrying the figure style. */
    public static int countHighlights(StyleSpans<Collection<String>> spans) {
        int count = 0;
        Collection<String> previous = null;
        for (var span : spans) {
            Collection<String> style = span.getStyle();
            boolean fig = style.contains(FIGURE);
            if (fig && (previous == null || !previous.contains(FIGURE)
                    || previous.contains(FIGURE_EVEN) != style.contains(FIGURE_EVEN))) {
                count++;
            }
            if (span.getLength() > 0) {
                previous = style;
            }
        }
        return count;
    }
}
