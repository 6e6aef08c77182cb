package com.reportworkbench.indicator;

import com.reportworkbench.text.AssetLines;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The 21 core indicators of assets/indicators.tsv, in file order. Immutable. */
public final class IndicatorCatalog {
    private static volatile IndicatorCatalog shared;

    private final Map<String, Indicator> byId;

    private IndicatorCatalog(List<Indicator> indicators) {
        Map<String, Indicator> map = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            map.put(i.id(), i);
        }
        this.byId = java.util.Collections.unmodifiableMap(map);
    }

    /** The catalog of assets/indicators.tsv (read once; its header line "id ..." is skipped). */
    public static IndicatorCatalog load() {
        IndicatorCatalog c = shared;
        if (c == null) {
            synchronized (IndicatorCatalog.class) {
                if (shared == null) {
                    List<Indicator> list = new ArrayList<>();
                    for (String[] cols : AssetLines.readColumns("indicators.tsv")) {
                        if (cols[0].equals("id")) {
                            continue;
                        }
                        list.add(new Indicator(cols[0], cols.length > 1 ? cols[1] : cols[0], cols.length > 2 ? cols[2] : ""));
                    }
                    shared = new IndicatorCatalog(list);
                }
                c = shared;
            }
        }
        return c;
    }

    public List<Indicator> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Indicator> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }
}
