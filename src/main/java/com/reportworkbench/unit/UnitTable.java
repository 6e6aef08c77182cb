package com.reportworkbench.unit;

import com.reportworkbench.text.AssetLines;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one source of truth about units (assets/units.tsv): which words are units, their base unit and
 * factor (for base_value), and which units compare with each other (their family and size in it, for the
 * extractor's indicator rules, the attainment comparison and the export). A written unit is an optional
 * multiplier (十 百 千 万 亿, possibly chained: 万亿) plus a unit word plus an optional rate suffix ("/年"):
 * 亿元, 万千瓦, 万吨/年. Immutable, thread-safe.
 */
public final class UnitTable {
    /** One line of units.tsv. */
    public record Unit(String word, String baseUnit, BigDecimal factor, boolean percentLike, boolean afterSingleChineseDigit,
            boolean relative, String family, BigDecimal familyFactor) {
    }

    /**
     * Units that compare with each other share a family: 万元 and 亿元 (cny), 万吨 and 亿斤 (mass); % and
     * 个百分点 do not. {@code factor} is the written unit's size in the family's base unit (亿斤 → 5e4 吨).
     * A unit that units.tsv does not know is a family of its own ("unit:" + the unit).
     */
    public record Family(String name, BigDecimal factor) {
        public boolean isPercent() {
            return PERCENT.equals(name);
        }
    }

    /** The family of %: growth rates and shares. */
    public static final String PERCENT = "percent";
    /** The row of units.tsv that gives the family of a bare multiplier (突破300亿). */
    private static final String BARE = "(bare)";

    private static final String MULTIPLIERS = "十百千万亿";
    private static volatile UnitTable defaultTable;

    private final Map<String, Unit> units;
    private final Family bareFamily;
    private final Map<String, Family> families = new java.util.concurrent.ConcurrentHashMap<>();
    private final int maxLength;
    /** First characters of unit words: most positions need no map lookup at all. */
    private final java.util.BitSet firstChars = new java.util.BitSet(65536);

    /** Unit words by their first character, longest first: a look-up compares in place, building no strings. */
    private final Map<Character, Unit[]> byFirst = new HashMap<>();

    UnitTable(Map<String, Unit> units, Family bareFamily) {
        this.units = Map.copyOf(units);
        this.bareFamily = bareFamily;
        this.maxLength = units.keySet().stream().mapToInt(String::length).max().orElse(1);
        units.keySet().forEach(w -> firstChars.set(w.charAt(0)));
        Map<Character, java.util.List<Unit>> grouped = new HashMap<>();
        units.values().forEach(u -> grouped.computeIfAbsent(u.word().charAt(0), k -> new java.util.ArrayList<>()).add(u));
        grouped.forEach((c, list) -> {
            list.sort(java.util.Comparator.comparingInt((Unit u) -> u.word().length()).reversed()
                    .thenComparing(Unit::word));
            byFirst.put(c, list.toArray(new Unit[0]));
        });
    }

    /** The table of assets/units.tsv (loaded once). */
    public static UnitTable load() {
        UnitTable table = defaultTable;
        if (table == null) {
            synchronized (UnitTable.class) {
                if (defaultTable == null) {
                    defaultTable = fromAssets();
                }
                table = defaultTable;
            }
        }
        return table;
    }

    private static UnitTable fromAssets() {
        Map<String, Unit> units = new HashMap<>();
        Family bare = new Family("", BigDecimal.ONE);
        for (String[] cols : AssetLines.readColumns("units.tsv")) {
            String word = cols[0];
            String base = cols.length > 1 && !cols[1].isEmpty() ? cols[1] : word;
            BigDecimal factor = cols.length > 2 && !cols[2].isEmpty() ? new BigDecimal(cols[2]) : BigDecimal.ONE;
            String flags = cols.length > 3 ? cols[3] : "";
            String family = cols.length > 4 && !cols[4].isEmpty() ? cols[4] : "unit:" + base;
            BigDecimal familyFactor = cols.length > 5 && !cols[5].isEmpty() ? new BigDecimal(cols[5]) : factor;
            if (word.equals(BARE)) {
                bare = new Family(family, familyFactor);
                continue;
            }
            units.put(word, new Unit(word, base, factor, flags.contains("pct"), flags.contains("cn1"), flags.contains("rel"),
                    family, familyFactor));
        }
        return new UnitTable(units, bare);
    }

    /**
     * The family of a written unit and its size in the family's base unit: 亿元 → (cny, 1e8), 万吨/年 →
     * (mass/年, 1e4), 亿 → the bare multiplier's family, an unknown unit → ("unit:" + unit, 1).
     */
    public Family family(String unit) {
        String u = unit == null ? "" : unit.strip();
        Family known = families.get(u);
        if (known != null) {
            return known;
        }
        Split s = split(u);
        Family f;
        if (s == null) {
            f = new Family("unit:" + u, BigDecimal.ONE);
        } else if (s.unit == null) {
            f = new Family(bareFamily.name(), s.multiplier.multiply(bareFamily.factor()));
        } else {
            f = new Family(s.unit.family() + s.rate, s.multiplier.multiply(s.unit.familyFactor()));
        }
        if (families.size() < 10_000) {
            families.put(u, f);
        }
        return f;
    }

    /** Whether the unit states a relative change or share (%, ‰, 个百分点, 倍, 番: flags pct or rel), not a level. */
    public boolean isRelative(String unit) {
        Split s = split(unit);
        return s != null && s.unit != null && (s.unit.percentLike() || s.unit.relative());
    }

    /** A bare multiplier such as 亿 in 突破300亿: the unit is left to the reader. */
    public boolean isBareMultiplier(String unit) {
        Split s = split(unit);
        return s != null && s.unit == null;
    }

    /** Money in any currency (元, 美元, 欧元 …, with any multiplier). */
    public boolean isMoney(String unit) {
        Split s = split(unit);
        return s != null && s.unit != null && s.unit.baseUnit().endsWith("元");
    }

    /** The longest unit word starting at {@code from}, if any. */
    public Optional<Unit> longestAt(String text, int from) {
        return Optional.ofNullable(unitAt(text, from));
    }

    /** Whether some unit word starts with {@code c}. */
    public boolean mayStartUnit(char c) {
        return firstChars.get(c);
    }

    /** The longest unit word starting at {@code from}, or null. */
    public Unit unitAt(String text, int from) {
        if (from >= text.length() || !firstChars.get(text.charAt(from))) {
            return null;
        }
        for (Unit u : byFirst.get(text.charAt(from))) {
            String w = u.word();
            if (text.startsWith(w, from)) {
                return u;
            }
        }
        return null;
    }

    /** True for a written unit made of known parts: "亿元", "万千瓦", "万吨/年", "亿" (a bare multiplier). */
    public boolean isKnown(String unit) {
        return split(unit) != null;
    }

    /** The unit without its multiplier: 亿元 → 元, 万千瓦 → 千瓦, 万吨/年 → 吨/年, 亿 → "" (a bare multiplier). */
    public String baseUnit(String unit) {
        Split s = split(unit);
        if (s == null) {
            return unit;
        }
        return s.unit == null ? "" : s.unit.baseUnit() + s.rate;
    }

    /** The value in the base unit: (16.65, 亿元) → 1665000000; % and 个百分点 unchanged. */
    public BigDecimal baseValue(BigDecimal value, String unit) {
        Split s = split(unit);
        if (s == null) {
            return value;
        }
        BigDecimal factor = s.unit == null ? BigDecimal.ONE : s.unit.factor();
        return value.multiply(s.multiplier).multiply(factor);
    }

    /** Value of a chain of multiplier characters: 万 → 10^4, 万亿 → 10^12, "" → 1. */
    public static BigDecimal multiplierValue(String chars) {
        BigDecimal m = BigDecimal.ONE;
        for (int i = 0; i < chars.length(); i++) {
            m = m.multiply(switch (chars.charAt(i)) {
                case '十' -> BigDecimal.TEN;
                case '百' -> BigDecimal.valueOf(100);
                case '千' -> BigDecimal.valueOf(1000);
                case '万' -> BigDecimal.valueOf(10_000);
                case '亿' -> BigDecimal.valueOf(100_000_000);
                default -> throw new IllegalArgumentException("not a multiplier: " + chars);
            });
        }
        return m;
    }

    public static boolean isMultiplier(char c) {
        return MULTIPLIERS.indexOf(c) >= 0;
    }

    private record Split(BigDecimal multiplier, Unit unit, String rate) {
    }

    /** multiplier chars + unit word + optional "/x"; the unit word is preferred over reading 千 as a multiplier. */
    private Split split(String written) {
        if (written == null || written.isEmpty()) {
            return null;
        }
        String rate = "";
        String body = written;
        int slash = written.indexOf('/');
        if (slash > 0 && !units.containsKey(written)) {
            rate = written.substring(slash);
            body = written.substring(0, slash);
        }
        for (int i = 0; i <= body.length(); i++) {
            String rest = body.substring(i);
            Unit unit = units.get(rest);
            if (unit != null) {
                return new Split(multiplierValue(body.substring(0, i)), unit, rate);
            }
            if (i < body.length() && !isMultiplier(body.charAt(i))) {
                return null;
            }
        }
        // only multipliers: "亿" in 突破300亿
        return rate.isEmpty() ? new Split(multiplierValue(body), null, "") : null;
    }
}
