package com.reportworkbench.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdministrativeDivisionsTest {
    private final AdministrativeDivisions divisions = AdministrativeDivisions.standard();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "四川省, province",
        "重庆市, province",
        "新疆维吾尔自治区, province",
        "吉林市, city",
        "吉林省吉林市, city",
        "锡林郭勒盟, city",
        "恩施州, city",
        "白山市江源区, county-district",
        "北京市朝阳区, county-district",
        "辽宁省抚顺市东洲区, county-district",
        "通化市梅河口市, county-district",
        "四川省绵竹市, county-district",
        "宽城满族自治县, county-district",
    })
    void levelFromTheLastUnitOfTheName(String name, String level) {
        assertThat(divisions.levelOf(name)).contains(AdminLevel.fromId(level).orElseThrow());
    }

    @Test
    void aLoneUnlistedCityHasNoLevel() {
        assertThat(divisions.levelOf("梅河口市")).isEmpty();
    }

    @Test
    void suffixAloneOrNonHanIsNotAName() {
        assertThat(divisions.looksLikeName("区")).isFalse();
        assertThat(divisions.looksLikeName("")).isFalse();
        assertThat(divisions.looksLikeName("ABC区")).isFalse();
        assertThat(divisions.looksLikeName("各位代表")).isFalse();
        assertThat(divisions.looksLikeName("东洲区")).isTrue();
    }
}
