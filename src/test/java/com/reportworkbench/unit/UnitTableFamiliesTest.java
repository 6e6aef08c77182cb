package com.reportworkbench.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The unit families of assets/units.tsv, the one table that extraction, indicators and comparison read. */
class UnitTableFamiliesTest {
    private final UnitTable units = UnitTable.load();

    @Test
    void multipliersAndRelatedUnitsShareAFamilyWithTheirSize() {
        assertThat(units.family("亿元").name()).isEqualTo("cny");
        assertThat(units.family("亿元").factor()).isEqualByComparingTo("100000000");
        assertThat(units.family("万吨").name()).isEqualTo(units.family("亿斤").name());
        assertThat(units.family("亿斤").factor()).isEqualByComparingTo("50000");
        assertThat(units.family("亿公斤").factor()).isEqualByComparingTo("100000");
        assertThat(units.family("万担").factor()).isEqualByComparingTo("500");
        assertThat(units.family("万名").name()).isEqualTo(units.family("人").name());
        assertThat(units.family("GW").factor()).isEqualByComparingTo(units.family("万千瓦").factor().multiply(new java.math.BigDecimal(100)));
    }

    @Test
    void growthRatesAndPointsAreDifferentFamilies() {
        assertThat(units.family("%").isPercent()).isTrue();
        assertThat(units.family("％").isPercent()).isTrue();
        assertThat(units.family("个百分点").name()).isNotEqualTo(units.family("%").name());
        assertThat(units.family("亿美元").name()).isNotEqualTo(units.family("亿元").name());
        assertThat(units.isMoney("亿美元")).isTrue();
        assertThat(units.isRelative("倍")).isTrue();
        assertThat(units.isRelative("万吨")).isFalse();
    }

    @Test
    void unlistedAndBareUnits() {
        assertThat(units.family("万亩").name()).isEqualTo(units.family("亩").name());
        assertThat(units.family("万亩").factor()).isEqualByComparingTo("10000");
        assertThat(units.family("万吨/年").name()).isEqualTo(units.family("吨").name() + "/年");
        assertThat(units.family("亿").name()).isEqualTo("cny"); // 突破300亿: money, as reports mean it
        assertThat(units.isBareMultiplier("亿")).isTrue();
        assertThat(units.family("光年").name()).isEqualTo("unit:光年");
    }
}
