package com.reportworkbench.compare;

import com.reportworkbench.compare.AttainmentRow.Side;
import com.reportworkbench.compare.AttainmentRow.Source;
import com.reportworkbench.compare.CoreIndicators.Indicator;
import com.reportworkbench.extract.Figure;
import com.reportworkbench.extract.Kind;
import com.reportworkbench.extract.Qualifier;
import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.store.ReviewStatus;
import com.reportworkbench.text.PlanYears;
import com.reportworkbench.text.RegionCodes;
import com.reportworkbench.unit.UnitTable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact, streaming index of the figures that can take part in the comparison: figures are offered one
 * at a time (in any order) and only the best candidate per (region, indicator, year, kind, unit family) is
 * kept, so a million figures need memory only for the few thousand keys.
 *
 * <p>Which figures count: the analyst's current values (never the machine's proposal); never a rejected
 * figure; a core indicator; kind target or achievement; a single-year period; a document with a region. A
 * target for year Y comes from a report whose year is Y or earlier (the report that plans Y); an
 * achievement for Y from a later report (year after Y, typically Y+1). A report without a year takes its
 * year from its date ({@link PlanYears}: given Oct–Dec → the next year) and, without either, is accepted on both sides at a
 * lower rank.
 *
 * <p>Among several candidates of one side and unit family, the best is, in this order: reviewed (accepted,
 * edited or added by an analyst) before unreviewed; the closest report (the plan report of Y for targets,
 * the report of Y+1 for achievements); for achievements, an exact or approximate value before a bound (以内,
 * 以上: often the target recalled); a final figure before an estimated one (预计); the earlier document;
 * the first mention in the document (the summary paragraph comes first in these reports).
 *
 * <p>Pairing: the target is the best of the indicator's preferred unit family (growth rates (%) for growth
 * indicators, amounts for level indicators: {@code indicator_directions.tsv}), else of any family; the
 * achievement is the best of the target's family. A growth target whose later report gives only a level
 * (or the reverse) has no result and the status is unknown. An indicator with several measures (the surveyed and the registered
 * unemployment rate, {@code indicator_measures.tsv}) has one row per measure, paired like with like. A
 * five-year average or total has a period of several years and never stands for one year.
 */
public final class AttainmentIndex {
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final String PERCENTAGE_POINTS = "个百分点";

    private final CoreIndicators indicators;
    private final UnitTable units;
    private final boolean reviewedOnly;
    private final Map<Key, Slot> slots = new HashMap<>();
    private final Map<String, String> regionCodes = new HashMap<>();
    private final IndicatorMeasures measures = IndicatorMeasures.standard();

    public AttainmentIndex() {
        this(false);
    }

    /** @param reviewedOnly count only figures an analyst accepted, edited or added */
    public AttainmentIndex(boolean reviewedOnly) {
        this(CoreIndicators.standard(), UnitTable.load(), reviewedOnly);
    }

    public AttainmentIndex(CoreIndicators indicators, UnitTable units, boolean reviewedOnly) {
        this.indicators = indicators;
        this.units = units;
        this.reviewedOnly = reviewedOnly;
    }

    private record Key(String region, String indicator, String measure, int year) {}

    /** A figure that could stand for one side; ordered by {@link #RANK}. */
    private record Candidate(long figureId, long documentId, String documentName, int start, int end,
            Figure figure, boolean reviewed, int distance, UnitTable.Family unit) {}

    private static final Comparator<Candidate> RANK = Comparator
            .comparing((Candidate c) -> !c.reviewed)
            .thenComparingInt(Candidate::distance)
            .thenComparing(AttainmentIndex::boundedResult)
            .thenComparing(c -> c.figure.estimated())
            .thenComparingLong(Candidate::documentId)
            .thenComparingInt(Candidate::start)
            .thenComparingLong(Candidate::figureId);

    /**
     * A result written as a bound (控制在百分之十以内, 1100万人以上) is more often the target recalled in the review
     * ("去年…曾提出，要把…控制在百分之十以内") than the measured result: an exact or approximate result of the
     * same report ranks first.
     */
    private static boolean boundedResult(Candidate c) {
        Qualifier q = c.figure.qualifier();
        return c.figure.kind() == Kind.ACHIEVEMENT && (q == Qualifier.AT_MOST || q == Qualifier.AT_LEAST);
    }

    private static final class Slot {
        final Map<String, Candidate> targets = new HashMap<>();
        final Map<String, Candidate> actuals = new HashMap<>();
    }

    /** Offers one stored figure of a document; figures that cannot take part are ignored. */
    public void offer(DocumentRecord doc, FigureRecord record) {
        if (record.status() == ReviewStatus.REJECTED || (reviewedOnly && !record.isReviewed())) {
            return;
        }
        Figure f = record.current();
        if (f == null || !indicators.isCore(f.indicator()) || doc.region() == null || doc.region().isBlank()) {
            return;
        }
        if (f.kind() != Kind.TARGET && f.kind() != Kind.ACHIEVEMENT) {
            return;
        }
        Integer year = singleYear(f.period());
        if (year == null) {
            return;
        }
        Integer reportYear = effectiveYear(doc);
        int distance;
        if (f.kind() == Kind.TARGET) {
            if (reportYear != null && reportYear > year) {
                return; // a later report quoting an old target is not the plan
            }
            distance = reportYear == null ? 1 : reportYear.equals(year) ? 0 : 1 + (year - reportYear);
        } else {
            if (reportYear != null && reportYear <= year) {
                return; // the plan report cannot review its own year
            }
            distance = reportYear == null ? 1 : reportYear == year + 1 ? 0 : 1 + (reportYear - year - 1);
        }
        Candidate c = new Candidate(record.id(), doc.id(), doc.fileName(), f.start(), f.end(), f,
                record.isReviewed(), distance, units.family(f.unit()));
        String region = doc.region().trim();
        if (doc.regionCode() != null) {
            regionCodes.putIfAbsent(region, doc.regionCode());
        }
        Key key = new Key(region, f.indicator(), measures.of(f.indicator(), f.indicatorText()), year);
        Slot slot = slots.computeIfAbsent(key, k -> new Slot());
        Map<String, Candidate> side = f.kind() == Kind.TARGET ? slot.targets : slot.actuals;
        side.merge(c.unit.name(), c, (old, neu) -> RANK.compare(neu, old) < 0 ? neu : old);
    }

    /** The year a report plans: its own year, else from its date by the one rule of {@link PlanYears}. */
    static Integer effectiveYear(DocumentRecord doc) {
        return doc.year() != null ? doc.year() : PlanYears.fromNullableDate(doc.reportDate());
    }

    static Integer singleYear(String period) {
        if (period == null) {
            return null;
        }
        String p = period.trim();
        if (p.length() != 4) {
            return null;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(p.charAt(i))) {
                return null;
            }
        }
        return Integer.parseInt(p);
    }

    /** The number of (region, indicator, year) keys seen so far. */
    public int size() {
        return slots.size();
    }

    /** The comparison: one row per region, core indicator and year, ordered by region, indicator (as listed), year. */
    public List<AttainmentRow> rows() {
        List<AttainmentRow> rows = new ArrayList<>(slots.size());
        for (Map.Entry<Key, Slot> e : slots.entrySet()) {
            rows.add(row(e.getKey(), e.getValue()));
        }
        rows.sort(Comparator.comparing(AttainmentRow::region)
                .thenComparingInt(r -> indicators.get(r.indicator()).map(Indicator::order).orElse(Integer.MAX_VALUE))
                .thenComparing(r -> r.measure() == null ? "" : r.measure())
                .thenComparingInt(AttainmentRow::year));
        return rows;
    }

    private AttainmentRow row(Key key, Slot slot) {
        Indicator indicator = indicators.get(key.indicator()).orElseThrow();
        Comparator<Candidate> byPreference = Comparator
                .comparingInt((Candidate c) -> c.unit.isPercent() == indicator.preferPercent() ? 0 : 1)
                .thenComparing(RANK);
        // the target decides what is compared: a growth target (the indicator's preferred family first) is held
        // against a growth result only, a level target against a level; a result in another family is no result
        Candidate target = slot.targets.values().stream().min(byPreference).orElse(null);
        Candidate actual = target != null ? slot.actuals.get(target.unit.name())
                : slot.actuals.values().stream().min(byPreference).orElse(null);
        return compare(key, indicator, target, actual);
    }

    private AttainmentRow compare(Key key, Indicator indicator, Candidate t, Candidate a) {
        Direction direction = indicator.direction();
        Side target = side(t);
        Side actual = side(a);
        BigDecimal threshold = null;
        BigDecimal gap = null;
        String gapUnit = null;
        AttainmentStatus status = AttainmentStatus.UNKNOWN;
        if (t != null) {
            Figure tf = t.figure;
            // ranges: the lower end is the floor of a growth target; the upper end is the limit of a ceiling
            threshold = direction == Direction.CEILING && tf.valueHigh() != null ? tf.valueHigh() : tf.value();
        }
        if (t != null && a != null && t.unit.name().equals(a.unit.name())) {
            Figure af = a.figure;
            BigDecimal actualValue = direction == Direction.CEILING && af.valueHigh() != null ? af.valueHigh()
                    : af.value();
            BigDecimal actualBase = actualValue.multiply(a.unit.factor(), MC);
            BigDecimal thresholdBase = threshold.multiply(t.unit.factor(), MC);
            int cmp = actualBase.compareTo(thresholdBase);
            boolean met = direction == Direction.CEILING ? cmp <= 0 : cmp >= 0;
            status = met ? AttainmentStatus.MET : AttainmentStatus.MISSED;
            gap = actualBase.subtract(thresholdBase, MC).divide(t.unit.factor(), MC).setScale(6, RoundingMode.HALF_UP);
            gap = gap.signum() == 0 ? BigDecimal.ZERO : gap.stripTrailingZeros();
            gapUnit = t.unit.isPercent() ? PERCENTAGE_POINTS : t.figure.unit();
        }
        String regionCode = regionCodes.computeIfAbsent(key.region(),
                r -> RegionCodes.standard().codeOf(r).orElse(null));
        return new AttainmentRow(key.region(), key.indicator(), indicator.name(), key.year(), direction, target,
                actual, threshold, gap, gapUnit, status, regionCode, key.measure());
    }

    private static Side side(Candidate c) {
        if (c == null) {
            return null;
        }
        Figure f = c.figure;
        return new Side(f.value(), f.valueHigh(), f.unit(), f.qualifier(), f.estimated(), c.reviewed, f.text(),
                new Source(c.documentId, c.documentName, c.figureId, c.start, c.end));
    }

    @Override
    public String toString() {
        return "AttainmentIndex[" + slots.size() + " keys, reviewedOnly=" + reviewedOnly + "]";
    }
}
