package com.reportworkbench.extract;

import static com.reportworkbench.extract.Extracting.EXTRACTOR;
import static com.reportworkbench.extract.Extracting.extract;
import static com.reportworkbench.extract.Extracting.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Five-year averages and totals carry the span of years they cover, never one year (invented sentences). */
class MultiYearPeriodsTest {
    private static List<Figure> extract(String text, Integer year) {
        return EXTRACTOR.extract(new ExtractionInput(text, List.of(), null, year));
    }

    @Test
    void anAverageInAOneYearReviewCoversTheFiveYearsBeforeThePlanYear() {
        String text = "一、2012年工作回顾\n全省生产总值达到2.1万亿元，年均增长9.8%。去年生产总值增长8.1%。\n二、2013年工作安排\n生产总值增长8%。";
        List<Figure> f = extract(text, null);
        assertThat(f).extracting(Figure::period).containsExactly("2012", "2008-2012", "2012", "2013");
        assertThat(f.get(1).indicator()).isEqualTo("gdp");
    }

    @Test
    void theSentenceStatesTheSpan() {
        String text = "一、1990年工作回顾\n1986年至1990年，工业总产值平均每年增长百分之十二。“七五”期间累计新增发电装机容量四千万千瓦。";
        List<Figure> f = extract(text, null);
        assertThat(f).extracting(Figure::period).containsExactly("1986-1990", "1986-1990");
        String since = "一、2023年工作回顾\n2018年以来，累计建成高标准农田800万亩。";
        assertThat(extract(since, null).get(0).period()).isEqualTo("2018-2023");
    }

    @Test
    void aListAfterTheCueSharesIt() {
        String text = "一、2020年工作回顾\n五年来，城镇、农村居民收入年均分别增长7%、8.5%。";
        assertThat(extract(text, null)).extracting(Figure::period).containsExactly("2016-2020", "2016-2020");
    }

    @Test
    void aYearsOwnTotalStaysInItsYear() {
        String text = "一、2024年工作回顾\n全年累计完成投资120亿元。";
        assertThat(extract(text, null).get(0).period()).isEqualTo("2024");
    }

    @Test
    void anAnnualMeanIsNoMultiYearFigure() {
        String text = "一、2024年工作回顾\n细颗粒物年均浓度降至28微克/立方米。";
        assertThat(extract(text, null).get(0).period()).isEqualTo("2024");
    }

    @Test
    void aPlannedAverageCoversThePlanPeriod() {
        String text = "二、今后五年的主要目标\n“九五”期间国民生产总值年均增长百分之八。";
        assertThat(extract(text, 1996).get(0).period()).isEqualTo("1996-2000");
        String unnamed = "二、2026年工作安排\n今后五年地区生产总值年均增长5%左右。";
        Figure f = extract(unnamed, null).get(0);
        assertThat(f.kind()).isEqualTo(Kind.TARGET);
        assertThat(f.period()).isEqualTo("2026-2030");
    }

    @Test
    void aPlanNamedAsABaselineIsNoSpan() {
        String text = "一、2025年工作回顾\n五年来，研发投入较“十三五”时期年均增长12%。";
        assertThat(extract(text, null).get(0).period()).isEqualTo("2021-2025");
    }

    @Test
    void aComparisonWithLastYearIsNoStatementAboutLastYear() {
        String text = "二、1993年工作安排\n信贷规模与去年大体持平，零售物价上涨幅度控制在百分之六以内，投资增长百分之十或者更多一些。";
        List<Figure> f = extract(text, null);
        assertThat(f).extracting(Figure::kind).containsExactly(Kind.TARGET, Kind.TARGET);
        assertThat(f.get(1).qualifier()).isEqualTo(Qualifier.AT_LEAST);
    }
}
