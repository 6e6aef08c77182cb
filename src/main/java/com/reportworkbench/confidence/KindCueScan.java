package com.reportworkbench.confidence;

import com.reportworkbench.text.AssetLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind cues of assets/kind_cues.tsv (the same file the kind rules read) found in a sentence, kept
 * with their side (goal or past result) so that the confidence can see how strong the cue before a
 * figure is and whether cues of both sides stand before it. Reads the file itself rather than reaching
 * into the kind rules, so that the rules can change without this evidence changing shape.
 */
final class KindCueScan {
    /** The side a cue points to. */
    enum Side { GOAL, PAST, ESTIMATE }

    /** A cue found in the text: where it ends and which side it points to. */
    record Found(int start, int end, Side side) {
    }

    private record Cue(String literal, Pattern pattern, Side side) {
    }

    private final Map<Character, List<Cue>> byFirst = new HashMap<>();
    private final StringBuilder comparisonChars = new StringBuilder();

    /** The first characters of the comparison words (比, 较, 同 …) of kind_cues.tsv. */
    String comparisonChars() {
        return comparisonChars.toString();
    }

    KindCueScan() {
        for (String[] cols : AssetLines.readColumns("kind_cues.tsv")) {
            String effect = cols[1].toLowerCase(Locale.ROOT);
            if (effect.equals("comparison")) {
                comparisonChars.append(cols[0]);
                continue;
            }
            Side side = switch (effect) {
                case "target", "plan_target", "horizon" -> Side.GOAL;
                case "achievement" -> Side.PAST;
                case "estimated" -> Side.ESTIMATE;
                default -> null; // baseline words are not cues of a side
            };
            if (side == null) {
                continue;
            }
            boolean regex = cols[0].startsWith("re:");
            String body = regex ? cols[0].substring(3) : cols[0];
            Cue cue = new Cue(regex ? null : body, regex ? Pattern.compile(body) : null, side);
            byFirst.computeIfAbsent(body.charAt(0), k -> new ArrayList<>()).add(cue);
        }
    }

    /** The cues in [from, to) of {@code text}, in text order. */
    List<Found> scan(String text, int from, int to) {
        List<Found> out = new ArrayList<>();
        for (int i = Math.max(0, from); i < to; i++) {
            List<Cue> cues = byFirst.get(text.charAt(i));
            if (cues == null) {
                continue;
            }
            for (Cue c : cues) {
                int end = -1;
                if (c.literal != null) {
                    if (i + c.literal.length() <= to && text.startsWith(c.literal, i)) {
                        end = i + c.literal.length();
                    }
                } else {
                    Matcher m = c.pattern.matcher(text).region(i, to);
                    if (m.lookingAt()) {
                        end = m.end();
                    }
                }
                if (end < 0) {
                    continue;
                }
                boolean comparison = c.side == Side.PAST && i > 0 && comparisonChars.indexOf(String.valueOf(text.charAt(i - 1))) >= 0;
                if (!comparison) {
                    out.add(new Found(i, end, c.side));
                }
                i = end - 1;
                break;
            }
        }
        return out;
    }
}
