package com.reportworkbench.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the web debris around a scraped report: navigation and toolbar lines, share-site headers,
 * source/date bylines, footers, copyright and ICP lines, URLs, page-number debris. The markers are the
 * regular expressions of assets/boilerplate.tsv; a rule seen on one site only is anchored to that site's
 * markers and runs only on documents that hold one. The text is never changed: the ranges tell the
 * extractor (and the viewer) what to leave out. Thread-safe.
 */
public final class BoilerplateDetector {
    private final List<Pattern> lineRules = new ArrayList<>();
    /** For each line rule, the site markers one of which the document must hold (empty: any document). */
    private final List<String[]> lineAnchors = new ArrayList<>();
    private final List<Pattern> spanRules = new ArrayList<>();
    /** For each span rule, literals one of which every match holds (empty: always run the regex). */
    private final List<String[]> spanAnchors = new ArrayList<>();
    private final List<Pattern> tailRules = new ArrayList<>();

    public BoilerplateDetector() {
        for (String line : AssetLines.read("boilerplate.tsv")) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException("boilerplate.tsv: no tab in " + line);
            }
            String kind = line.substring(0, tab).strip();
            String rest = line.substring(tab + 1);
            int second = rest.indexOf('\t');
            String[] anchors = second < 0 ? new String[0] : rest.substring(second + 1).strip().split(" +");
            Pattern p = Pattern.compile((second < 0 ? rest : rest.substring(0, second)).strip());
            switch (kind) {
                case "line" -> {
                    lineRules.add(p);
                    lineAnchors.add(anchors);
                }
                case "span" -> {
                    spanRules.add(p);
                    spanAnchors.add(anchors);
                }
                case "tail" -> tailRules.add(p);
                default -> throw new IllegalStateException("boilerplate.tsv: unknown kind " + kind);
            }
        }
    }

    /** Debris ranges, sorted and merged. */
    public List<TextRange> detect(String text) {
        List<TextRange> found = new ArrayList<>();
        List<Pattern> activeLineRules = new ArrayList<>(lineRules.size());
        for (int r = 0; r < lineRules.size(); r++) {
            if (holdsAny(text, lineAnchors.get(r))) {
                activeLineRules.add(lineRules.get(r)); // a site's own debris only where that site's markers are
            }
        }
        TrimmedLines.forEach(text, (a, b) -> {
            if (b - a <= 200) {
                String line = text.substring(a, b);
                for (Pattern p : activeLineRules) {
                    if (p.matcher(line).matches()) {
                        found.add(new TextRange(a, b));
                        break;
                    }
                }
            }
        });
        for (int r = 0; r < spanRules.size(); r++) {
            if (!holdsAny(text, spanAnchors.get(r))) {
                continue; // a plain (vectorised) search instead of the regex tried at every position
            }
            Matcher m = spanRules.get(r).matcher(text);
            while (m.find()) {
                if (m.end() > m.start()) {
                    found.add(new TextRange(m.start(), m.end()));
                }
            }
        }
        for (Pattern p : tailRules) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                found.add(new TextRange(m.start(), text.length()));
            }
        }
        return merge(found);
    }

    private static boolean holdsAny(String text, String[] anchors) {
        if (anchors.length == 0) {
            return true;
        }
        for (String a : anchors) {
            if (text.contains(a)) {
                return true;
            }
        }
        return false;
    }

    private static List<TextRange> merge(List<TextRange> ranges) {
        ranges.sort(Comparator.comparingInt(TextRange::start));
        List<TextRange> out = new ArrayList<>();
        for (TextRange r : ranges) {
            if (!out.isEmpty() && r.start() <= out.get(out.size() - 1).end()) {
                TextRange last = out.remove(out.size() - 1);
                out.add(new TextRange(last.start(), Math.max(last.end(), r.end())));
            } else {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }
}
