package com.reportworkbench.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names and levels of Chinese administrative divisions, from assets/regions.tsv (provinces and prefectures
 * by name) and assets/admin-suffixes.tsv (anything else by the end of its name: 区, 县, 旗 …).
 */
public final class AdministrativeDivisions {
    private static final AdministrativeDivisions STANDARD =
            new AdministrativeDivisions(AssetLines.readColumns("regions.tsv"), AssetLines.readColumns("admin-suffixes.tsv"));

    /** Known names, longest first, so "吉林省" is not mistaken for the city "吉林市"'s prefix and vice versa. */
    private final List<String> knownNames = new ArrayList<>();
    private final Map<String, AdminLevel> levelByName = new HashMap<>();
    private final List<Map.Entry<String, AdminLevel>> suffixes = new ArrayList<>();

    AdministrativeDivisions(List<String[]> regionRows, List<String[]> suffixRows) {
        for (String[] row : regionRows) {
            if (row.length >= 2 && !row[0].equals("name")) {
                levelByName.put(row[0], level(row[1]));
                knownNames.add(row[0]);
            }
        }
        knownNames.sort(Comparator.comparingInt(String::length).reversed());
        for (String[] row : suffixRows) {
            if (row.length >= 2 && !row[0].equals("suffix")) {
                suffixes.add(Map.entry(row[0], level(row[1])));
            }
        }
        suffixes.sort(Comparator.comparingInt((Map.Entry<String, AdminLevel> e) -> e.getKey().length()).reversed());
    }

    public static AdministrativeDivisions standard() {
        return STANDARD;
    }

    /**
     * Whether text is written like a division's name: Han characters ending in an administrative suffix
     * (or a listed name), with at least one character before the suffix ("区" alone names nothing).
     */
    public boolean looksLikeName(String text) {
        if (text == null || text.length() < 2 || text.length() > 24
                || !text.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
            return false;
        }
        if (levelByName.containsKey(text)) {
            return true;
        }
        return matchingSuffix(text).filter(suffix -> suffix.length() < text.length()).isPresent();
    }

    /**
     * The level of the division a full name denotes: the last unit of "抚顺市东洲区" is a district. Empty
     * when the name does not settle it (a lone city name that is not a prefecture may be a county-level city).
     */
    public Optional<AdminLevel> levelOf(String name) {
        if (!looksLikeName(name)) {
            return Optional.empty();
        }
        String rest = name;
        AdminLevel parent = null;
        for (boolean stripped = true; stripped && !rest.isEmpty(); ) {
            stripped = false;
            for (String known : knownNames) {
                if (rest.startsWith(known)) {
                    parent = levelByName.get(known);
                    rest = rest.substring(known.length());
                    stripped = true;
                    break;
                }
            }
        }
        if (rest.isEmpty()) {
            return Optional.ofNullable(parent);
        }
        Optional<String> suffix = matchingSuffix(rest).filter(s -> s.length() < name.length());
        if (suffix.isEmpty()) {
            return Optional.empty();
        }
        if (suffix.get().equals("市") && parent == null) {
            return Optional.empty(); // an unlisted city on its own: county-level or unknown, do not guess
        }
        return suffixes.stream().filter(e -> e.getKey().equals(suffix.get())).map(Map.Entry::getValue).findFirst();
    }

    private Optional<String> matchingSuffix(String text) {
        return suffixes.stream().map(Map.Entry::getKey).filter(text::endsWith).findFirst();
    }

    private static AdminLevel level(String id) {
        return AdminLevel.fromId(id).orElseThrow(() -> new IllegalStateException("unknown level id in assets: " + id));
    }
}
