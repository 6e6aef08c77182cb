package com.reportworkbench.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MetadataDetectorTest {
    private final MetadataDetector detector = new MetadataDetector();

    // ---- the seeds ----

    @Test
    void jiangyuanDistrictDecember2023PlansFor2024() {
        DocumentMetadata metadata = detectSeed("000_b12ad143352142ad.txt");

        assertThat(metadata.region()).isEqualTo("白山市江源区");
        assertThat(metadata.level()).isEqualTo(AdminLevel.COUNTY);
        assertThat(metadata.reportDate()).isEqualTo(LocalDate.of(2023, 12, 27));
        assertThat(metadata.year()).isEqualTo(2024);
        assertThat(metadata.title()).contains("白山市江源区人民政府工作报告");
    }

    @Test
    void dongzhouTakesTheFullerNameFromTheTitle() {
        DocumentMetadata metadata = detectSeed("001_870255d8f02f9992.txt");

        assertThat(metadata.region()).isEqualTo("抚顺市东洲区");
        assertThat(metadata.level()).isEqualTo(AdminLevel.COUNTY);
        assertThat(metadata.reportDate()).isEqualTo(LocalDate.of(2023, 12, 20));
        assertThat(metadata.year()).isEqualTo(2024);
    }

    @Test
    void unnamedDistrictGetsNoRegionAndItsYearFromTheReviewHeading() {
        DocumentMetadata metadata = detectSeed("002_b11b1295186a95dd.txt");

        assertThat(metadata.region()).isNull();
        assertThat(metadata.level()).isEqualTo(AdminLevel.COUNTY); // "我代表区人民政府"
        assertThat(metadata.reportDate()).isNull();
        // titled 2023 but reviewing 2023 ("一、2023年工作回顾" run into the text): it plans 2024
        assertThat(metadata.year()).isEqualTo(2024);
        assertThat(metadata.title()).isEqualTo("2023年区政府工作报告");
    }

    @Test
    void liaoyuanCityJanuary2022() {
        DocumentMetadata metadata = detectSeed("003_853f39a04c100108.txt");

        assertThat(metadata.region()).isEqualTo("辽源市");
        assertThat(metadata.level()).isEqualTo(AdminLevel.CITY);
        assertThat(metadata.reportDate()).isEqualTo(LocalDate.of(2022, 1, 11));
        assertThat(metadata.year()).isEqualTo(2022);
    }

    @Test
    void reportWithoutTitleTakesItsYearFromThePlanHeading() {
        DocumentMetadata metadata = detectSeed("004_3d2c4c437c53b37a.txt");

        assertThat(metadata.region()).isNull(); // the city is named only in passing
        assertThat(metadata.reportDate()).isNull();
        assertThat(metadata.year()).isEqualTo(2023); // "二、2023年工作安排"
        assertThat(metadata.title()).isNull();
    }

    // ---- shapes seen in the provincial reports ----

    @Test
    void provinceFromTitleWithYear() {
        DocumentMetadata metadata = detect("""
                下载
                打印
                2026年广西壮族自治区政府工作报告
                ——2026年2月2日在广西壮族自治区第十四届人民代表大会第五次会议上
                一、2025年和“十四五”时期工作回顾
                三、2026年重点工作
                """);

        assertThat(metadata).isEqualTo(new DocumentMetadata("2026年广西壮族自治区政府工作报告", "广西壮族自治区",
                AdminLevel.PROVINCE, LocalDate.of(2026, 2, 2), 2026));
    }

    @Test
    void municipalityIsAProvince() {
        DocumentMetadata metadata = detect("2026年北京市政府工作报告\n——2026年1月25日在北京市第十六届人民代表大会第四次会议上\n");

        assertThat(metadata.region()).isEqualTo("北京市");
        assertThat(metadata.level()).isEqualTo(AdminLevel.PROVINCE);
    }

    @Test
    void bylineInChineseNumeralsWithoutDashOrOrdinal() {
        DocumentMetadata metadata = detect("政府工作报告\n二〇二六年一月二十七日在甘肃省十四届人民代表大会第四次会议上\n省长 某某\n");

        assertThat(metadata.region()).isEqualTo("甘肃省");
        assertThat(metadata.reportDate()).isEqualTo(LocalDate.of(2026, 1, 27));
        assertThat(metadata.year()).isEqualTo(2026);
    }

    @Test
    void bylineInBracketsAfterACaption() {
        DocumentMetadata metadata = detect("""
                政府工作报告。 贵州日报天眼新闻记者 李森 摄
                政府工作报告
                （2026年1月27日在贵州省第十四届人民代表大会第四次会议上）
                """);

        assertThat(metadata.title()).isEqualTo("政府工作报告");
        assertThat(metadata.region()).isEqualTo("贵州省");
        assertThat(metadata.level()).isEqualTo(AdminLevel.PROVINCE);
    }

    @Test
    void publicationTimestampsAreNotTheReportDate() {
        DocumentMetadata metadata = detect("""
                2026年宁夏回族自治区政府工作报告
                发表时间：
                2026-02-09 09:45:30
                政府工作报告
                ——2026年2月3日在宁夏回族自治区第十三届人民代表大会第四次会议上
                """);

        assertThat(metadata.reportDate()).isEqualTo(LocalDate.of(2026, 2, 3));
    }

    // ---- national and lower levels ----

    @Test
    void stateCouncilReportIsNational() {
        DocumentMetadata metadata = detect("""
                政府工作报告
                ——2024年3月5日在第十四届全国人民代表大会第二次会议上
                国务院总理 李强
                各位代表：
                """);

        assertThat(metadata.region()).isEqualTo("全国");
        assertThat(metadata.level()).isEqualTo(AdminLevel.NATIONAL);
        assertThat(metadata.reportDate()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(metadata.year()).isEqualTo(2024);
    }

    @Test
    void countyLevelCityUnderItsPrefecture() {
        DocumentMetadata metadata = detect("(吉林省)通化市梅河口市人民政府工作报告(2024年1月10日)\n各位代表：\n");

        assertThat(metadata.region()).isEqualTo("通化市梅河口市");
        assertThat(metadata.level()).isEqualTo(AdminLevel.COUNTY);
        assertThat(metadata.reportDate()).isEqualTo(LocalDate.of(2024, 1, 10));
    }

    @Test
    void unlistedCityAloneHasNoGuessedLevel() {
        DocumentMetadata metadata = detect("梅河口市人民政府工作报告\n各位代表：现在，我代表市人民政府向大会报告工作。\n");

        assertThat(metadata.region()).isEqualTo("梅河口市");
        assertThat(metadata.level()).isNull(); // prefecture-level or county-level: the text does not say
    }

    @Test
    void bannerAndAutonomousCountyAreCountyLevel() {
        assertThat(detect("鄂托克前旗人民政府工作报告\n").level()).isEqualTo(AdminLevel.COUNTY);
        assertThat(detect("——2024年1月8日在长阳土家族自治县第十届人民代表大会第四次会议上\n").level())
                .isEqualTo(AdminLevel.COUNTY);
        assertThat(detect("延边朝鲜族自治州人民政府工作报告\n").level()).isEqualTo(AdminLevel.CITY);
    }

    @Test
    void aMidYearDateGivesItsOwnYearUnlessAPlanHeadingNamesTheNext() {
        DetectedMetadata alone = detector.detectWithEvidence("——2024年7月20日在某某县第十届人民代表大会第五次会议上\n", "a.txt");
        DetectedMetadata withPlan = detector.detectWithEvidence(
                "——2024年7月20日在某某县第十届人民代表大会第五次会议上\n二、2025年工作安排\n", "a.txt");

        assertThat(alone.metadata().reportDate()).isEqualTo(LocalDate.of(2024, 7, 20));
        assertThat(alone.metadata().year()).isEqualTo(2024);
        assertThat(withPlan.metadata().year()).isEqualTo(2025);
        assertThat(withPlan.evidence().get(MetadataField.YEAR).orElseThrow().cue()).isEqualTo(MetadataCue.PLAN_HEADING);
    }

    @Test
    void contradictoryYearsFollowTheDateAndAreDoubtful() {
        DetectedMetadata detected = detector.detectWithEvidence("""
                ——2024年1月15日在成都市第十八届人民代表大会第三次会议上
                一、2023年工作回顾
                二、2025年工作安排
                """, "a.txt");

        assertThat(detected.metadata().region()).isEqualTo("成都市");
        assertThat(detected.metadata().level()).isEqualTo(AdminLevel.CITY);
        assertThat(detected.metadata().year()).isEqualTo(2024);
        FieldEvidence year = detected.evidence().get(MetadataField.YEAR).orElseThrow();
        assertThat(year.cue()).isEqualTo(MetadataCue.BYLINE);
        assertThat(year.confidence()).isEqualTo(Confidence.DOUBTFUL);
        assertThat(year.conflict()).contains("2025年工作安排");
    }

    @Test
    void fileNameIsTheTitleOfLastResort() {
        DocumentMetadata metadata = detect("各位代表：\n现在，我代表区人民政府向大会报告工作。\n", "2024年江源区政府工作报告.docx");

        assertThat(metadata.title()).isEqualTo("2024年江源区政府工作报告");
        assertThat(metadata.region()).isEqualTo("江源区");
        assertThat(metadata.year()).isEqualTo(2024);
    }

    @Test
    void textWithoutAnyMetadata() {
        assertThat(detect("各位代表：\n过去的一年，极不平凡。\n")).isEqualTo(DocumentMetadata.empty());
    }

    private DocumentMetadata detect(String text) {
        return detect(text, "report.txt");
    }

    private DocumentMetadata detect(String text, String fileName) {
        return detector.detect(text, fileName);
    }

    private DocumentMetadata detectSeed(String name) {
        try (InputStream in = getClass().getResourceAsStream("/seeds/" + name)) {
            return detector.detect(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
