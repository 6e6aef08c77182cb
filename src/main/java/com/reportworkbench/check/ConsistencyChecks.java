package com.reportworkbench.check;

import com.reportworkbench.extract.Figure;
import com.reportworkbench.extract.Kind;
import com.reportworkbench.extract.Qualifier;
import com.reportworkbench.indicator.Indicator;
import com.reportworkbench.indicator.IndicatorCatalog;
import com.reportworkbench.unit.UnitTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Checks figures against each other across documents; each finding becomes a flag with its reason on
 * the figure:
 * <ul>
 * <li>{@code restated_differently}: a target for year Y restated, in the review of Y, with another value;</li>
 * <li>{@code outlier_vs_series}: a value far outside the region's other values of that indicator;</li>
 * <li>{@code two_values_same_year}: one report giving two values for the same indicator, kind and year;</li>
 * <li>{@code measure_mismatch}: a level where the indicator is measured as growth, or the reverse
 *     (indicators.tsv, usual_measure);</li>
 * <li>{@code target_year_passed}: a target whose year ended before the report was given;</li>
 * <li>{@code copies_differ}: the same region's same-year figure with another value in another copy of
 *     the report (same region, level and year).</li>
 * </ul>
 * Only figures with a core indicator enter the cross-document checks: free-text names do not say
 * reliably that two figures are the same quantity.
 */
public final class ConsistencyChecks {
    /** A growth this many percentage points away from the rest of its series is an outlier, at least. */
    private static final double OUTLIER_POINTS = 10.0;
    /** ... and this many times the spread of the rest of the series. */
    private static final double OUTLIER_SPREADS = 3.0;
    /** A level this many times above (or below) the median of its series is an outlier. */
    private static final double OUTLIER_RATIO = 3.0;

    private final UnitTable units = UnitTable.load();
    private final Map<String, Indicator> indicators = new HashMap<>();

    public ConsistencyChecks() {
        for (Indicator i : IndicatorCatalog.load().all()) {
            indicators.put(i.id(), i);
        }
    }

    /** Every flag over the given figures; figures of documents not given are ignored. */
    public List<CheckFlag> run(Collection<CheckedDocument> documents, Collection<CheckedFigure> figures) {
        Map<Long, CheckedDocument> docs = new HashMap<>();
        documents.forEach(d -> docs.put(d.id(), d));
        List<CheckedFigure> core = figures.stream()
                .filter(f -> f.figure().indicator() != null && docs.containsKey(f.documentId()))
                .toList();
        List<CheckFlag> out = new ArrayList<>();
        measureMismatch(core, out);
        targetYearPassed(core, docs, out);
        twoValues(core, out);
        restated(core, docs, out);
        outliers(core, docs, out);
        copiesDiffer(core, docs, out);
        return out;
    }

    // ---------------------------------------------------------------- one figure at a time

    private void measureMismatch(List<CheckedFigure> figures, List<CheckFlag> out) {
        for (CheckedFigure cf : figures) {
            Figure f = cf.figure();
            Indicator ind = indicators.get(f.indicator());
            if (ind == null || ind.usualMeasure() == null || ind.usualMeasure().isBlank()) {
                continue;
            }
            String usual = ind.usualMeasure();
            boolean growthMeasured = usual.contains("growth") || usual.contains("change") || usual.contains("level %");
            boolean levelMeasured = usual.contains("level") && !usual.contains("level %");
            boolean relative = units.isRelative(f.unit());
            if (relative && !growthMeasured) {
                out.add(new CheckFlag(cf.id(), CheckFlag.MEASURE_MISMATCH,
                        f.indicator() + " is measured as a level (" + usual + "), here a rate " + show(f)));
            } else if (!relative && !levelMeasured && !units.isBareMultiplier(f.unit())) {
                out.add(new CheckFlag(cf.id(), CheckFlag.MEASURE_MISMATCH,
                        f.indicator() + " is measured as growth (" + usual + "), here a level " + show(f)));
            }
        }
    }

    private void targetYearPassed(List<CheckedFigure> figures, Map<Long, CheckedDocument> docs, List<CheckFlag> out) {
        for (CheckedFigure cf : figures) {
            Figure f = cf.figure();
            Integer end = lastYear(f.period());
            Integer given = docs.get(cf.documentId()).givenIn();
            if (f.kind() == Kind.TARGET && end != null && given != null && end < given) {
                out.add(new CheckFlag(cf.id(), CheckFlag.TARGET_YEAR_PASSED,
                        "target for " + f.period() + " in a report given in " + given + ": " + show(f)));
            }
        }
    }

    // ---------------------------------------------------------------- within one report

    private void twoValues(List<CheckedFigure> figures, List<CheckFlag> out) {
        // single years only: a five-year review names several milestones of one indicator on purpose;
        // and a threshold (突破3万亿元) is no second value of the quantity
        Map<String, List<CheckedFigure>> groups = group(figures, cf -> year(cf.figure().period()) == null
                || cf.figure().qualifier() == Qualifier.AT_LEAST || cf.figure().qualifier() == Qualifier.AT_MOST ? null
                : cf.documentId() + "|" + key(cf.figure()) + "|" + cf.figure().kind().id() + "|" + cf.figure().period());
        for (List<CheckedFigure> g : groups.values()) {
            for (CheckedFigure a : g) {
                for (CheckedFigure b : g) {
                    if (a != b && !sameValue(a.figure(), b.figure())) {
                        out.add(new CheckFlag(a.id(), CheckFlag.TWO_VALUES, show(a.figure()) + " here; the same report also gives "
                                + show(b.figure()) + " for " + a.figure().indicator() + " " + a.figure().period()
                                + " (" + a.figure().kind().id() + ")"));
                        break;
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- across reports of one region

    private void restated(List<CheckedFigure> figures, Map<Long, CheckedDocument> docs, List<CheckFlag> out) {
        // the plan's target for Y: in a report whose own year is Y
        Map<String, List<CheckedFigure>> planned = group(figures, cf -> {
            CheckedDocument d = docs.get(cf.documentId());
            Integer y = year(cf.figure().period());
            return cf.figure().kind() == Kind.TARGET && y != null && y.equals(d.year()) ? regionKey(d, cf.figure(), y) : null;
        });
        for (CheckedFigure cf : figures) {
            CheckedDocument d = docs.get(cf.documentId());
            Integer y = year(cf.figure().period());
            // a target for Y quoted in a later report: the review of Y
            if (cf.figure().kind() != Kind.TARGET || y == null || d.year() == null || d.year() <= y) {
                continue;
            }
            for (CheckedFigure plan : planned.getOrDefault(regionKey(d, cf.figure(), y), List.of())) {
                if (plan.documentId() != cf.documentId() && !sameValue(plan.figure(), cf.figure())) {
                    out.add(new CheckFlag(cf.id(), CheckFlag.RESTATED_DIFFERENTLY, "the " + y + " target of "
                            + cf.figure().indicator() + " was " + show(plan.figure()) + " in "
                            + docs.get(plan.documentId()).fileName() + ", restated as " + show(cf.figure())));
                    break;
                }
            }
        }
    }

    private void outliers(List<CheckedFigure> figures, Map<Long, CheckedDocument> docs, List<CheckFlag> out) {
        Map<String, List<CheckedFigure>> series = group(figures, cf -> {
            CheckedDocument d = docs.get(cf.documentId());
            Integer y = year(cf.figure().period());
            return d.region() == null || y == null || cf.figure().kind() == Kind.OTHER ? null
                    : d.region() + "|" + d.level() + "|" + key(cf.figure());
        });
        for (List<CheckedFigure> s : series.values()) {
            for (CheckedFigure cf : s) {
                List<Figure> neighbours = new ArrayList<>();
                for (CheckedFigure o : s) {
                    if (!Objects.equals(o.figure().period(), cf.figure().period())) {
                        neighbours.add(o.figure());
                    }
                }
                if (neighbours.size() < 2) {
                    continue; // a series needs neighbours
                }
                neighbours.sort(java.util.Comparator.comparingDouble(this::comparable));
                List<Double> others = neighbours.stream().map(this::comparable).toList();
                double median = others.get(others.size() / 2);
                double v = comparable(cf.figure());
                boolean far;
                if (units.isRelative(cf.figure().unit())) {
                    double spread = others.get(others.size() - 1) - others.get(0);
                    far = Math.abs(v - median) > Math.max(OUTLIER_POINTS, OUTLIER_SPREADS * spread);
                } else {
                    far = median > 0 && v > 0 && (v / median > OUTLIER_RATIO || median / v > OUTLIER_RATIO);
                }
                if (far) {
                    out.add(new CheckFlag(cf.id(), CheckFlag.OUTLIER_VS_SERIES, show(cf.figure()) + " for "
                            + cf.figure().period() + ", where the region's other years of " + cf.figure().indicator()
                            + " range " + neighbours.get(0).text() + "–" + neighbours.get(neighbours.size() - 1).text()));
                }
            }
        }
    }

    /** Two documents are copies of one report when most of their core figures read the same. */
    private static final double COPY_OVERLAP = 0.5;

    private void copiesDiffer(List<CheckedFigure> figures, Map<Long, CheckedDocument> docs, List<CheckFlag> out) {
        Map<Long, java.util.Set<String>> texts = new HashMap<>();
        for (CheckedFigure cf : figures) {
            texts.computeIfAbsent(cf.documentId(), k -> new java.util.HashSet<>()).add(cf.figure().text());
        }
        Map<String, List<CheckedFigure>> same = group(figures, cf -> {
            CheckedDocument d = docs.get(cf.documentId());
            // copies: same region, level, year and (when known) date
            return d.region() == null || d.year() == null || cf.figure().period() == null ? null
                    : d.region() + "|" + d.level() + "|" + d.year() + "|" + d.reportDate() + "|" + key(cf.figure()) + "|"
                    + cf.figure().kind().id() + "|" + cf.figure().period();
        });
        for (List<CheckedFigure> g : same.values()) {
            Map<Long, List<CheckedFigure>> byDoc = new LinkedHashMap<>();
            g.forEach(cf -> byDoc.computeIfAbsent(cf.documentId(), k -> new ArrayList<>()).add(cf));
            if (byDoc.size() < 2) {
                continue;
            }
            for (CheckedFigure cf : g) {
                for (Map.Entry<Long, List<CheckedFigure>> other : byDoc.entrySet()) {
                    if (other.getKey() == cf.documentId()
                            || overlap(texts.get(cf.documentId()), texts.get(other.getKey())) < COPY_OVERLAP) {
                        continue; // two different reports that claim one year: a metadata question, not copies
                    }
                    boolean found = other.getValue().stream().anyMatch(o -> sameValue(o.figure(), cf.figure()));
                    if (!found) {
                        out.add(new CheckFlag(cf.id(), CheckFlag.COPIES_DIFFER, "another copy of the report ("
                                + docs.get(other.getKey()).fileName() + ") gives " + show(other.getValue().get(0).figure())
                                + " for " + cf.figure().indicator() + " " + cf.figure().period()));
                        break;
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private static double overlap(java.util.Set<String> a, java.util.Set<String> b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String t : a) {
            common += b.contains(t) ? 1 : 0;
        }
        return common / (double) (a.size() + b.size() - common);
    }

    /** The indicator and the unit family: 6% and 6个百分点 are different quantities, 万元 and 亿元 one. */
    private String key(Figure f) {
        String family = units.family(f.unit()).name();
        return f.indicator() + "|" + family;
    }

    private static String regionKey(CheckedDocument d, Figure f, int year) {
        return d.region() == null ? null : d.region() + "|" + d.level() + "|" + f.indicator() + "|" + year;
    }

    /** Values in the family's base unit, so that 1.2万亿元 and 12000亿元 compare. */
    private double comparable(Figure f) {
        if (units.isRelative(f.unit())) {
            return f.value().doubleValue();
        }
        return f.value().doubleValue() * units.family(f.unit()).factor().doubleValue();
    }

    private boolean sameValue(Figure a, Figure b) {
        if (!units.family(a.unit()).name().equals(units.family(b.unit()).name())) {
            return false;
        }
        double x = comparable(a);
        double y = comparable(b);
        boolean low = Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
        BigDecimal ha = a.valueHigh();
        BigDecimal hb = b.valueHigh();
        return low && (ha == null) == (hb == null) && (ha == null || ha.compareTo(hb) == 0 || !a.unit().equals(b.unit()));
    }

    private static <T> Map<String, List<T>> group(List<T> items, java.util.function.Function<T, String> keyOf) {
        Map<String, List<T>> out = new LinkedHashMap<>();
        for (T t : items) {
            String k = keyOf.apply(t);
            if (k != null) {
                out.computeIfAbsent(k, x -> new ArrayList<>()).add(t);
            }
        }
        return out;
    }

    /** The year of a single-year period ("2024"); null for a span or nothing. */
    private static Integer year(String period) {
        if (period == null || period.length() != 4) {
            return null;
        }
        try {
            return Integer.parseInt(period);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The last year of a period: 2024 of "2024", 2025 of "2021-2025". */
    private static Integer lastYear(String period) {
        if (period == null || period.length() < 4) {
            return null;
        }
        return year(period.substring(period.length() - 4));
    }

    private static String show(Figure f) {
        return f.text() + (f.qualifier().id().isEmpty() ? "" : " (" + f.qualifier().id() + ")");
    }
}
