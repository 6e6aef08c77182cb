package com.reportworkbench.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionCodesTest {
    private final RegionCodes codes = RegionCodes.standard();

    @Test
    void provincesPrefecturesAndCounties() {
        assertThat(codes.codeOf("吉林省")).contains("220000");
        assertThat(codes.codeOf("广西壮族自治区")).contains("450000");
        assertThat(codes.codeOf("北京市")).contains("110000");
        assertThat(codes.codeOf("辽源市")).contains("220400");
        assertThat(codes.codeOf("吉林市")).contains("220200"); // the city, not the province
        assertThat(codes.codeOf("白山市江源区")).contains("220605");
        assertThat(codes.codeOf("通化市梅河口市")).contains("220581");
        assertThat(codes.codeOf("吉林省白山市江源区")).contains("220605");
        assertThat(codes.codeOf("北京市朝阳区")).contains("110105");
    }

    @Test
    void theWholeCountryHasTheStatisticsCode() {
        assertThat(codes.codeOf("全国")).contains(RegionCodes.NATIONAL_CODE);
    }

    @Test
    void aNameWithoutParentMustBeUnique() {
        assertThat(codes.codeOf("江源区")).contains("220605");
        assertThat(codes.codeOf("朝阳区")).isEmpty(); // Beijing's or Changchun's
        assertThat(codes.codeOf("某某县")).isEmpty();
        assertThat(codes.codeOf(null)).isEmpty();
    }

    @Test
    void renamedDivisionsGetTheirSuccessorsCode() {
        assertThat(codes.codeOf("襄樊市")).contains("420600"); // → 襄阳市
        assertThat(codes.codeOf("北京市宣武区")).contains("110102"); // → 西城区
        assertThat(codes.codeOf("贵州省毕节地区")).contains("520500"); // → 毕节市, by the name without its suffix
        assertThat(codes.codeOf("内蒙古自治区乌兰察布盟")).contains("150900");
    }
}
