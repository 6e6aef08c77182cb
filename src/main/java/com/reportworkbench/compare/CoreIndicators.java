package com.reportworkbench.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The core indicators of {@code assets/indicators.tsv} in their listed order, with how the comparison
 * reads them ({@code assets/indicator_directions.tsv}).
 */
public final class CoreIndicators {
    /** One core indicator. {@code preferPercent}: pair growth-rate (%) figures before amounts. */
    public record Indicator(String id, String name, Direction direction, boolean preferPercent, int order) {}

    private static final CoreIndicators DEFAULT = load();

    private final Map<String, Indicator> byId;

    private CoreIndicators(Map<String, Indicator> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** The indicators shipped with the program (loaded once). */
    public static CoreIndicators standard() {
        return DEFAULT;
    }

    private static CoreIndicators load() {
        Map<String, String[]> directions = new LinkedHashMap<>();
        for (String[] row : TsvResource.rows("indicator_directions.tsv")) {
            directions.put(row[0].trim(), row);
        }
        Map<String, Indicator> byId = new LinkedHashMap<>();
        int order = 0;
        for (String[] row : TsvResource.rows("indicators.tsv")) {
            String id = row[0].trim();
            if (id.isEmpty()) {
                continue;
            }
            String name = row.length > 1 ? row[1].trim() : id;
            String[] d = directions.get(id);
            Direction direction = d != null && d.length > 1 && d[1].trim().equals("ceiling") ? Direction.CEILING
                    : Direction.HIGHER;
            boolean preferPercent = d == null || d.length < 3 || !d[2].trim().equals("level");
            byId.put(id, new Indicator(id, name, direction, preferPercent, order++));
        }
        return new CoreIndicators(byId);
    }

    public Optional<Indicator> get(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    public boolean isCore(String id) {
        return id != null && byId.containsKey(id);
    }

    /** The canonical Chinese name, or the id itself for an unknown one. */
    public String name(String id) {
        Indicator i = id == null ? null : byId.get(id);
        return i == null ? id : i.name();
    }

    /** In the order of indicators.tsv. */
    public List<Indicator> all() {
        return new ArrayList<>(byId.values());
    }
}
