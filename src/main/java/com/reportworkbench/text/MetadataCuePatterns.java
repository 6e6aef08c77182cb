package com.reportworkbench.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The body-text cue patterns of assets/metadata_cues.tsv, by cue name. */
final class MetadataCuePatterns {
    private static final MetadataCuePatterns STANDARD = new MetadataCuePatterns(AssetLines.readColumns("metadata_cues.tsv"));

    private final Map<String, List<Pattern>> byCue = new LinkedHashMap<>();

    MetadataCuePatterns(List<String[]> rows) {
        for (String[] row : rows) {
            if (row.length >= 2) {
                byCue.computeIfAbsent(row[0], k -> new ArrayList<>()).add(Pattern.compile(row[1]));
            }
        }
    }

    static MetadataCuePatterns standard() {
        return STANDARD;
    }

    List<Pattern> get(String cue) {
        return byCue.getOrDefault(cue, List.of());
    }
}
