package com.reportworkbench.text;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a metadata field came from. The ids are stored; the window shows a translated label
 * ({@code metadata.cue.<id>}) and the quote the cue matched.
 */
public enum MetadataCue {
    /** The title line: 2026年北京市政府工作报告. */
    TITLE,
    /** The dated line under the title: ——2023年12月27日在白山市江源区第十届人民代表大会…. */
    BYLINE,
    /** Who speaks: 我代表国务院 / 我代表吉林省人民政府. */
    SPEAKER,
    /** The speaker's office under the title: 吉林省省长 胡玉亭, 国务院总理 李强. */
    SIGNATURE,
    /** The review heading: 一、2009年工作回顾 (→ 2010). */
    REVIEW_HEADING,
    /** The plan heading: 二、2010年工作安排. */
    PLAN_HEADING,
    /** A plan sentence: 1982年的计划，要求…; 1987年经济体制改革的主要任务. */
    PLAN_STATEMENT,
    /** What the current year is: 今年是“七五”计划的头一年; 今年是中华人民共和国成立三十五周年. */
    CURRENT_YEAR,
    /** The year just reviewed: 刚刚过去的1984年. */
    LAST_YEAR,
    /** A period the report looks back on: "过去五年" in a State Council report's review heading (a new term). */
    PERIOD_PHRASE,
    /** The national congress the report is given to: 向第六届全国人民代表大会第一次会议作…. */
    CONGRESS_SESSION,
    /** How the body speaks of its territory: only 全国/我国, never 全省/我市 (assets/scope_words.tsv). */
    SCOPE_WORDS,
    /** The level read from the region's name (assets/regions.tsv, admin-suffixes.tsv). */
    REGION_NAME,
    /** The file name, the weakest cue: 2013年政府工作报告.txt, report_2013.docx. */
    FILE_NAME,
    /** Set by an analyst in the metadata dialog. */
    ANALYST,
    /** Set by an analyst for several documents at once. */
    BULK_EDIT;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<MetadataCue> fromId(String id) {
        return EnumIds.find(values(), MetadataCue::id, id);
    }
}
