package com.reportworkbench.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.reportworkbench.unit.UnitTable;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

/** The helpers other packages call: UnitTable, QuantityParser, FigureJson. */
class HelpersTest {
    @Test
    void unitTableSplitsMultiplierAndUnit() {
        UnitTable units = UnitTable.load();
        assertThat(units.isKnown("亿元")).isTrue();
        assertThat(units.isKnown("万千瓦")).isTrue();
        assertThat(units.isKnown("亿")).isTrue();
        assertThat(units.isKnown("万吨/年")).isTrue();
        assertThat(units.isKnown("年")).isFalse();
        assertThat(units.baseUnit("亿元")).isEqualTo("元");
        assertThat(units.baseUnit("万千瓦")).isEqualTo("千瓦");
        assertThat(units.baseUnit("千瓦时")).isEqualTo("千瓦时");
        assertThat(units.baseUnit("万吨/年")).isEqualTo("吨/年");
        assertThat(units.baseValue(new BigDecimal("16.65"), "亿元")).isEqualByComparingTo("1665000000");
        assertThat(units.baseValue(new BigDecimal("3.24"), "万亩")).isEqualByComparingTo("32400");
        assertThat(units.baseValue(new BigDecimal("1004"), "万千瓦")).isEqualByComparingTo("10040000");
        assertThat(units.baseValue(new BigDecimal("1.2"), "万亿元")).isEqualByComparingTo("1200000000000");
        assertThat(units.baseValue(new BigDecimal("6.5"), "%")).isEqualByComparingTo("6.5");
    }

    @Test
    void quantityParserReadsASelection() {
        QuantityParser parser = new QuantityParser();
        ParsedQuantity q = parser.parse("约3.5亿元").orElseThrow();
        assertThat(q.text()).isEqualTo("3.5亿元");
        assertThat(q.start()).isEqualTo(1);
        assertThat(q.unit()).isEqualTo("亿元");
        assertThat(q.baseValue()).isEqualByComparingTo("350000000");
        assertThat(q.qualifier()).isEqualTo(Qualifier.APPROX);
        ParsedQuantity range = parser.parse("6%-6.5%").orElseThrow();
        assertThat(range.value()).isEqualByComparingTo("6");
        assertThat(range.valueHigh()).isEqualByComparingTo("6.5");
        assertThat(parser.parse("3000多万元").orElseThrow().qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(parser.parse("二〇二四年")).isEmpty();
        assertThat(parser.parse("  ")).isEmpty();
    }

    @Test
    void figureJsonWritesTheContractAndReadsItBack() throws Exception {
        Figure f = new Figure(10, 17, "16.65亿元", new BigDecimal("16.650"), null, "亿元", new BigDecimal("1.665E+9"),
                Qualifier.NONE, Kind.ACHIEVEMENT, false, null, "争取转移支付资金", "2023", 0, 30);
        String line = FigureJson.toJsonLine("000_x.txt", f);
        assertThat(line).contains("\"value\":16.65,").contains("\"base_value\":1665000000,")
                .contains("\"qualifier\":\"\"").contains("\"indicator\":\"\"").doesNotContain("value_high");
        var node = new ObjectMapper().readTree(line);
        assertThat(node.fieldNames()).toIterable().containsExactly("doc", "start", "end", "text", "value", "unit",
                "base_value", "qualifier", "kind", "estimated", "indicator", "indicator_text", "period");
        FigureJson.DocFigure back = FigureJson.read(line).orElseThrow();
        assertThat(back.doc()).isEqualTo("000_x.txt");
        assertThat(back.figure().baseValue()).isEqualByComparingTo("1665000000");
        assertThat(back.figure().kind()).isEqualTo(Kind.ACHIEVEMENT);

        Figure range = new Figure(0, 7, "7%-7.5%", new BigDecimal("7"), new BigDecimal("7.50"), "%", new BigDecimal("7"),
                Qualifier.APPROX, Kind.TARGET, true, "gdp", "地区生产总值", "2024", 0, 9);
        assertThat(FigureJson.toJsonLine("d", range)).contains("\"value\":7,\"value_high\":7.5,")
                .contains("\"qualifier\":\"approx\"").contains("\"estimated\":true");
        assertThat(FigureJson.read("{\"doc\": \"d\", \"range\": [0, 10]}")).isEmpty();
    }
}
