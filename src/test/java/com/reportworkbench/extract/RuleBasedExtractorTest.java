package com.reportworkbench.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each number form, unit, qualifier, exclusion and kind cue, on sentences written for these tests. */
class RuleBasedExtractorTest {
    private static final RuleBasedExtractor EXTRACTOR = RuleBasedExtractor.create();

    private static List<Figure> extract(String text) {
        return EXTRACTOR.extract(ExtractionInput.of(text));
    }

    private static Figure only(String text) {
        List<Figure> figures = extract(text);
        assertThat(figures).as("figures of %s", text).hasSize(1);
        return figures.get(0);
    }

    private static List<String> spans(String text) {
        return extract(text).stream().map(Figure::text).toList();
    }

    @Test
    void targetSentenceGivesTargetApproxGdp() {
        Figure f = only("二、2025年工作安排\n力争全市生产总值增长6.5%左右。");
        assertThat(f.text()).isEqualTo("6.5%");
        assertThat(f.kind()).isEqualTo(Kind.TARGET);
        assertThat(f.qualifier()).isEqualTo(Qualifier.APPROX);
        assertThat(f.indicator()).isEqualTo("gdp");
        assertThat(f.period()).isEqualTo("2025");
    }

    @Test
    void decimalsAndMultipliersGiveExactBaseValues() {
        Figure f = only("一、2024年工作回顾\n全年引进项目资金27.38亿元。");
        assertThat(f.unit()).isEqualTo("亿元");
        assertThat(f.value()).isEqualByComparingTo("27.38");
        assertThat(f.baseValue()).isEqualByComparingTo(new BigDecimal("2738000000"));
        assertThat(f.kind()).isEqualTo(Kind.ACHIEVEMENT);
        assertThat(f.period()).isEqualTo("2024");
    }

    @Test
    void thousandsSeparatorsAndFullWidthDigits() {
        assertThat(only("新建农村公路1,250公里。").baseValue()).isEqualByComparingTo("1250");
        Figure f = only("城镇新增就业１２．５万人，目标完成。");
        assertThat(f.value()).isEqualByComparingTo("12.5");
        assertThat(f.unit()).isEqualTo("万人");
        assertThat(f.indicator()).isEqualTo("new_urban_jobs");
        Figure cover = only("森林覆盖率达到６３．２％。");
        assertThat(cover.text()).isEqualTo("６３．２％"); // the span is the original text
        assertThat(cover.unit()).isEqualTo("%"); // the unit is read the one way
        assertThat(cover.value()).isEqualByComparingTo("63.2");
    }

    @Test
    void chineseNumerals() {
        Figure hundred = only("带动社会投资超百亿元。");
        assertThat(hundred.value()).isEqualByComparingTo("100");
        assertThat(hundred.unit()).isEqualTo("亿元");
        assertThat(hundred.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        Figure nearly = only("拉动消费近亿元。");
        assertThat(nearly.text()).isEqualTo("亿元");
        assertThat(nearly.value()).isEqualByComparingTo("1");
        assertThat(nearly.qualifier()).isEqualTo(Qualifier.APPROX);
        assertThat(only("培训一百二十个班组。").value()).isEqualByComparingTo("120");
        Figure twoWan = only("吸纳就业两万人。");
        assertThat(twoWan.unit()).isEqualTo("万人");
        assertThat(twoWan.baseValue()).isEqualByComparingTo("20000");
        Figure seven = only("县域消费占全市近七成。");
        assertThat(seven.text()).isEqualTo("七成");
        assertThat(seven.unit()).isEqualTo("成");
        assertThat(only("经济总量比五年前翻一番。").text()).isEqualTo("一番");
    }

    @Test
    void yuAndDuoStayInsideTheSpan() {
        Figure f = only("修缮古建筑260余处。");
        assertThat(f.text()).isEqualTo("260余处");
        assertThat(f.unit()).isEqualTo("处");
        assertThat(f.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        Figure g = only("发放补贴2000多万元。");
        assertThat(g.text()).isEqualTo("2000多万元");
        assertThat(g.baseValue()).isEqualByComparingTo("20000000");
    }

    @Test
    void rangesAreOneFigure() {
        for (String text : List.of("预期增长5%-5.5%。", "预期增长4.5%至5%。", "预期增长7.0～7.5%。")) {
            Figure f = only(text);
            assertThat(f.valueHigh()).as(text).isNotNull();
            assertThat(f.valueHigh()).isGreaterThan(f.value());
            assertThat(f.unit()).isEqualTo("%");
        }
        assertThat(only("预期增长4.5%至5%。").value()).isEqualByComparingTo("4.5");
    }

    @Test
    void percentagePointsAreTheirOwnUnit() {
        Figure f = only("研发投入强度提高0.35个百分点。");
        assertThat(f.unit()).isEqualTo("个百分点");
        assertThat(f.baseValue()).isEqualByComparingTo("0.35");
    }

    @Test
    void kiloUnitsAndRateUnits() {
        Figure power = only("新增装机容量860万千瓦。");
        assertThat(power.unit()).isEqualTo("万千瓦");
        assertThat(power.baseValue()).isEqualByComparingTo("8600000");
        Figure rate = only("建成年产能240万吨/年的生产线。");
        assertThat(rate.unit()).isEqualTo("万吨/年");
        assertThat(rate.baseValue()).isEqualByComparingTo("2400000");
        assertThat(only("粮食产量达到1.42亿斤。").indicator()).isEqualTo("grain_output");
    }

    @Test
    void bareMultiplierIsTheUnit() {
        Figure f = only("数字经济规模突破800亿，成为新引擎。");
        assertThat(f.text()).isEqualTo("800亿");
        assertThat(f.unit()).isEqualTo("亿");
        assertThat(f.baseValue()).isEqualByComparingTo("80000000000");
    }

    @Test
    void qualifiersOutsideTheSpan() {
        assertThat(only("居民消费价格涨幅控制在3%以内。").qualifier()).isEqualTo(Qualifier.AT_MOST);
        assertThat(only("城镇调查失业率不超过5.5%。").qualifier()).isEqualTo(Qualifier.AT_MOST);
        assertThat(only("粮食面积稳定在800万亩以上。").qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(only("接待游客约1200万人次。").qualifier()).isEqualTo(Qualifier.APPROX);
        Figure f = only("进出口总额突破50亿美元。");
        assertThat(f.text()).isEqualTo("50亿美元");
        assertThat(f.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(f.indicator()).isEqualTo("foreign_trade");
    }

    @Test
    void notFigures() {
        assertThat(spans("2024年3月15日，市第十六届人民代表大会第二次会议召开。")).isEmpty();
        assertThat(spans("深入学习二十大精神，编制十五五规划，做好九个方面的工作。")).isEmpty();
        assertThat(spans("创建国家4A级旅游景区，水质达到二类水标准。")).isEmpty();
        assertThat(spans("打造“10分钟便民圈”，推进“两区三园”建设。")).isEmpty();
        assertThat(spans("实施五大工程，经济增速居全省第2位。")).isEmpty();
        assertThat(spans("PM2.5浓度持续下降，5G基站全覆盖。")).isEmpty();
        assertThat(spans("省委十三届五次全会作出部署，推进一批重点项目。")).isEmpty();
        assertThat(spans("贯彻党的二十届历次全会精神，迎来建党105周年。")).isEmpty();
    }

    @Test
    void boilerplateRangesHoldNoFigures() {
        String text = "共15页\n新建学校12所。";
        List<Figure> figures = EXTRACTOR.extract(new ExtractionInput(text,
                List.of(new com.reportworkbench.text.TextRange(0, 3)), null, null));
        assertThat(figures).extracting(Figure::text).containsExactly("12所");
    }

    @Test
    void estimatedCoversTheRestOfTheSentence() {
        List<Figure> f = extract("一、2024年工作回顾\n新建厂房12栋，预计全年规模以上工业增加值增长7%，固定资产投资增长9%。");
        assertThat(f).extracting(Figure::estimated).containsExactly(false, true, true);
        assertThat(f).extracting(Figure::kind).containsOnly(Kind.ACHIEVEMENT);
        assertThat(f).extracting(Figure::indicator).containsExactly(null, "industrial_value_added", "fixed_asset_investment");
    }

    @Test
    void sentenceCuesBeatTheSection() {
        List<Figure> f = extract("二、2025年工作安排\n去年地区生产总值增长5.1%，今年力争增长6%。");
        assertThat(f).extracting(Figure::kind).containsExactly(Kind.ACHIEVEMENT, Kind.TARGET);
        assertThat(f).extracting(Figure::period).containsExactly("2024", "2025");
        Figure review = only("一、2024年工作回顾\n我们确保了全年粮食产量稳定在120万吨。");
        assertThat(review.kind()).isEqualTo(Kind.TARGET);
    }

    @Test
    void aHeadingThatReviewsWinsOverPlanWords() {
        String text = "一、2025年主要工作和“十四五”发展成就\n新建5G基站3万个。\n二、2026年重点工作\n新建学校20所。";
        assertThat(extract(text)).extracting(Figure::period).containsExactly("2025", "2026");
        assertThat(extract(text)).extracting(Figure::kind).containsExactly(Kind.ACHIEVEMENT, Kind.TARGET);
    }

    @Test
    void perCapitaIsNotTheTotal() {
        assertThat(only("人均地区生产总值达到9.8万元。").indicator()).isNull();
    }

    @Test
    void baselineOfAChangeIsOther() {
        List<Figure> f = extract("审批时限由20个工作日压缩至5个工作日。");
        assertThat(f).extracting(Figure::kind).containsExactly(Kind.OTHER, Kind.ACHIEVEMENT);
    }

    @Test
    void growthInheritsTheIndicatorOfTheLevel() {
        List<Figure> f = extract("一般公共预算收入完成86.4亿元，同比增长6.2%。");
        assertThat(f).extracting(Figure::indicator).containsExactly("fiscal_revenue_local", "fiscal_revenue_local");
    }

    @Test
    void fenbieDistributesNames() {
        List<Figure> f = extract("城镇和农村居民人均可支配收入分别增长5%、7%，社会消费品零售总额和外贸进出口分别增长4%、9%。");
        assertThat(f).extracting(Figure::indicator).endsWith("retail_sales", "foreign_trade");
    }

    @Test
    void periodsComeFromTheTextAndFallBackToTheInput() {
        String fiveYears = "政府工作报告（2022年1月10日）\n一、过去五年工作回顾\n五年来，新增市场主体3.2万户。";
        assertThat(only(fiveYears).period()).isEqualTo("2017-2021");
        Figure december = only("区政府工作报告（2023年12月20日）\n一年来，新建公园8个。");
        assertThat(december.period()).isEqualTo("2023");
        Figure fallback = EXTRACTOR.extract(new ExtractionInput("力争新增就业岗位3000个。", List.of(), null, 2026)).get(0);
        assertThat(fallback.period()).isEqualTo("2026");
        assertThat(fallback.kind()).isEqualTo(Kind.TARGET);
    }

    @Test
    void sentenceBoundsSurroundTheFigure() {
        String text = "第一句话。今年新建学校12所！下一句。";
        Figure f = only(text);
        assertThat(text.substring(f.sentenceStart(), f.sentenceEnd())).isEqualTo("今年新建学校12所！");
    }

    @Test
    void userSynonymsNameCoreIndicators() {
        RuleBasedExtractor withUser = RuleBasedExtractor.create(Map.of("游客总人次", "tourism_visitors"));
        Figure f = withUser.extract(ExtractionInput.of("全年游客总人次达到5600万人次。")).get(0);
        assertThat(f.indicator()).isEqualTo("tourism_visitors");
        assertThat(only("全年游客总人次达到5600万人次。").indicator()).isNull();
    }

    @Test
    void unnumberedHeadingLinesSplitReviewAndPlan() {
        String text = "2031年某县政府工作报告\n“十五五”时期工作回顾\n五年来，建成乡镇污水厂14座。\n"
                + "2031年重点工作\n新建口袋公园9个。";
        List<Figure> f = extract(text);
        assertThat(f).extracting(Figure::text).containsExactly("14座", "9个");
        assertThat(f.get(0).kind()).isEqualTo(Kind.ACHIEVEMENT);
        assertThat(f.get(0).period()).isEqualTo("2026-2030");
        assertThat(f.get(1).kind()).isEqualTo(Kind.TARGET);
        assertThat(f.get(1).period()).isEqualTo("2031");
    }

    @Test
    void aFuturePlanParagraphInsideAReviewPartHoldsTargets() {
        String text = "一、2025年工作回顾\n全年新增农贸市场6个。\n“十五五”时期，我们要实现以下目标：养老床位达到1.2万张。";
        List<Figure> f = extract(text);
        assertThat(f.get(0).kind()).isEqualTo(Kind.ACHIEVEMENT);
        assertThat(f.get(0).period()).isEqualTo("2025");
        assertThat(f.get(1).kind()).isEqualTo(Kind.TARGET);
        assertThat(f.get(1).period()).isEqualTo("2026-2030");
    }

    @Test
    void denominatorsOfRatesAreNoFigures() {
        assertThat(spans("每千名老人拥有护理员3.5名。")).containsExactly("3.5名");
        assertThat(spans("事故率降至0.4人/百亿元以下。")).containsExactly("0.4人");
        assertThat(spans("每100户配置垃圾桶6个。")).containsExactly("6个");
    }

    @Test
    void numeralIdiomsAreNoFigures() {
        assertThat(extract("把惠民政策送进千家万户，赋能千行百业。")).isEmpty();
    }

    @Test
    void moreMeasureWords() {
        assertThat(spans("组建专业服务队12支，上线新品27款，发射卫星5颗。")).containsExactly("12支", "27款", "5颗");
    }

    @Test
    void fromToChangesNameTheNewStateAfterTheBaseline() {
        List<Figure> f = extract("一、2025年工作回顾\n城镇调查失业率由5.9%下降到5.1%。");
        assertThat(f.get(0).kind()).isEqualTo(Kind.OTHER);
        assertThat(f.get(1).indicator()).isEqualTo("unemployment_rate");
    }

    @Test
    void percentagesInWords() {
        Figure f = only("单位产值水耗下降百分之四。");
        assertThat(f.text()).isEqualTo("百分之四");
        assertThat(f.unit()).isEqualTo("%");
        assertThat(f.value()).isEqualByComparingTo("4");
        assertThat(only("覆盖率提高百分之12.5。").value()).isEqualByComparingTo("12.5");
    }

    @Test
    void aProductOfIdenticalUnitsIsOneFigure() {
        Figure f = only("建成3×60万千瓦机组。");
        assertThat(f.text()).isEqualTo("3×60万千瓦");
        assertThat(f.value()).isEqualByComparingTo("180");
        assertThat(f.baseValue()).isEqualByComparingTo("1800000");
    }

    @Test
    void aListSharesTheUnitOfItsLastItem() {
        List<Figure> f = extract("两项增速分别快于全省1.7个、0.6个百分点。");
        assertThat(f).extracting(Figure::unit).containsExactly("个百分点", "个百分点");
        assertThat(spans("新建公园4个、绿道12公里。")).containsExactly("4个", "12公里");
    }

    @Test
    void aYearAlreadyPastIsNoTargetHorizonButAComingOneIs() {
        String text = "——2027年1月15日在某市人民代表大会上\n一、“十四五”时期工作回顾\n"
                + "全市财政收入由2021年的80亿元提高到2026年的112亿元，城镇新增就业累计9.5万人。\n"
                + "二、2027年工作安排\n到2030年，全市财政收入达到150亿元。";
        List<Figure> figures = extract(text);
        Figure reached = figures.stream().filter(f -> f.text().equals("112亿元")).findFirst().orElseThrow();
        Figure jobs = figures.stream().filter(f -> f.text().equals("9.5万人")).findFirst().orElseThrow();
        Figure aim = figures.stream().filter(f -> f.text().equals("150亿元")).findFirst().orElseThrow();
        assertThat(reached.kind()).isEqualTo(Kind.ACHIEVEMENT);
        assertThat(jobs.kind()).isEqualTo(Kind.ACHIEVEMENT);
        assertThat(aim.kind()).isEqualTo(Kind.TARGET);
    }

    @Test
    void theNewStateOfAChangeKeepsTheIndicatorAcrossAYear() {
        Figure reached = extract("一、2025年工作回顾\n全县生产总值从2020年的210亿元增长到2025年的268亿元。").stream()
                .filter(f -> f.text().equals("268亿元")).findFirst().orElseThrow();
        assertThat(reached.indicator()).isEqualTo("gdp");
        assertThat(reached.kind()).isEqualTo(Kind.ACHIEVEMENT);
    }
}
