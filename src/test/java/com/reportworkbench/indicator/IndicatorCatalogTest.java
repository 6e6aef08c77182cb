package com.reportworkbench.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndicatorCatalogTest {
    @Test
    void loadsTheCoreIndicators() {
        IndicatorCatalog catalog = IndicatorCatalog.load();
        assertThat(catalog.all()).hasSize(21);
        assertThat(catalog.byId("gdp")).map(Indicator::canonicalName).contains("地区生产总值");
        assertThat(catalog.byId("actual_fdi")).map(Indicator::usualMeasure).hasValueSatisfying(m -> assertThat(m).contains("美元"));
        assertThat(catalog.byId("nope")).isEmpty();
    }

    @Test
    void assignerKeepsNamesToCompatibleUnitsAndBlocksContributions() {
        IndicatorAssigner assigner = new IndicatorAssigner(IndicatorCatalog.load(), Map.of());
        String text = "全年旅游接待860万人次、收入达42亿元，拉动GDP增长0.8个百分点。";
        int a = text.indexOf("860");
        int b = text.indexOf("42");
        int c = text.indexOf("0.8");
        List<IndicatorAssigner.Assignment> got = assigner.assign(text, 0, List.of(
                new IndicatorAssigner.Span(a, a + 6, "万人次"),
                new IndicatorAssigner.Span(b, b + 4, "亿元"),
                new IndicatorAssigner.Span(c, c + 7, "个百分点")));
        assertThat(got).extracting(IndicatorAssigner.Assignment::id)
                .containsExactly("tourism_visitors", "tourism_revenue", null);
    }
}
