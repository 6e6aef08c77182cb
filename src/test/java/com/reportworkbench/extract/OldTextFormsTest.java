package com.reportworkbench.extract;

import static com.reportworkbench.extract.Extracting.EXTRACTOR;
import static com.reportworkbench.extract.Extracting.extract;
import static com.reportworkbench.extract.Extracting.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The old text forms of issue 10 on invented sentences: spaced and full-width digits, ·/． decimal points,
 * Chinese-numeral figures with 点, traditional characters. Spans always cover the original characters, and
 * the stored text is never changed.
 */
class OldTextFormsTest {
    private static void spanMatchesText(String text, Figure f) {
        assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
    }

    @Test
    void spacedDigitsAreOneNumberAndTheSpanKeepsTheSpaces() {
        String text = "1 9 9 6 年，全省棉花产量达到3 1 2 0 万担，出口增长7 ．3 ％，铁路新增营业里程6 4 0 公里。";
        List<Figure> f = extract(text);
        assertThat(f).extracting(Figure::text).containsExactly("3 1 2 0 万担", "7 ．3 ％", "6 4 0 公里");
        assertThat(f).extracting(x -> x.value().stripTrailingZeros().toPlainString()).containsExactly("3120", "7.3", "640");
        assertThat(f.get(1).unit()).isEqualTo("%");
        f.forEach(x -> spanMatchesText(text, x));
    }

    @Test
    void aLoneSpaceBeforeAPercentSignIsReadInAnyText() {
        Figure f = only("农民收入增长6 %。");
        assertThat(f.text()).isEqualTo("6 %");
        assertThat(f.value()).isEqualByComparingTo("6");
    }

    @Test
    void aTableOfSpacedNumbersInAModernTextStaysApart() {
        // digits spaced once or twice are no style of the text: "3 5" is two numbers, neither with a unit
        assertThat(extract("序号 3 5 项目名称")).isEmpty();
    }

    @Test
    void fullWidthDigitsAndPointsAndMiddleDots() {
        Figure full = only("钢产量达到１２３４．５万吨。");
        assertThat(full.value()).isEqualByComparingTo("1234.5");
        assertThat(full.text()).isEqualTo("１２３４．５万吨");
        Figure dot = only("外贸出口增长２３·６％。");
        assertThat(dot.value()).isEqualByComparingTo("23.6");
        assertThat(dot.unit()).isEqualTo("%");
        Figure ascii = only("城乡储蓄存款增长17·2%。");
        assertThat(ascii.value()).isEqualByComparingTo("17.2");
        assertThat(ascii.text()).isEqualTo("17·2%");
    }

    @Test
    void aFullWidthCommaBeforeThreeFullWidthDigitsSeparatesThousands() {
        Figure f = only("全年棉花产量达到４，２５０万担。");
        assertThat(f.text()).isEqualTo("４，２５０万担");
        assertThat(f.value()).isEqualByComparingTo("4250");
        // a clause break between numbers stays one
        assertThat(extract("新建学校３所，２００个班级。")).extracting(Figure::text).containsExactly("３所", "２００个");
    }

    @Test
    void aTextThatGroupsHalfWidthDigitsWithFullWidthCommasReadsEachGroupAsOneNumber() {
        String text = "去年棉花产量4，512万担，比上年增加1，038万担。钢产量2，675万吨，增长8.1％。"
                + "职工住宅竣工面积6，120万平方米。";
        List<Figure> f = extract(text);
        assertThat(f).extracting(Figure::text).contains("4，512万担", "1，038万担", "2，675万吨", "6，120万平方米");
        assertThat(f).filteredOn(x -> x.text().equals("4，512万担")).singleElement()
                .satisfies(x -> assertThat(x.value()).isEqualByComparingTo("4512"));
        assertThat(f).filteredOn(x -> x.text().equals("1，038万担")).singleElement()
                .satisfies(x -> assertThat(x.value()).isEqualByComparingTo("1038"));
        f.forEach(x -> spanMatchesText(text, x));
    }

    @Test
    void oneHalfWidthGroupAloneIsAListAndStaysApart() {
        // a modern list: one "33，212" shape in the text is no habit of grouping thousands
        List<Figure> f = extract("两个园区企业数分别为33，212家。");
        assertThat(f).extracting(Figure::text).doesNotContain("33，212家");
    }

    @Test
    void halfWidthGroupsNeedExactlyThreeDigitsAndNoPointBefore() {
        // many groups make the text one that groups thousands, yet 4 digits after the comma, a decimal
        // before it, or a unit between the numbers keep the numbers apart
        String text = "棉花4，512万担，钢2，675万吨，布1，038亿米。两类企业分别为12，3456家，增长3.5，120家，"
                + "新建学校3所，200个班级。";
        List<Figure> f = extract(text);
        assertThat(f).extracting(Figure::text).contains("4，512万担", "3所", "200个")
                .doesNotContain("12，3456家", "3.5，120家");
    }

    @Test
    void aMiddleDotOutsideANumberStaysAName() {
        assertThat(extract("纪念“一二·九”运动，参观长白山·天池景区。")).isEmpty();
    }

    @Test
    void chineseNumeralsWithADecimalPoint() {
        Figure pct = only("全年工业增加值增长百分之十五点七。");
        assertThat(pct.text()).isEqualTo("百分之十五点七");
        assertThat(pct.value()).isEqualByComparingTo("15.7");
        assertThat(pct.unit()).isEqualTo("%");
        Figure small = only("物价上涨幅度控制在百分之三点零五以内。");
        assertThat(small.value()).isEqualByComparingTo("3.05");
        assertThat(small.qualifier()).isEqualTo(Qualifier.AT_MOST);
        Figure tons = only("棉花产量二点五亿担。");
        assertThat(tons.value()).isEqualByComparingTo("2.5");
        assertThat(tons.unit()).isEqualTo("亿担");
        assertThat(only("新增城镇就业九百五十万人。").baseValue()).isEqualByComparingTo("9500000");
        assertThat(only("财政收入达到六千五百亿元。").baseValue()).isEqualByComparingTo("650000000000");
    }

    @Test
    void aNumeralAboveItsUnitsMultiplierCountsInThatMultiplier() {
        Figure coal = only("原煤产量三亿零五百多万吨。");
        assertThat(coal.text()).isEqualTo("三亿零五百多万吨");
        assertThat(coal.value()).isEqualByComparingTo("30500");
        assertThat(coal.unit()).isEqualTo("万吨");
        assertThat(coal.baseValue()).isEqualByComparingTo("305000000");
        Figure dollars = only("利用外资十二亿八千万美元。");
        assertThat(dollars.baseValue()).isEqualByComparingTo("1280000000");
        assertThat(only("新增城镇就业一千二百万人。").value()).isEqualByComparingTo("1200");
        assertThat(only("粮食产量达到一万二千亿斤。").baseValue()).isEqualByComparingTo("1200000000000");
    }

    @Test
    void kilowattHoursInTheOlderSpelling() {
        Figure power = only("发电量达到三千二百亿千瓦小时。");
        assertThat(power.text()).isEqualTo("三千二百亿千瓦小时");
        assertThat(power.unit()).isEqualTo("亿千瓦小时");
        assertThat(only("发电量2750亿千瓦小时。").baseValue()).isEqualByComparingTo("275000000000");
    }

    @Test
    void aPointThatIsNoDecimalStaysOutside() {
        assertThat(extract("三点一线，一点一滴做好工作。")).isEmpty();
    }

    @Test
    void traditionalCharactersReadAsSimplified() {
        String text = "一九五六年，工業總產值增長百分之二十八點四，糧食產量達到三千八百億斤，生鐵產量二百萬噸。";
        List<Figure> f = extract(text);
        assertThat(f).extracting(Figure::text).containsExactly("百分之二十八點四", "三千八百億斤", "二百萬噸");
        assertThat(f.get(0).value()).isEqualByComparingTo("28.4");
        assertThat(f.get(0).indicator()).isEqualTo("industrial_output");
        assertThat(f.get(1).unit()).isEqualTo("亿斤");
        assertThat(f.get(1).indicator()).isEqualTo("grain_output");
        assertThat(f.get(2).baseValue()).isEqualByComparingTo("2000000");
        f.forEach(x -> spanMatchesText(text, x));
    }

    @Test
    void aStrayTraditionalCharacterLeavesAModernTextAlone() {
        Figure f = only("全市实现顽强拚搏，新建学校12所。");
        assertThat(f.indicatorText()).isEqualTo("学校");
    }

    @Test
    void debrisRangesFollowTheView() {
        String text = "1 9 9 7 年粮食产量4 9 2 5 0 万吨。\n页脚 3 0 0 万元\n";
        int debris = text.indexOf("页脚");
        List<Figure> f = EXTRACTOR.extract(new ExtractionInput(text,
                List.of(new com.reportworkbench.text.TextRange(debris, text.length())), null, null));
        assertThat(f).extracting(Figure::text).containsExactly("4 9 2 5 0 万吨");
        assertThat(f.get(0).sentenceStart()).isZero();
        assertThat(text.charAt(f.get(0).sentenceEnd() - 1)).isEqualTo('。');
    }
}
