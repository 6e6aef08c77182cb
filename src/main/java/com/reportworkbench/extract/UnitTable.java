package com.reportworkbench.extract;

import com.reportworkbench.text.AssetLines;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The units of assets/units.tsv: which words are units, their base unit and factor. A written unit is
 * an optional multiplier (十 百 千 万 亿, possibly chained: 万亿) plus a unit word plus an optional rate
 * suffix ("/年"): 亿元, 万千瓦, 万吨/年. Immutable, thread-safe.
 */
public final class UnitTable {
    /** One line of units.tsv. */
    public record Unit(String word, String baseUnit, BigDecimal factor, boolean percentLike, boolean afterSingleChineseDigit) {
    }

    private static final String MULTIPLIERS = "十百千万亿";
    private static volatile UnitTable defaultTable;

    private final Map<String, Unit> units;
    private final int maxLength;
    /** First characters of unit words: most positions need no map lookup at all. */
    private final java.util.BitSet firstChars = new java.util.BitSet(65536);

    /** Unit words by their first character, longest first: a look-up compares in place, building no strings. */
    private final Map<Character, Unit[]> byFirst = new HashMap<>();

    UnitTable(Map<String, Unit> units) {
        this.units = Map.copyOf(units);
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
        for (String[] cols : AssetLines.readColumns("units.tsv")) {
            String word = cols[0];
            String base = cols.length > 1 && !cols[1].isEmpty() ? cols[1] : word;
            BigDecimal factor = cols.length > 2 && !cols[2].isEmpty() ? new BigDecimal(cols[2]) : BigDecimal.ONE;
            String flags = cols.length > 3 ? cols[3] : "";
            units.put(word, new Unit(word, base, factor, flags.contains("pct"), flags.contains("cn1")));
        }
        return new UnitTable(units);
    }

    /** The longest unit word starting at {@code from}, if any. */
    Optional<Unit> longestAt(String text, int from) {
        return Optional.ofNullable(unitAt(text, from));
    }

    /** Whether some unit word starts with {@code c}. */
    boolean mayStartUnit(char c) {
        return firstChars.get(c);
    }

    /** The longest unit word starting at {@code from}, or null. */
    Unit unitAt(String text, int from) {
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
    static BigDecimal multiplierValue(String chars) {
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

    static boolean isMultiplier(char c) {
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
