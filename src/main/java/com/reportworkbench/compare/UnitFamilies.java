package com.reportworkbench.compare;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Which units compare with each other ({@code assets/unit_families.tsv}): 万元 and 亿元 do (both money in
 * 元), % and 亿元 do not, % and 个百分点 do not. A unit not listed is a family of its own.
 */
public final class UnitFamilies {
    /** A unit's family and its size in the family's base unit. */
    public record UnitInfo(String family, BigDecimal factor) {
        public boolean isPercent() {
            return "percent".equals(family);
        }
    }

    private static final UnitFamilies DEFAULT = load();

    private final Map<String, UnitInfo> byUnit;

    private UnitFamilies(Map<String, UnitInfo> byUnit) {
        this.byUnit = byUnit;
    }

    public static UnitFamilies standard() {
        return DEFAULT;
    }

    private static UnitFamilies load() {
        Map<String, UnitInfo> map = new HashMap<>();
        for (String[] row : TsvResource.rows("unit_families.tsv")) {
            if (row.length >= 3 && !row[0].isBlank()) {
                map.put(row[0].trim(), new UnitInfo(row[1].trim(), new BigDecimal(row[2].trim())));
            }
        }
        return new UnitFamilies(map);
    }

    public UnitInfo of(String unit) {
        String u = unit == null ? "" : unit.trim();
        UnitInfo info = byUnit.get(u);
        return info != null ? info : new UnitInfo("unit:" + u, BigDecimal.ONE);
    }
}
