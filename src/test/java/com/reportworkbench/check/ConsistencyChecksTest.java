package com.reportworkbench.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.extract.Figure;
import com.reportworkbench.extract.Kind;
import com.reportworkbench.extract.Qualifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each check pinned with invented reports of one region, two consecutive years: the 2023 report
 * (given Jan 2023: reviews 2022, plans 2023) and the 2024 report (given Jan 2024: reviews 2023, plans
 * 2024). Each test first shows the consistent pair raises no flag of that kind, then breaks one figure.
 */
class ConsistencyChecksTest {
    private static final CheckedDocument Y2023 = new CheckedDocument(1, "baishan_2023.txt", "白山市", "city", 2023, LocalDate.of(2023, 1, 10));
    private static final CheckedDocument Y2024 = new CheckedDocument(2, "baishan_2024.txt", "白山市", "city", 2024, LocalDate.of(2024, 1, 12));

    private final ConsistencyChecks checks = new ConsistencyChecks();
    private final List<CheckedFigure> figures = new ArrayList<>();
    private long nextId = 100;

    private long fig(CheckedDocument d, String text, String unit, String indicator, Kind kind, String period) {
        String number = text.substring(0, text.length() - unit.length());
        Figure f = new Figure(0, text.length(), text, new BigDecimal(number), null, unit, new BigDecimal(number),
                Qualifier.NONE, kind, false, indicator, indicator, period, 0, 0);
        long id = nextId++;
        figures.add(new CheckedFigure(id, d.id(), f));
        return id;
    }

    /** The consistent pair: GDP growth results 2022 and 2023, targets 2023 and 2024. */
    private void consistentReports() {
        fig(Y2023, "6%", "%", "gdp", Kind.ACHIEVEMENT, "2022");
        fig(Y2023, "6.5%", "%", "gdp", Kind.TARGET, "2023");
        fig(Y2023, "2100亿元", "亿元", "gdp", Kind.ACHIEVEMENT, "2022");
        fig(Y2024, "6.2%", "%", "gdp", Kind.ACHIEVEMENT, "2023");
        fig(Y2024, "6%", "%", "gdp", Kind.TARGET, "2024");
        fig(Y2024, "2230亿元", "亿元", "gdp", Kind.ACHIEVEMENT, "2023");
    }

    private List<CheckFlag> run(CheckedDocument... docs) {
        return checks.run(List.of(docs), figures);
    }

    private static List<Long> flagged(List<CheckFlag> flags, String code) {
        return flags.stream().filter(f -> f.code().equals(code)).map(CheckFlag::figureId).toList();
    }

    @Test
    void consistentReportsRaiseNoFlag() {
        consistentReports();
        assertThat(run(Y2023, Y2024)).isEmpty();
    }

    @Test
    void aTargetRestatedDifferentlyInTheReviewOfItsYear() {
        consistentReports();
        long same = fig(Y2024, "6.5%", "%", "gdp", Kind.TARGET, "2023");
        assertThat(flagged(run(Y2023, Y2024), CheckFlag.RESTATED_DIFFERENTLY)).isEmpty();
        long other = fig(Y2024, "7%", "%", "gdp", Kind.TARGET, "2023");
        List<CheckFlag> flags = run(Y2023, Y2024);
        assertThat(flagged(flags, CheckFlag.RESTATED_DIFFERENTLY)).containsExactly(other).doesNotContain(same);
        assertThat(flags.stream().filter(f -> f.figureId() == other && f.code().equals(CheckFlag.RESTATED_DIFFERENTLY)).findFirst().orElseThrow().reason())
                .contains("6.5%").contains("7%").contains("baishan_2023.txt");
    }

    @Test
    void aResultFarOutsideTheRegionsSeries() {
        consistentReports();
        long wild = fig(Y2024, "61%", "%", "industrial_value_added", Kind.ACHIEVEMENT, "2023");
        fig(Y2023, "5%", "%", "industrial_value_added", Kind.ACHIEVEMENT, "2022");
        fig(Y2023, "7%", "%", "industrial_value_added", Kind.TARGET, "2023");
        fig(Y2024, "8%", "%", "industrial_value_added", Kind.TARGET, "2024");
        List<CheckFlag> flags = run(Y2023, Y2024);
        assertThat(flagged(flags, CheckFlag.OUTLIER_VS_SERIES)).containsExactly(wild);
    }

    @Test
    void oneReportGivingTwoValuesForOneIndicatorAndYear() {
        consistentReports();
        long second = fig(Y2024, "6.8%", "%", "gdp", Kind.ACHIEVEMENT, "2023");
        List<Long> flagged = flagged(run(Y2023, Y2024), CheckFlag.TWO_VALUES);
        assertThat(flagged).contains(second).hasSize(2); // both values of the pair are doubtful
    }

    @Test
    void aLevelWhereTheIndicatorIsMeasuredAsGrowthAndTheReverse() {
        consistentReports();
        long level = fig(Y2024, "1350亿元", "亿元", "industrial_value_added", Kind.ACHIEVEMENT, "2023");
        long rate = fig(Y2024, "5.5%", "%", "new_urban_jobs", Kind.ACHIEVEMENT, "2023");
        long fine = fig(Y2024, "3.1万人", "万人", "new_urban_jobs", Kind.ACHIEVEMENT, "2023");
        assertThat(flagged(run(Y2023, Y2024), CheckFlag.MEASURE_MISMATCH)).containsExactlyInAnyOrder(level, rate)
                .doesNotContain(fine);
    }

    @Test
    void aTargetWhoseYearHasPassed() {
        consistentReports();
        long passed = fig(Y2024, "10%", "%", "fixed_asset_investment", Kind.TARGET, "2022");
        assertThat(flagged(run(Y2023, Y2024), CheckFlag.TARGET_YEAR_PASSED)).containsExactly(passed);
    }

    @Test
    void twoCopiesOfOneReportDisagree() {
        CheckedDocument copy = new CheckedDocument(3, "baishan_2024_copy.html", "白山市", "city", 2024, LocalDate.of(2024, 1, 12));
        consistentReports();
        fig(copy, "6.2%", "%", "gdp", Kind.ACHIEVEMENT, "2023");
        fig(copy, "2230亿元", "亿元", "gdp", Kind.ACHIEVEMENT, "2023");
        assertThat(flagged(run(Y2023, Y2024, copy), CheckFlag.COPIES_DIFFER)).isEmpty();
        long wrong = fig(copy, "5%", "%", "gdp", Kind.TARGET, "2024");
        List<Long> flagged = flagged(run(Y2023, Y2024, copy), CheckFlag.COPIES_DIFFER);
        assertThat(flagged).contains(wrong).doesNotContain(figures.get(0).id()); // the other copy's 6% is flagged too
    }

    @Test
    void anotherReportClaimingTheSameYearIsNoCopy() {
        CheckedDocument other = new CheckedDocument(4, "baishan_2023_december.txt", "白山市", "city", 2024, LocalDate.of(2024, 1, 12));
        consistentReports();
        fig(other, "5%", "%", "gdp", Kind.TARGET, "2024");
        fig(other, "4.8%", "%", "gdp", Kind.ACHIEVEMENT, "2023");
        assertThat(flagged(run(Y2023, Y2024, other), CheckFlag.COPIES_DIFFER)).isEmpty();
    }
}
