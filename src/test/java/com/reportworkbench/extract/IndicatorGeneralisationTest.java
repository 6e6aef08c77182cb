package com.reportworkbench.extract;

import static com.reportworkbench.extract.Extracting.extract;
import static com.reportworkbench.extract.Extracting.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Classes of sentences (issue 10, part 3) whose indicator and kind must come out right on reports never seen:
 * each class on several invented wordings, and the near misses that must stay apart.
 */
class IndicatorGeneralisationTest {
    private static List<String> ids(String text) {
        return extract(text).stream().map(Figure::indicator).toList();
    }

    private static List<Kind> kinds(String text) {
        return extract(text).stream().map(Figure::kind).toList();
    }

    @Test
    void aComparisonClauseAfterALevelKeepsItsIndicator() {
        assertThat(ids("全市地区生产总值达到820亿元，较“十四五”末的610亿元增加210亿元，增长34.4%。"))
                .containsExactly("gdp", "gdp", "gdp", "gdp");
        assertThat(ids("社会消费品零售总额达到3200亿元，比二〇一五年增长一点二倍。")).containsExactly("retail_sales", "retail_sales");
        assertThat(ids("进出口总额增加到780亿美元，五年间增长一点五倍。")).containsExactly("foreign_trade", "foreign_trade");
        assertThat(ids("城镇居民人均生活费收入达到900元，扣除物价上涨因素，比1985年增长百分之四十。"))
                .containsExactly("urban_income", "urban_income");
    }

    @Test
    void aNewNameAfterALevelEndsTheInheritance() {
        assertThat(ids("地区生产总值达到820亿元，比上年增长5%，高新技术企业达到320家。"))
                .containsExactly("gdp", "gdp", null);
    }

    @Test
    void aSubjectBeforeACommaNamesTheFirstFigureOfItsSentence() {
        assertThat(ids("全国社会商品零售总额，由一九八五年的4300亿元增加到一九九○年的8300亿元。"))
                .containsExactly("retail_sales", "retail_sales");
        assertThat(ids("全省固定资产投资，比上年增长6.1%。")).containsExactly("fixed_asset_investment");
        // a clause with its own noun is about that noun
        assertThat(ids("全省固定资产投资较快增长，民间投资增长3%。")).containsExactly((String) null);
    }

    @Test
    void aSubjectBeforeQualifyingClausesNamesTheFigure() {
        assertThat(ids("农村居民人均纯收入，考虑价格下降因素，比上年实际增长4.3%。")).containsExactly("rural_income");
        assertThat(ids("农民人均纯收入，1990年为630元，平均每年增长5%；城镇居民人均生活费收入，1990年为1390元。"))
                .containsExactly("rural_income", "rural_income", "urban_income");
        assertThat(ids("固定资产投资增长幅度由上年的百分之三十回落到百分之二十。"))
                .containsExactly("fixed_asset_investment", "fixed_asset_investment");
    }

    @Test
    void aSectorBeforeTheNameOfTheWholeMeasuresTheSector() {
        assertThat(only("全国农业生产总值是三百亿元。").indicator()).isNull();
        assertThat(only("全国工农业生产总值增长百分之六。").indicator()).isNull();
        assertThat(only("全市工业经济总量突破3万亿元。").indicator()).isNull();
        assertThat(only("全市经济总量突破3万亿元。").indicator()).isEqualTo("gdp");
    }

    @Test
    void fenbieAfterLevelsPairsWithThoseLevels() {
        assertThat(ids("全年接待游客8600万人次、实现旅游收入920亿元，分别增长12%、15%。"))
                .containsExactly("tourism_visitors", "tourism_revenue", "tourism_visitors", "tourism_revenue");
        List<Figure> f = extract("完成工业投资300亿元、技改投资120亿元，分别增长8%、11%。");
        assertThat(f).extracting(Figure::indicator).containsOnlyNulls();
        assertThat(f.get(2).indicatorText()).isEqualTo(f.get(0).indicatorText());
        assertThat(f.get(3).indicatorText()).isEqualTo(f.get(1).indicatorText());
    }

    @Test
    void aScopeNoteInBracketsRestatesTheFigureBefore() {
        assertThat(ids("工业总产值平均每年增长百分之九（不包括村办工业百分之八）。"))
                .containsExactly("industrial_output", "industrial_output");
        assertThat(ids("地区生产总值增长6%（含新区7%）。")).containsExactly("gdp", "gdp");
    }

    @Test
    void oldWordingsWithWordsBetweenTheSeriesAndItsMeasure() {
        assertThat(only("城市职工家庭平均每人全年可用于生活费的收入为九百元。").indicator()).isEqualTo("urban_income");
        assertThat(only("粮食的年平均产量达到四亿吨。").indicator()).isEqualTo("grain_output");
        assertThat(only("今年粮食增产五十亿斤。").indicator()).isEqualTo("grain_output");
        assertThat(only("粮食总产稳定在300亿斤以上。").indicator()).isEqualTo("grain_output");
        assertThat(only("粮食综合生产能力稳定在1200万吨以上。").indicator()).isEqualTo("grain_output");
        assertThat(ids("粮食、油料产量分别增长3%、5%。")).containsExactly("grain_output", null);
        // a yield per mu is no output
        assertThat(only("粮食每亩平均产量达到八百斤。").indicator()).isNull();
        // residents' total income in 亿元 is no per-capita income
        assertThat(only("城镇居民收入将增加四十多亿元。").indicator()).isNull();
    }

    @Test
    void tertiaryIndustryIsTheServiceSector() {
        assertThat(only("第三产业增加值增长6%。").indicator()).isEqualTo("service_value_added");
        assertThat(ids("一产、二产、三产增加值分别增长3%、5%、6%。")).containsExactly(null, null, "service_value_added");
        assertThat(ids("一二三产增加值分别增长3%、5%、6%。")).containsOnlyNulls();
    }

    @Test
    void foreignDirectInvestmentInShortAndOldWordings() {
        assertThat(only("吸收外商直接投资45亿美元。").indicator()).isEqualTo("actual_fdi");
        assertThat(only("五年累计使用外资210亿美元。").indicator()).isEqualTo("actual_fdi");
        assertThat(only("利用外资和对外直接投资38亿美元。").indicator()).isNull();
        assertThat(only("外商直接投资协议金额120亿美元。").indicator()).isNull();
    }

    @Test
    void aPartOfTheRegionOrOfIndustryIsNoCoreSeries() {
        assertThat(only("脱贫县农村居民人均可支配收入增长9%。").indicator()).isNull();
        assertThat(only("开发区规上工业增加值增长7%。").indicator()).isNull();
        assertThat(only("轻工业总产值比上年增长9.6%。").indicator()).isNull();
        assertThat(only("工业和手工业总产值增长百分之四十一。").indicator()).isEqualTo("industrial_output");
        assertThat(only("农村居民人均可支配收入增长7%。").indicator()).isEqualTo("rural_income");
    }

    @Test
    void aWorkUnitBeforeInvestmentIsNoUnitOfGdp() {
        assertThat(only("全民所有制单位固定资产投资完成2800亿元。").indicator()).isEqualTo("fixed_asset_investment");
        assertThat(only("单位地区生产总值能耗下降3%。").indicator()).isEqualTo("energy_intensity");
    }

    @Test
    void revenueTotalAfterItsIncrementsStaysRevenue() {
        assertThat(ids("国内财政收入增加300亿元，全年总收入达到2000亿元。"))
                .containsExactly("fiscal_revenue_local", "fiscal_revenue_local");
    }

    @Test
    void aDatedNumberAfterFromOrAComparisonWordIsTheBaseline() {
        assertThat(kinds("积累率由一九七八年的百分之三十六点五调整到百分之二十九。"))
                .containsExactly(Kind.OTHER, Kind.ACHIEVEMENT);
        assertThat(kinds("地区生产总值达到820亿元，较“十四五”末的610亿元增加210亿元。"))
                .containsExactly(Kind.ACHIEVEMENT, Kind.OTHER, Kind.ACHIEVEMENT);
        assertThat(kinds("人均地区生产总值从2020年的5.2万元提高到7.4万元。")).containsExactly(Kind.OTHER, Kind.ACHIEVEMENT);
        // a year after 比 without 的 is a comparison, not a number of its own
        assertThat(kinds("地区生产总值比2020年增长34%。")).containsExactly(Kind.ACHIEVEMENT);
    }

    @Test
    void aSpanOfYearsEndingInNeiIsNoThisYearTarget() {
        Figure f = only("从一九七九年到一九八二年的四年内，轻工业平均每年增长百分之十一点八。");
        assertThat(f.kind()).isEqualTo(Kind.ACHIEVEMENT);
        assertThat(only("年内新增城镇就业5万人。").kind()).isEqualTo(Kind.TARGET);
    }

    @Test
    void aPastYearStatedInThePlanPartIsWhatHappened() {
        List<Figure> f = Extracting.EXTRACTOR.extract(new ExtractionInput(
                "二、一九九○年的主要任务\n今年国民生产总值增长百分之六。从一九八六年到一九八九年的四年间，财政收入"
                        + "增长百分之二十，一九八九年亏损企业的亏损额达到一百亿元。按一九八○年不变价格计算，一九九五年"
                        + "国民生产总值达到一万八千亿元，比一九八九年增长百分之四十。",
                List.of(), null, 1990));
        assertThat(f).extracting(Figure::kind).containsExactly(
                Kind.TARGET, Kind.ACHIEVEMENT, Kind.ACHIEVEMENT, Kind.TARGET, Kind.TARGET);
    }

    @Test
    void incomePairsInEveryOrderAndWording() {
        assertThat(ids("城乡居民收入分别增长5%、6.5%。")).containsExactly("urban_income", "rural_income");
        assertThat(ids("农村和城镇居民人均可支配收入分别增长7%、5%。")).containsExactly("rural_income", "urban_income");
        assertThat(ids("全体居民、城镇居民和农村居民人均可支配收入分别增长5.1%、4.5%、6.3%。"))
                .containsExactly("resident_income", "urban_income", "rural_income");
        assertThat(ids("城镇居民和农村居民人均可支配收入分别为48000元、21000元，分别增长4.1%、6.2%。"))
                .containsExactly("urban_income", "rural_income", "urban_income", "rural_income");
        assertThat(ids("居民人均可支配收入增长5%，其中农村居民收入增长6.3%。")).containsExactly("resident_income", "rural_income");
        // qualifiers between the items keep the list together
        assertThat(ids("城镇和农村常住居民人均可支配收入分别增长4%左右和6%左右。")).containsExactly("urban_income", "rural_income");
        assertThat(ids("一产、二产、三产增加值分别增长5%左右、5%以上、5%左右。")).containsExactly(null, null, "service_value_added");
        assertThat(ids("城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%。"))
                .containsExactly("urban_income", "rural_income", "urban_income", "rural_income");
        // one change after a list of levels stays with the last level
        assertThat(ids("城乡居民人均可支配收入分别达6.9万元、3.4万元，增长5.3%。"))
                .containsExactly("urban_income", "rural_income", "rural_income");
    }

    @Test
    void tradeInItsWordingsButNotAPartOfIt() {
        assertThat(only("进出口贸易额突破800亿元。").indicator()).isEqualTo("foreign_trade");
        assertThat(only("对外贸易进出口增长5%。").indicator()).isEqualTo("foreign_trade");
        assertThat(only("全年进出口总值增长10%。").indicator()).isEqualTo("foreign_trade");
        assertThat(ids("社会消费品零售总额增长4%，进出口下降2.1%。")).containsExactly("retail_sales", "foreign_trade");
        assertThat(only("跨境电商进出口增长30%。").indicator()).isNull();
        assertThat(only("与共建“一带一路”国家进出口贸易额增长9%。").indicator()).isNull();
        assertThat(only("进出口加工总值达到300亿元。").indicator()).isNull();
    }

    @Test
    void actualForeignInvestmentInItsWordings() {
        assertThat(only("实际到位外资3.5亿美元。").indicator()).isEqualTo("actual_fdi");
        assertThat(only("外资实际到位5亿美元。").indicator()).isEqualTo("actual_fdi");
        assertThat(only("实际利用外资额增长12%。").indicator()).isEqualTo("actual_fdi");
    }

    @Test
    void tourismPairsAndTheirParts() {
        assertThat(ids("接待国内外游客1.2亿人次、实现旅游总收入1500亿元，分别增长10%、12%。"))
                .containsExactly("tourism_visitors", "tourism_revenue", "tourism_visitors", "tourism_revenue");
        assertThat(ids("旅游人数和旅游收入分别增长15%、18%。")).containsExactly("tourism_visitors", "tourism_revenue");
        assertThat(ids("接待旅游总人数、游客旅游总花费分别增长10.6%、12.6%。"))
                .containsExactly("tourism_visitors", "tourism_revenue");
        assertThat(ids("全年接待游客3.2亿人次、游客花费3700亿元，分别增长8%、8.4%。"))
                .containsExactly("tourism_visitors", "tourism_revenue", "tourism_visitors", "tourism_revenue");
        assertThat(only("入境过夜游客人数增长24.9%。").indicator()).isNull();
        assertThat(only("接待省外游客增长8.5%。").indicator()).isNull();
        assertThat(only("接待入境游客60万人次。").indicator()).isNull();
    }

    @Test
    void pastoralAndOtherRegionalWordings() {
        assertThat(only("农牧民人均可支配收入增长8%。").indicator()).isEqualTo("rural_income");
        assertThat(ids("城镇居民、农牧民人均可支配收入分别增长6%、9%。")).containsExactly("urban_income", "rural_income");
        assertThat(only("农村牧区常住居民人均可支配收入增长7%。").indicator()).isEqualTo("rural_income");
        assertThat(only("财政总收入增长5%。").indicator()).isEqualTo("fiscal_revenue_total");
        assertThat(only("CPI涨幅2%左右。").indicator()).isEqualTo("cpi");
        assertThat(only("接待国内外旅游者5000万人次。").indicator()).isEqualTo("tourism_visitors");
        assertThat(only("旅游综合收入增长10%。").indicator()).isEqualTo("tourism_revenue");
        assertThat(only("旅游业总收入达到600亿元。").indicator()).isEqualTo("tourism_revenue");
        assertThat(only("旅游外汇收入增长20%。").indicator()).isNull();
        assertThat(only("入境旅游收入增长15%。").indicator()).isNull();
        assertThat(only("乡村旅游经营收入增长10%。").indicator()).isNull();
        assertThat(ids("全市实现地区生产总值1200亿元，按不变价格计算，增长6.2%。")).containsExactly("gdp", "gdp");
    }

    @Test
    void theValueAddedOfTheIndustryNamedBefore() {
        assertThat(ids("规模以上工业企业达7.6万家、增加值增长3%。")).containsExactly(null, "industrial_value_added");
        assertThat(only("规模工业增加值增长6%。").indicator()).isEqualTo("industrial_value_added");
        assertThat(ids("规模以上工业增加值增长7%，其中高技术制造业增加值增长10%。"))
                .containsExactly("industrial_value_added", null);
        assertThat(only("全市增加值增长5%。").indicator()).isNull();
    }

    @Test
    void aChangeAfterALevelOnTheSameBasis() {
        assertThat(ids("一般公共预算收入完成120亿元，同口径增长6%。"))
                .containsExactly("fiscal_revenue_local", "fiscal_revenue_local");
        assertThat(ids("粮食（不包括大豆）的产量为三千亿斤，比上年增加了一百亿斤。"))
                .containsExactly("grain_output", "grain_output");
        assertThat(only("城镇累计新增就业239万人。").indicator()).isEqualTo("new_urban_jobs");
    }

    @Test
    void bareRevenueIsTheSeriesOnlyWhereNoOtherRevenueIsNamed() {
        assertThat(only("财政收入增长百分之十二。").indicator()).isEqualTo("fiscal_revenue_local");
        assertThat(ids("一般公共预算收入增长5%。财政收入增长8%。")).containsExactly("fiscal_revenue_local", null);
        assertThat(only("提高收购价格共计减少财政收入五百亿元。").indicator()).isNull();
        assertThat(only("中央一般公共预算收入增长3%。").indicator()).isNull();
        assertThat(only("全国一般公共预算收入增长1.3%。").indicator()).isEqualTo("fiscal_revenue_local");
    }

    @Test
    void aChangeOverTheYearsOfAPlanSpansThoseYears() {
        List<Figure> f = Extracting.EXTRACTOR.extract(new ExtractionInput(
                "一、过去五年的回顾\n五年内新增发电装机容量一千九百五十万千瓦。\n二、今后五年的任务\n"
                        + "五年内全国工农业总产值增长百分之三十八，固定资产投资总额五年为八千九百六十亿元。",
                List.of(), null, 1986));
        assertThat(f).extracting(Figure::period).containsExactly("1981-1985", "1986-1990", "1986-1990");
        assertThat(f).extracting(Figure::kind).containsExactly(Kind.ACHIEVEMENT, Kind.TARGET, Kind.TARGET);
    }

    @Test
    void countedThingIsNamedAfterALoneVerb() {
        assertThat(only("新开通高铁线路3条。").indicatorText()).isEqualTo("高铁线路");
        assertThat(only("新建学校12所。").indicatorText()).isEqualTo("学校");
        assertThat(only("今年新建12所学校。").indicatorText()).isEqualTo("学校");
    }

    @Test
    void aRangeOfPercentagesInWordsIsOneFigure() {
        Figure f = only("农村居民人均纯收入平均每年实际增长百分之四至百分之五。");
        assertThat(f.text()).isEqualTo("百分之四至百分之五");
        assertThat(f.value()).isEqualByComparingTo("4");
        assertThat(f.valueHigh()).isEqualByComparingTo("5");
        assertThat(f.indicator()).isEqualTo("rural_income");
        Figure g = only("今年经济增长速度的宏观调控目标，定为百分之八至九。");
        assertThat(g.text()).isEqualTo("百分之八至九");
        assertThat(g.valueHigh()).isEqualByComparingTo("9");
        assertThat(g.indicator()).isEqualTo("gdp");
        assertThat(only("确保物价上涨幅度比去年有明显回落，力争控制在百分之十五左右。").indicator()).isEqualTo("cpi");
        // a falling pair is two figures, not a range
        assertThat(extract("由百分之九到百分之七。")).hasSize(2);
    }

    @Test
    void numeralsAboveTheUnitsMultiplierCountInIt() {
        Figure f = only("粮食年平均产量增加到三亿七千零六十二万吨。");
        assertThat(f.value()).isEqualByComparingTo(new BigDecimal("37062"));
        assertThat(f.indicator()).isEqualTo("grain_output");
    }

    @Test
    void aNamePassedOverACountOfStepsNamesTheLevelAfterIt() {
        assertThat(ids("全市地区生产总值跨越2个百亿元台阶，达到860亿元、增长11.2%。"))
                .containsExactly(null, null, "gdp", "gdp");
        assertThat(ids("全县生产总值连续迈上3个台阶、达到420亿元。")).containsExactly(null, "gdp");
        // near miss: a clause with its own noun keeps that noun
        assertThat(ids("地区生产总值跨越2个百亿元台阶，高新技术企业达到320家。")).doesNotContain("gdp");
    }

    @Test
    void aRatioOrShareOfTheSeriesIsNoIndicator() {
        assertThat(only("社会物流总费用与地区生产总值的比率降至13.9%。").indicator()).isNull();
        assertThat(only("物流总费用与GDP比率下降0.4个百分点。").indicator()).isNull();
        assertThat(only("服务业增加值占地区生产总值比重达到52.6%。").indicator()).isNull();
        assertThat(only("三个园区经济总量占全市比重超过30%。").indicator()).isNull();
        // the series itself stays named
        assertThat(only("服务业增加值增长6.3%。").indicator()).isEqualTo("service_value_added");
        assertThat(only("地区生产总值增长5.1%。").indicator()).isEqualTo("gdp");
    }

    @Test
    void aSectorsProductIsNoRegionalGdp() {
        assertThat(only("海洋生产总值增长7%。").indicator()).isNull();
        assertThat(only("全省生产总值增长7%。").indicator()).isEqualTo("gdp");
    }

    @Test
    void jobsFoundInTownsAreTheNewUrbanJobs() {
        assertThat(only("三年来在城镇安排了1500万人就业。").indicator()).isEqualTo("new_urban_jobs");
        assertThat(only("全国城镇共安置２６０万人。").indicator()).isEqualTo("new_urban_jobs");
        assertThat(only("劳动就业，在城镇安排四百万人。").indicator()).isEqualTo("new_urban_jobs");
        // money spent in towns is no count of jobs
        assertThat(only("在城镇安排资金12亿元。").indicator()).isNull();
    }

    @Test
    void oldWordingsOfOutputGrainAndIndustryNameTheirSeries() {
        assertThat(only("明年工业生产计划增长7％。").indicator()).isEqualTo("industrial_output");
        assertThat(only("今年上半年，工业生产又比去年同期增长９％。").indicator()).isEqualTo("industrial_output");
        assertThat(only("到二〇〇〇年粮食生产要达到９０００亿斤。").indicator()).isEqualTo("grain_output");
        assertThat(only("两年共增产粮食3,100多万吨。").indicator()).isEqualTo("grain_output");
        assertThat(only("全国工业增加值增长百分之十五。").indicator()).isEqualTo("industrial_value_added");
        // parts stay apart: light industry, producer prices, the area sown with grain
        assertThat(only("轻工业生产增长9％。").indicator()).isNull();
        assertThat(only("工业生产者出厂价格下降2.1%。").indicator()).isNull();
        assertThat(only("粮食生产功能区划定900万亩。").indicator()).isNull();
    }

    @Test
    void aLaterChangeWithAPartOfTheYearKeepsTheIndicator() {
        assertThat(ids("去年进出口贸易总额比上年增长19％，今年上半年又比去年同期增长12.5％。"))
                .containsExactly("foreign_trade", "foreign_trade");
    }

    @Test
    void tourismSpendingWordedAsOutingsAndBareDisposableIncome() {
        assertThat(ids("全年接待游客人次、出游总花费分别增长12.1%、9.4%。"))
                .containsExactly("tourism_visitors", "tourism_revenue");
        assertThat(only("全省出游花费达到2300亿元。").indicator()).isEqualTo("tourism_revenue");
        assertThat(only("人均可支配收入年均增长5.5%。").indicator()).isEqualTo("resident_income");
        assertThat(only("全体居民人均可支配收入增长5.5%。").indicator()).isEqualTo("resident_income");
        // a part of the residents glued before it is no resident income
        assertThat(only("脱贫人口人均可支配收入增长9%。").indicator()).isNull();
        assertThat(only("城镇常住居民人均可支配收入增长4%。").indicator()).isEqualTo("urban_income");
    }

    @Test
    void aTargetRestatedInAReviewIsATarget() {
        assertThat(kinds("去年我在报告中曾提出，要把物价上涨幅度控制在百分之六以内。")).containsExactly(Kind.TARGET);
        assertThat(kinds("全年工业总产值计划比上年增长7％。")).containsExactly(Kind.TARGET);
        assertThat(kinds("这个比重，今年将达到31％。")).containsExactly(Kind.TARGET);
        // near misses: the result itself, and a plan fulfilled
        assertThat(kinds("全年工业总产值比上年增长7％。")).containsExactly(Kind.ACHIEVEMENT);
        assertThat(kinds("超额完成了全年计划，工业总产值增长7％。")).containsExactly(Kind.ACHIEVEMENT);
    }

    @Test
    void aGapAgainstTheWholeIsNoGrowthOfTheSeries() {
        assertThat(only("社会消费品零售总额增幅高于全国0.5个百分点。").indicator()).isNull();
        assertThat(only("固定资产投资增速快于全省1.2个百分点。").indicator()).isNull();
        // set against another series, the figure after still names the series
        assertThat(only("居民人均可支配收入增速高于经济增速、达到4.1万元。").indicator()).isEqualTo("resident_income");
        assertThat(only("社会消费品零售总额增速回升到5%。").indicator()).isEqualTo("retail_sales");
    }

    @Test
    void aPartOfIndustryNamedBeforeTheBareOutputIsNoIndustrialOutput() {
        assertThat(only("轻工业，总产值比上年增长9％。").indicator()).isNull();
        assertThat(ids("重工业企业120户，总产值增长4％。")).containsExactly(null, null);
        assertThat(ids("规上工业企业120户，总产值增长4％。")).containsExactly(null, "industrial_output");
    }

    @Test
    void aWordPointingBackAfterACauseOrAStreakTakesTheNameOfTheSentenceBefore() {
        assertThat(ids("今年力求实现较快的经济增长。由于已经连续两年增长速度在百分之九以上，不宜再加快。"))
                .containsExactly("gdp");
        // a new paragraph breaks the reference
        assertThat(ids("今年力求实现较快的经济增长。\n由于已经连续两年增长速度在百分之九以上。")).containsExactly((String) null);
    }

    @Test
    void aDatedBaselineBeforeAClauseBreakAndAChangeStaysABaseline() {
        assertThat(kinds("储蓄率由1985年的32.5％，降为29.1％。")).containsExactly(Kind.OTHER, Kind.ACHIEVEMENT);
        assertThat(kinds("每吨钢的综合能耗，由上年的1.8吨煤，降低到1.7吨煤。")).containsExactly(Kind.OTHER, Kind.ACHIEVEMENT);
        // near misses: a clause that opens with no change, and an undated number after 由
        assertThat(kinds("储蓄率由1985年的32.5％，是历年最高的。")).containsExactly(Kind.ACHIEVEMENT);
        assertThat(kinds("由企业筹集12亿元，增加到全部投资的一半。")).containsExactly(Kind.ACHIEVEMENT);
    }

    private static List<Kind> kindsInReportOf(String text, int year) {
        return Extracting.EXTRACTOR.extract(new ExtractionInput(text, List.of(), null, year)).stream()
                .map(Figure::kind).toList();
    }

    @Test
    void aLevelOfAYearBeforeTheReviewThatALaterYearFollowsIsTheBase() {
        // a report of 1990 reviews 1989: 1984 is the base of the change over five years
        assertThat(kindsInReportOf("农民人均纯收入，1984年为350元，1989年提高到600元。", 1990))
                .containsExactly(Kind.OTHER, Kind.ACHIEVEMENT);
        assertThat(kindsInReportOf("这个比重，1986年为21.4％，1988年为23％，1989年达到26％。", 1990))
                .containsExactly(Kind.OTHER, Kind.OTHER, Kind.ACHIEVEMENT);
        // near misses: yearly results of the period (增加, not 为), and a lone dated level
        assertThat(kindsInReportOf("1986年财政收入增加120亿元，1987年增加150亿元。", 1990))
                .containsExactly(Kind.ACHIEVEMENT, Kind.ACHIEVEMENT);
        assertThat(kindsInReportOf("1986年为21.4％。", 1990)).containsExactly(Kind.ACHIEVEMENT);
    }

    @Test
    void thisYearsEstimateIsTheBaseOfNextYearsPlan() {
        assertThat(kinds("明年计划出口比重由今年预计的21％提高到23％。")).containsExactly(Kind.OTHER, Kind.TARGET);
        // near miss: this year's estimate alone is no base
        assertThat(kinds("明年计划出口比重提高到今年预计的23％。")).doesNotContain(Kind.OTHER);
    }
}
