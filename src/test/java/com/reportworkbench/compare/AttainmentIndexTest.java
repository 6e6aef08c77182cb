package com.reportworkbench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.extract.Figure;
import com.reportworkbench.extract.Kind;
import com.reportworkbench.extract.Qualifier;
import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.store.Origin;
import com.reportworkbench.store.ReviewStatus;
import com.reportworkbench.text.AdminLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The selection and attainment rules on figures made in memory (no store). */
class AttainmentIndexTest {
    private long nextId = 1;

    private static DocumentRecord doc(long id, String region, Integer year, LocalDate date) {
        return new DocumentRecord(id, "doc" + id + ".txt", null, null, "txt", "UTF-8", null, region,
                AdminLevel.CITY, date, year, Instant.EPOCH, 1000, 0, 0, null, null);
    }

    private FigureRecord fig(long docId, int start, String value, String high, String unit, Kind kind,
            String indicator, String period, ReviewStatus status) {
        Figure f = new Figure(start, start + 3, value + unit, new BigDecimal(value),
                high == null ? null : new BigDecimal(high), unit, null, Qualifier.NONE, kind, false, indicator, null,
                period, 0, 10);
        return new FigureRecord(nextId++, docId, f, f, Origin.MACHINE, status, Instant.EPOCH);
    }

    private FigureRecord named(long docId, int start, String value, Kind kind, String indicator, String indicatorText,
            String period) {
        Figure f = new Figure(start, start + 3, value + "%", new BigDecimal(value), null, "%", null, Qualifier.NONE,
                kind, false, indicator, indicatorText, period, 0, 10);
        return new FigureRecord(nextId++, docId, f, f, Origin.MACHINE, ReviewStatus.PROPOSED, Instant.EPOCH);
    }

    @Test
    void surveyedAndRegisteredUnemploymentRatesAreTwoRowsComparedLikeWithLike() {
        AttainmentIndex index = new AttainmentIndex();
        DocumentRecord plan = doc(1, "全国", 2019, null);
        DocumentRecord review = doc(2, "全国", 2020, null);
        index.offer(plan, named(1, 10, "5.5", Kind.TARGET, "unemployment_rate", "城镇调查失业率", "2019"));
        index.offer(plan, named(1, 20, "4.5", Kind.TARGET, "unemployment_rate", "城镇登记失业率", "2019"));
        index.offer(review, named(2, 10, "5.2", Kind.ACHIEVEMENT, "unemployment_rate", "城镇调查失业率", "2019"));
        index.offer(review, named(2, 20, "3.6", Kind.ACHIEVEMENT, "unemployment_rate", "城镇登记失业率", "2019"));

        List<AttainmentRow> rows = index.rows();

        assertThat(rows).extracting(AttainmentRow::measure).containsExactly("登记", "调查");
        assertThat(rows.get(0).threshold()).isEqualByComparingTo("4.5");
        assertThat(rows.get(0).actual().value()).isEqualByComparingTo("3.6");
        assertThat(rows.get(1).threshold()).isEqualByComparingTo("5.5");
        assertThat(rows.get(1).actual().value()).isEqualByComparingTo("5.2");
        assertThat(rows).allMatch(r -> r.status() == AttainmentStatus.MET);
        assertThat(rows.get(0).regionCode()).isEqualTo("100000");
    }

    @Test
    void aGrowthTargetHasNoResultWhenTheLaterReportGivesOnlyALevelAndARangePeriodNeverCounts() {
        AttainmentIndex index = new AttainmentIndex();
        DocumentRecord plan = doc(1, "全国", 1997, null);
        DocumentRecord review = doc(2, "全国", 1998, null);
        index.offer(plan, fig(1, 10, "10", null, "%", Kind.TARGET, "fixed_asset_investment", "1997", ReviewStatus.PROPOSED));
        index.offer(review, fig(2, 10, "25300", null, "亿元", Kind.ACHIEVEMENT, "fixed_asset_investment", "1997",
                ReviewStatus.PROPOSED));
        index.offer(review, fig(2, 30, "12", null, "%", Kind.ACHIEVEMENT, "fixed_asset_investment", "1993-1997",
                ReviewStatus.PROPOSED)); // the five-year average

        AttainmentRow row = index.rows().get(0);

        assertThat(row.target().value()).isEqualByComparingTo("10");
        assertThat(row.hasActual()).isFalse();
        assertThat(row.status()).isEqualTo(AttainmentStatus.UNKNOWN);
    }

    @Test
    void aTargetRecalledInTheReviewAsABoundLosesToTheMeasuredResult() {
        AttainmentIndex index = new AttainmentIndex();
        DocumentRecord plan = doc(1, "全国", 1994, null);
        DocumentRecord review = doc(2, "全国", 1995, null);
        index.offer(plan, fig(1, 10, "10", null, "%", Kind.TARGET, "cpi", "1994", ReviewStatus.PROPOSED));
        Figure recalled = new Figure(5, 9, "百分之十", new BigDecimal("10"), null, "%", null, Qualifier.AT_MOST,
                Kind.ACHIEVEMENT, false, "cpi", "商品零售物价上涨幅度", "1994", 0, 10);
        index.offer(review, new FigureRecord(nextId++, 2, recalled, recalled, Origin.MACHINE, ReviewStatus.PROPOSED,
                Instant.EPOCH));
        index.offer(review, fig(2, 30, "21.7", null, "%", Kind.ACHIEVEMENT, "cpi", "1994", ReviewStatus.PROPOSED));

        AttainmentRow row = index.rows().get(0);

        assertThat(row.actual().value()).isEqualByComparingTo("21.7");
        assertThat(row.status()).isEqualTo(AttainmentStatus.MISSED);
    }

    @Test
    void amountsInDifferentMultipliersCompareAndGapIsInTheTargetsUnit() {
        AttainmentIndex index = new AttainmentIndex();
        DocumentRecord plan = doc(1, "某市", 2023, null);
        DocumentRecord review = doc(2, "某市", 2024, null);
        index.offer(plan, fig(1, 10, "150", null, "亿元", Kind.TARGET, "retail_sales", "2023", ReviewStatus.PROPOSED));
        index.offer(review, fig(2, 10, "1480000", null, "万元", Kind.ACHIEVEMENT, "retail_sales", "2023",
                ReviewStatus.PROPOSED));
        AttainmentRow row = index.rows().get(0);
        assertThat(row.status()).isEqualTo(AttainmentStatus.MISSED);
        assertThat(row.gap()).isEqualByComparingTo("-2"); // 148亿元 − 150亿元
        assertThat(row.gapUnit()).isEqualTo("亿元");
    }

    @Test
    void ceilingRangeIsHeldAgainstItsUpperEnd() {
        AttainmentIndex index = new AttainmentIndex();
        index.offer(doc(1, "某省", 2023, null),
                fig(1, 5, "3", "3.5", "%", Kind.TARGET, "unemployment_rate", "2023", ReviewStatus.PROPOSED));
        index.offer(doc(2, "某省", 2024, null),
                fig(2, 5, "3.4", null, "%", Kind.ACHIEVEMENT, "unemployment_rate", "2023", ReviewStatus.PROPOSED));
        AttainmentRow row = index.rows().get(0);
        assertThat(row.threshold()).isEqualByComparingTo("3.5");
        assertThat(row.gap()).isEqualByComparingTo("-0.1");
        assertThat(row.status()).isEqualTo(AttainmentStatus.MET);
    }

    @Test
    void achievementFromThePlanReportOrATargetFromALaterReportDoesNotCount() {
        AttainmentIndex index = new AttainmentIndex();
        DocumentRecord plan = doc(1, "某县", 2023, null);
        DocumentRecord later = doc(2, "某县", 2024, null);
        index.offer(plan, fig(1, 5, "6", null, "%", Kind.ACHIEVEMENT, "gdp", "2023", ReviewStatus.PROPOSED));
        index.offer(later, fig(2, 5, "9", null, "%", Kind.TARGET, "gdp", "2023", ReviewStatus.PROPOSED));
        assertThat(index.rows()).isEmpty();
    }

    @Test
    void reportWithoutYearTakesItFromItsDate() {
        AttainmentIndex index = new AttainmentIndex();
        DocumentRecord december = doc(1, "某县", null, LocalDate.of(2022, 12, 28)); // plans 2023
        DocumentRecord january = doc(2, "某县", null, LocalDate.of(2024, 1, 8)); // reviews 2023
        index.offer(december, fig(1, 5, "6", null, "%", Kind.TARGET, "gdp", "2023", ReviewStatus.PROPOSED));
        index.offer(january, fig(2, 5, "6.1", null, "%", Kind.ACHIEVEMENT, "gdp", "2023", ReviewStatus.PROPOSED));
        AttainmentRow row = index.rows().get(0);
        assertThat(row.status()).isEqualTo(AttainmentStatus.MET);
        assertThat(row.gap()).isEqualByComparingTo("0.1");
    }

    @Test
    void closestReviewReportWinsAndFinalBeatsEstimated() {
        AttainmentIndex index = new AttainmentIndex();
        index.offer(doc(1, "某市", 2023, null),
                fig(1, 5, "6", null, "%", Kind.TARGET, "gdp", "2023", ReviewStatus.PROPOSED));
        // five-year review two years later, and the next year's report
        index.offer(doc(3, "某市", 2025, null),
                fig(3, 1, "7", null, "%", Kind.ACHIEVEMENT, "gdp", "2023", ReviewStatus.PROPOSED));
        index.offer(doc(2, "某市", 2024, null),
                fig(2, 9, "5.9", null, "%", Kind.ACHIEVEMENT, "gdp", "2023", ReviewStatus.PROPOSED));
        AttainmentRow row = index.rows().get(0);
        assertThat(row.actual().source().documentId()).isEqualTo(2);
        assertThat(row.status()).isEqualTo(AttainmentStatus.MISSED);
    }

    @Test
    void percentPairedConsistentlyEvenWhenOnlyTheLevelIsReviewed() {
        AttainmentIndex index = new AttainmentIndex();
        DocumentRecord plan = doc(1, "某市", 2023, null);
        DocumentRecord review = doc(2, "某市", 2024, null);
        index.offer(plan, fig(1, 5, "8", null, "%", Kind.TARGET, "gdp", "2023", ReviewStatus.PROPOSED));
        index.offer(plan, fig(1, 9, "500", null, "亿元", Kind.TARGET, "gdp", "2023", ReviewStatus.ACCEPTED));
        index.offer(review, fig(2, 5, "8.2", null, "%", Kind.ACHIEVEMENT, "gdp", "2023", ReviewStatus.PROPOSED));
        index.offer(review, fig(2, 9, "490", null, "亿元", Kind.ACHIEVEMENT, "gdp", "2023", ReviewStatus.ACCEPTED));
        AttainmentRow row = index.rows().get(0);
        assertThat(row.target().unit()).isEqualTo("%");
        assertThat(row.actual().unit()).isEqualTo("%");
        assertThat(row.status()).isEqualTo(AttainmentStatus.MET);
    }

    @Test
    void regionsAreKeptApartAndOtherFiguresIgnored() {
        AttainmentIndex index = new AttainmentIndex();
        index.offer(doc(1, "甲县", 2023, null), fig(1, 5, "6", null, "%", Kind.TARGET, "gdp", "2023", ReviewStatus.PROPOSED));
        index.offer(doc(2, "乙县", 2024, null),
                fig(2, 5, "6.5", null, "%", Kind.ACHIEVEMENT, "gdp", "2023", ReviewStatus.PROPOSED));
        index.offer(doc(2, "乙县", 2024, null), fig(2, 9, "3", null, "%", Kind.OTHER, "gdp", "2023", ReviewStatus.PROPOSED));
        index.offer(doc(2, "乙县", 2024, null),
                fig(2, 12, "3", null, "%", Kind.ACHIEVEMENT, "not_core", "2023", ReviewStatus.PROPOSED));
        index.offer(doc(2, "乙县", 2024, null),
                fig(2, 15, "3", null, "%", Kind.ACHIEVEMENT, "gdp", "2017-2021", ReviewStatus.PROPOSED));
        List<AttainmentRow> rows = index.rows();
        assertThat(rows).extracting(AttainmentRow::region).containsExactly("乙县", "甲县");
        assertThat(rows).allSatisfy(r -> assertThat(r.status()).isEqualTo(AttainmentStatus.UNKNOWN));
    }
}
