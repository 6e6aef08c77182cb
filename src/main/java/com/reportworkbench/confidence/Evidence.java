package com.reportworkbench.confidence;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the rules saw around one figure, as named numbers (features of the confidence model). Only
 * features that are not zero are kept. Written as "name=value,name=value" for the store and for the
 * {@code extract --evidence} lines that the offline fit reads.
 */
public final class Evidence {
    private final Map<String, Double> values;

    public Evidence(Map<String, Double> values) {
        Map<String, Double> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null && Double.isFinite(v) && Math.round(v * 1e4) != 0) {
                copy.put(k, Math.round(v * 1e4) / 1e4); // 4 decimals: the stored text gives back the same value
            }
        });
        this.values = Collections.unmodifiableMap(copy);
    }

    public Map<String, Double> values() {
        return values;
    }

    public double get(String name) {
        return values.getOrDefault(name, 0.0);
    }

    public boolean has(String name) {
        return get(name) != 0.0;
    }

    /** "cue_none=1,ind_far=0.41"; the empty string for no evidence. */
    public String encode() {
        StringBuilder sb = new StringBuilder();
        values.forEach((k, v) -> {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(k).append('=').append(format(v));
        });
        return sb.toString();
    }

    /** Reads {@link #encode()}; unreadable parts are skipped (a feature that no model knows weighs nothing). */
    public static Evidence decode(String s) {
        Map<String, Double> m = new LinkedHashMap<>();
        if (s != null) {
            for (String part : s.split(",")) {
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                try {
                    m.put(part.substring(0, eq).strip(), Double.parseDouble(part.substring(eq + 1)));
                } catch (NumberFormatException e) {
                    // a hand-edited store value: skip the part, keep the rest
                }
            }
        }
        return new Evidence(m);
    }

    private static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.4f", v);
    }

    @Override
    public String toString() {
        return encode();
    }
}
