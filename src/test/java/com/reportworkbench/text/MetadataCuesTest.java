package com.reportworkbench.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each metadata cue on invented texts without title or byline, and how conflicting cues are weighed. */
class MetadataCuesTest {
    private final MetadataDetector detector = new MetadataDetector();

    private DetectedMetadata detect(String text) {
        return detector.detectWithEvidence(text, "c0ffee.txt");
    }

    private static FieldEvidence evidence(DetectedMetadata d, MetadataField field) {
        return d.evidence().get(field).orElseThrow();
    }

    // ---- who speaks ----

    @Test
    void theStateCouncilSpeaksForTheWholeCountry() {
        DetectedMetadata d = detect("各位代表：\n现在，我代表国务院，向大会作政府工作报告，请予审议。\n");

        assertThat(d.metadata().region()).isEqualTo("全国");
        assertThat(d.metadata().level()).isEqualTo(AdminLevel.NATIONAL);
        assertThat(evidence(d, MetadataField.REGION).cue()).isEqualTo(MetadataCue.SPEAKER);
        assertThat(evidence(d, MetadataField.REGION).quote()).isEqualTo("我代表国务院");
        assertThat(evidence(d, MetadataField.REGION).confidence()).isEqualTo(Confidence.SURE);
    }

    @Test
    void aReportGivenOnTheStateCouncilsBehalfIsNationalToo() {
        assertThat(detect("各位代表：\n我受国务院的委托，向大会报告政府工作。\n").metadata().region()).isEqualTo("全国");
    }

    @Test
    void aNamedLocalGovernmentSpeaksForItsDivision() {
        DetectedMetadata d = detect("各位代表：\n现在，我代表甲乙省人民政府，向大会报告工作。\n全省经济稳中有进。\n");

        assertThat(d.metadata().region()).isEqualTo("甲乙省");
        assertThat(d.metadata().level()).isEqualTo(AdminLevel.PROVINCE);
        assertThat(evidence(d, MetadataField.REGION).cue()).isEqualTo(MetadataCue.SPEAKER);
        assertThat(evidence(d, MetadataField.LEVEL).cue()).isEqualTo(MetadataCue.REGION_NAME);
    }

    @Test
    void anUnnamedGovernmentGivesOnlyItsLevel() {
        DetectedMetadata d = detect("各位代表：\n现在，我代表县人民政府，向大会报告工作。\n");

        assertThat(d.metadata().region()).isNull();
        assertThat(d.metadata().level()).isEqualTo(AdminLevel.COUNTY);
    }

    @Test
    void aSignatureNamesTheDivisionAndTheOffice() {
        DetectedMetadata named = detect("政府工作报告\n丙丁市市长　王某某\n各位代表：\n");
        DetectedMetadata unnamed = detect("政府工作报告\n省长　李某\n各位代表：\n");
        DetectedMetadata premier = detect("政府工作报告\n国务院总理　张某\n各位代表：\n");

        assertThat(named.metadata().region()).isEqualTo("丙丁市");
        assertThat(evidence(named, MetadataField.REGION).cue()).isEqualTo(MetadataCue.SIGNATURE);
        assertThat(unnamed.metadata().region()).isNull();
        assertThat(unnamed.metadata().level()).isEqualTo(AdminLevel.PROVINCE);
        assertThat(premier.metadata().region()).isEqualTo("全国");
        assertThat(premier.metadata().level()).isEqualTo(AdminLevel.NATIONAL);
    }

    @Test
    void aSpeakerNamingAnotherDivisionThanTheTitleMakesTheRegionDoubtful() {
        DetectedMetadata d = detect("2025年甲市政府工作报告\n现在，我代表乙县人民政府，向大会报告工作。\n");

        assertThat(d.metadata().region()).isEqualTo("甲市");
        assertThat(evidence(d, MetadataField.REGION).confidence()).isEqualTo(Confidence.DOUBTFUL);
        assertThat(evidence(d, MetadataField.REGION).conflict()).contains("乙县");
    }

    @Test
    void aBodyThatOnlySpeaksOfTheWholeCountryIsNationalButOnlyLikely() {
        String body = "各位代表：\n" + "全国经济形势很好，我国人民生活改善。\n".repeat(12);
        DetectedMetadata national = detect(body);
        DetectedMetadata provincial = detect(body + "全省工业增长较快。\n");

        assertThat(national.metadata().region()).isEqualTo("全国");
        assertThat(evidence(national, MetadataField.REGION).cue()).isEqualTo(MetadataCue.SCOPE_WORDS);
        assertThat(evidence(national, MetadataField.REGION).confidence()).isEqualTo(Confidence.LIKELY);
        assertThat(provincial.metadata().region()).isNull();
    }

    // ---- the year ----

    @Test
    void theReviewHeadingGivesTheNextYear() {
        DetectedMetadata d = detect("各位代表：\n一、2009年工作回顾\n过去一年，经济平稳。\n");

        assertThat(d.metadata().year()).isEqualTo(2010);
        assertThat(evidence(d, MetadataField.YEAR).cue()).isEqualTo(MetadataCue.REVIEW_HEADING);
        assertThat(evidence(d, MetadataField.YEAR).quote()).isEqualTo("一、2009年工作回顾");
        assertThat(evidence(d, MetadataField.YEAR).confidence()).isEqualTo(Confidence.SURE);
    }

    @Test
    void headingsInFullWidthSpacedOrChineseDigits() {
        assertThat(detect("一、２００９年国内工作的回顾\n").metadata().year()).isEqualTo(2010);
        assertThat(detect("二、关于2 0 1 0 年政府工作的建议\n").metadata().year()).isEqualTo(2010);
        assertThat(detect("（三）一九八四年国民经济计划的安排\n").metadata().year()).isEqualTo(1984);
    }

    @Test
    void thePlanHeadingGivesItsYear() {
        DetectedMetadata d = detect("各位代表：\n过去一年，经济平稳。\n二、2010年工作安排\n今年的主要预期目标是：\n");

        assertThat(d.metadata().year()).isEqualTo(2010);
        assertThat(evidence(d, MetadataField.YEAR).cue()).isEqualTo(MetadataCue.PLAN_HEADING);
    }

    @Test
    void aHeadingThatReviewsOneYearAndPlansTheNextAgrees() {
        DetectedMetadata d = detect("一、2008年工作回顾和2009年工作的总体要求\n");

        assertThat(d.metadata().year()).isEqualTo(2009);
        assertThat(evidence(d, MetadataField.YEAR).confidence()).isEqualTo(Confidence.SURE);
    }

    @Test
    void aPlanSentenceGivesTheLatestPlannedYear() {
        DetectedMetadata d = detect("""
                各位代表：
                原定的1990年计划已经完成。1991年的计划，要求农业总产值增长百分之四。
                """);

        assertThat(d.metadata().year()).isEqualTo(1991);
        assertThat(evidence(d, MetadataField.YEAR).cue()).isEqualTo(MetadataCue.PLAN_STATEMENT);
        assertThat(evidence(d, MetadataField.YEAR).confidence()).isEqualTo(Confidence.LIKELY);
    }

    @Test
    void aFiveYearPlanOrdinalNamesTheCurrentYear() {
        assertThat(detect("各位代表：\n今年是实施“十二五”规划的开局之年。\n").metadata().year()).isEqualTo(2011);
        assertThat(detect("各位代表：\n今年是“八五”计划的第三年。\n").metadata().year()).isEqualTo(1993);
        assertThat(detect("各位代表：\n今年是第十三个五年规划的收官之年。\n").metadata().year()).isEqualTo(2020);
    }

    @Test
    void anAnniversaryNamesTheCurrentYear() {
        DetectedMetadata d = detect("各位代表：\n今年是中华人民共和国成立四十周年，我们要隆重庆祝。\n");

        assertThat(d.metadata().year()).isEqualTo(1989);
        assertThat(evidence(d, MetadataField.YEAR).cue()).isEqualTo(MetadataCue.CURRENT_YEAR);
    }

    @Test
    void theYearJustReviewedGivesTheNext() {
        assertThat(detect("各位代表：\n刚刚过去的一九八九年，是不平凡的一年。\n").metadata().year()).isEqualTo(1990);
    }

    @Test
    void theCongressSessionDatesAStateCouncilReport() {
        DetectedMetadata march = detect("各位代表：\n现在，我代表国务院，向第八届全国人民代表大会第三次会议作政府工作报告。\n");
        DetectedMetadata november = detect("各位代表：\n我代表国务院向第五届全国人民代表大会第四次会议作报告。\n");
        DetectedMetadata newTerm = detect("各位代表：\n我代表国务院，向第六届全国人民代表大会作政府工作报告。\n");

        assertThat(march.metadata().year()).isEqualTo(1995);
        assertThat(evidence(march, MetadataField.YEAR).cue()).isEqualTo(MetadataCue.CONGRESS_SESSION);
        assertThat(november.metadata().year()).isEqualTo(1982); // given in November 1981: plans 1982
        assertThat(newTerm.metadata().year()).isEqualTo(1983);
    }

    @Test
    void aLocalCongressIsNotLookedUpInTheNationalTable() {
        DetectedMetadata d = detect("各位代表：\n我代表市人民政府，向第五届人民代表大会第三次会议报告工作。\n");

        assertThat(d.metadata().year()).isNull();
    }

    @Test
    void theDateLineDecidesAndNamesItsMonthRule() {
        DetectedMetadata december = detect("——2023年12月20日在某某县第十届人民代表大会第四次会议上\n");
        DetectedMetadata january = detect("——2024年1月20日在某某县第十届人民代表大会第四次会议上\n");

        assertThat(december.metadata().reportDate()).isEqualTo(LocalDate.of(2023, 12, 20));
        assertThat(december.metadata().year()).isEqualTo(2024);
        assertThat(january.metadata().year()).isEqualTo(2024);
        assertThat(evidence(january, MetadataField.REPORT_DATE).cue()).isEqualTo(MetadataCue.BYLINE);
        assertThat(evidence(january, MetadataField.YEAR).confidence()).isEqualTo(Confidence.SURE);
    }

    @Test
    void aPeriodPhraseThatContradictsTheHeadingMakesTheYearLessSure() {
        DetectedMetadata agreeing = detect("一、2010年工作回顾\n今年是“十二五”的开局之年。\n");
        DetectedMetadata contradicting = detect("一、2010年工作回顾\n今年是“十一五”的开局之年。\n");

        assertThat(agreeing.metadata().year()).isEqualTo(2011);
        assertThat(evidence(agreeing, MetadataField.YEAR).confidence()).isEqualTo(Confidence.SURE);
        assertThat(contradicting.metadata().year()).isEqualTo(2011);
        assertThat(evidence(contradicting, MetadataField.YEAR).confidence()).isEqualTo(Confidence.LIKELY);
        assertThat(evidence(contradicting, MetadataField.YEAR).conflict()).contains("十一五");
    }

    @Test
    void pastFiveYearsInAStateCouncilReviewHeadingMeansANewCongressTerm() {
        String opening = "各位代表：\n我代表国务院向大会作政府工作报告。\n一、过去五年的回顾\n";
        DetectedMetadata newTerm = detect(opening + "1993年改革开放和经济建设的任务是繁重的。\n");
        DetectedMetadata midTerm = detect(opening + "1995年改革开放和经济建设的任务是繁重的。\n");
        DetectedMetadata alone = detect(opening);

        assertThat(newTerm.metadata().year()).isEqualTo(1993);
        assertThat(evidence(newTerm, MetadataField.YEAR).confidence()).isEqualTo(Confidence.LIKELY);
        assertThat(midTerm.metadata().year()).isEqualTo(1995);
        assertThat(evidence(midTerm, MetadataField.YEAR).confidence()).isEqualTo(Confidence.DOUBTFUL);
        assertThat(evidence(midTerm, MetadataField.YEAR).conflict()).contains("过去五年");
        assertThat(alone.metadata().year()).isNull(); // a check, never a year on its own
    }

    @Test
    void twoContradictingLikelyCuesAreDoubtful() {
        DetectedMetadata d = detect("各位代表：\n今年是“八五”计划的第一年。\n刚刚过去的1994年，成绩很大。\n");

        assertThat(d.metadata().year()).isEqualTo(1991); // "今年是…" comes before the year just reviewed
        assertThat(evidence(d, MetadataField.YEAR).confidence()).isEqualTo(Confidence.DOUBTFUL);
    }

    @Test
    void theFileNameIsTheWeakestCue() {
        DetectedMetadata fromName = detector.detectWithEvidence("各位代表：\n过去一年，经济平稳。\n", "report_2013.docx");
        DetectedMetadata overruled = detector.detectWithEvidence("一、2015年工作回顾\n", "report_2013.docx");
        DetectedMetadata titled = detector.detectWithEvidence("各位代表：\n", "2013年政府工作报告.txt");

        assertThat(fromName.metadata().year()).isEqualTo(2013);
        assertThat(evidence(fromName, MetadataField.YEAR).cue()).isEqualTo(MetadataCue.FILE_NAME);
        assertThat(evidence(fromName, MetadataField.YEAR).confidence()).isEqualTo(Confidence.DOUBTFUL);
        assertThat(overruled.metadata().year()).isEqualTo(2016);
        assertThat(evidence(overruled, MetadataField.YEAR).confidence()).isEqualTo(Confidence.LIKELY);
        assertThat(titled.metadata().year()).isEqualTo(2013);
        assertThat(evidence(titled, MetadataField.YEAR).cue()).isEqualTo(MetadataCue.FILE_NAME);
    }

    @Test
    void aFileNamedForTheYearItWasGivenInAgreesWithANovemberReport() {
        DetectedMetadata d = detector.detectWithEvidence(
                "各位代表：\n我代表国务院向第五届全国人民代表大会第四次会议作报告。\n", "national_1981.txt");

        assertThat(d.metadata().year()).isEqualTo(1982);
        assertThat(evidence(d, MetadataField.YEAR).confidence()).isEqualTo(Confidence.LIKELY);
    }

    @Test
    void missingAndDoubtfulStates() {
        DetectedMetadata none = detect("各位代表：\n过去一年，经济平稳。\n");
        DetectedMetadata fine = detect("2026年甲省政府工作报告\n——2026年1月20日在甲省第十四届人民代表大会第四次会议上\n");

        assertThat(none.evidence().state(none.metadata())).isEqualTo(MetadataState.MISSING);
        assertThat(fine.evidence().state(fine.metadata())).isEqualTo(MetadataState.OK);
    }
}
