package com.reportworkbench.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Indicators measured in more than one way ({@code assets/indicator_measures.tsv}): the figure's indicator
 * text names the measure (城镇调查失业率 → 调查, 城镇登记失业率 → 登记). A figure that names none has no measure.
 */
final class IndicatorMeasures {
    private static final IndicatorMeasures STANDARD = new IndicatorMeasures(TsvResource.rows("indicator_measures.tsv"));

    private final Map<String, List<String[]>> byIndicator = new HashMap<>();

    IndicatorMeasures(List<String[]> rows) {
        for (String[] row : rows) {
            if (row.length >= 3 && !row[0].isBlank()) {
                byIndicator.computeIfAbsent(row[0].trim(), k -> new ArrayList<>())
                        .add(new String[] {row[1].trim(), row[2].trim()});
            }
        }
    }

    static IndicatorMeasures standard() {
        return STANDARD;
    }

    /** The measure the indicator text names, or null. */
    String of(String indicator, String indicatorText) {
        if (indicator == null || indicatorText == null) {
            return null;
        }
        for (String[] wordAndMeasure : byIndicator.getOrDefault(indicator, List.of())) {
            if (indicatorText.contains(wordAndMeasure[0])) {
                return wordAndMeasure[1];
            }
        }
        return null;
    }
}
