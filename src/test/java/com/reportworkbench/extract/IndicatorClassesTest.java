package com.reportworkbench.extract;

import static com.reportworkbench.extract.Extracting.EXTRACTOR;
import static com.reportworkbench.extract.Extracting.extract;
import static com.reportworkbench.extract.Extracting.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classes of sentences of issue 10 whose indicator must come out right in general, each on invented
 * sentences (several wordings per class), plus the older names of the 1980s and 1990s.
 */
class IndicatorClassesTest {
    private static List<String> ids(String text) {
        return extract(text).stream().map(Figure::indicator).toList();
    }

    private static String id(String text) {
        return only(text).indicator();
    }

    @Test
    void aGrowthWordWithoutAnIndicatorNameIsGdp() {
        assertThat(id("今年全区经济增长7%左右。")).isEqualTo("gdp");
        assertThat(id("预期目标是：经济增速保持在5.5%。")).isEqualTo("gdp");
        assertThat(id("去年经济增长速度为9.2%。")).isEqualTo("gdp");
        assertThat(id("全年国民经济增长百分之八点五。")).isEqualTo("gdp");
    }

    @Test
    void aSectorsGrowthIsNoGdp() {
        assertThat(id("县域经济增长9%。")).isNull();
        assertThat(id("海洋经济增速达到12%。")).isNull();
        assertThat(id("消费对经济增长的贡献率达到58%。")).isNull();
    }

    @Test
    void nationalWording() {
        assertThat(id("国内生产总值增长5.1%。")).isEqualTo("gdp");
        assertThat(id("国民生产总值增长百分之七。")).isEqualTo("gdp");
        assertThat(id("单位国内生产总值能耗下降3.2%。")).isEqualTo("energy_intensity");
        assertThat(id("万元国内生产总值能耗降低4%。")).isEqualTo("energy_intensity");
        assertThat(id("单位国内生产总值二氧化碳排放下降3.9%。")).isNull();
        assertThat(id("全国一般公共预算收入增长6.4%。")).isEqualTo("fiscal_revenue_local");
        assertThat(id("全国财政收入达到21.7万亿元。")).isEqualTo("fiscal_revenue_local");
    }

    @Test
    void fenbieListsArePairedInOrder() {
        assertThat(ids("城镇、农村居民人均可支配收入分别增长4.6%和6.8%。")).containsExactly("urban_income", "rural_income");
        assertThat(ids("城乡居民人均可支配收入分别增长5.2%、7.1%。")).containsExactly("urban_income", "rural_income");
        assertThat(ids("城镇和农村常住居民人均可支配收入分别达到5.1万元、2.3万元。"))
                .containsExactly("urban_income", "rural_income");
        assertThat(ids("游客人次、旅游总花费分别增长9%、12%。")).containsExactly("tourism_visitors", "tourism_revenue");
        assertThat(ids("全年接待游客人次和旅游花费分别增长15.2%和18.4%。"))
                .containsExactly("tourism_visitors", "tourism_revenue");
    }

    @Test
    void aSubsetOfVisitorsIsNoCoreIndicator() {
        assertThat(id("入境游客人次增长38%。")).isNull();
        assertThat(id("乡村旅游人次增长20%。")).isNull();
    }

    @Test
    void aChangeRightAfterALevelKeepsItsIndicator() {
        assertThat(ids("粮食产量达到1520万吨，增产12万吨。")).containsExactly("grain_output", "grain_output");
        assertThat(ids("粮食总产量突破300亿斤大关，比上年增长2.1%。")).containsExactly("grain_output", "grain_output");
        assertThat(ids("国内生产总值达到８５００亿元，按可比价格计算，比上年增长百分之九。")).containsExactly("gdp", "gdp");
    }

    @Test
    void driverSentencesNameTheDrivenIndicatorUnlessTheyCountAShare() {
        assertThat(id("重大项目带动全社会固定资产投资增长6.5%。")).isEqualTo("fixed_asset_investment");
        assertThat(id("新开工项目拉动固定资产投资增长3%。")).isEqualTo("fixed_asset_investment");
        assertThat(id("工业投资拉动GDP增长1.2个百分点。")).isNull();
    }

    @Test
    void aShareOfAnIndicatorIsNoneOfIt() {
        assertThat(id("地方财政收入的45%来自税收。")).isNull();
        assertThat(id("地方财政收入增长45%。")).isEqualTo("fiscal_revenue_local");
    }

    @Test
    void olderNamesOfTheSeries() {
        assertThat(id("农民人均纯收入达到820元。")).isEqualTo("rural_income");
        assertThat(id("城镇居民人均生活费收入增长百分之六。")).isEqualTo("urban_income");
        assertThat(id("进出口贸易总额达到２３５０亿美元。")).isEqualTo("foreign_trade");
        assertThat(id("社会商品零售总额增长百分之十一。")).isEqualTo("retail_sales");
        assertThat(id("粮食总产量达到４６５０亿公斤。")).isEqualTo("grain_output");
    }

    @Test
    void theOnlyPriceTargetOfAReportIsCpi() {
        assertThat(id("今年零售物价上涨幅度控制在百分之八以内。")).isEqualTo("cpi");
        assertThat(id("商品零售价格涨幅控制在4%左右。")).isEqualTo("cpi");
        // where the report sets a consumer price target, the retail price index is something else
        List<Figure> both = extract("居民消费价格涨幅3%左右。商品零售价格涨幅2%左右。");
        assertThat(both).extracting(Figure::indicator).containsExactly("cpi", null);
    }

    @Test
    void aRatePointingBackTakesTheIndicatorOfTheSentenceBefore() {
        List<Figure> f = extract("年初提出把零售物价上涨幅度控制在百分之九以内。由于多种原因，涨幅仍然达到百分之十四点五。");
        assertThat(f).extracting(Figure::indicator).containsExactly("cpi", "cpi");
        List<Figure> otherParagraph = extract("零售物价上涨幅度控制在百分之九以内。\n涨幅仍然达到百分之十四点五。");
        assertThat(otherParagraph.get(1).indicator()).isNull();
    }

    @Test
    void surveyedAndRegisteredUnemploymentStayApart() {
        List<Figure> f = extract("城镇调查失业率5.5%左右，城镇登记失业率控制在4.5%以内。");
        assertThat(f).extracting(Figure::indicator).containsExactly("unemployment_rate", "unemployment_rate");
        assertThat(f.get(0).indicatorText()).contains("调查");
        assertThat(f.get(1).indicatorText()).contains("登记");
    }

    @Test
    void theIndicatorTextNamesTheThingCounted() {
        assertThat(extract("新开通城际铁路线路4条。").get(0).indicatorText()).isEqualTo("城际铁路线路");
        assertThat(extract("新建幼儿园15所。").get(0).indicatorText()).isEqualTo("幼儿园");
        assertThat(extract("新开通4条城际铁路线路。").get(0).indicatorText()).isEqualTo("城际铁路线路");
        assertThat(extract("改造15所幼儿园，建成一批公园。").get(0).indicatorText()).isEqualTo("幼儿园");
        assertThat(extract("培育专精特新企业60家。").get(0).indicatorText()).isEqualTo("专精特新企业");
    }
}
