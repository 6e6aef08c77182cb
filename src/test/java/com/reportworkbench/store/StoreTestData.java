package com.reportworkbench.store;

import com.reportworkbench.extract.Figure;
import com.reportworkbench.extract.Kind;
import com.reportworkbench.extract.Qualifier;
import com.reportworkbench.text.AdminLevel;
import com.reportworkbench.text.DocumentMetadata;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Small hand-made documents and figures for store tests. */
final class StoreTestData {
    static final String TEXT = "一、2023年工作回顾\n全年地区生产总值增长6%，固定资产投资130.41亿元。\n二、2024年工作安排\n力争生产总值增长7%左右。";

    private StoreTestData() {}

    static NewDocument document(String sha) {
        return new NewDocument("report.txt", "/tmp/report.txt", sha, "txt", "UTF-8", TEXT,
                new DocumentMetadata("测试报告", "白山市江源区", AdminLevel.COUNTY, LocalDate.of(2023, 12, 27), 2024),
                List.of());
    }

    static Figure figure(String span, String value, String unit, Kind kind, String indicator, String period) {
        int start = TEXT.indexOf(span);
        return new Figure(start, start + span.length(), span, new BigDecimal(value), null, unit,
                new BigDecimal(value), Qualifier.NONE, kind, false, indicator, null, period, 0, TEXT.length());
    }

    static List<Figure> machineFigures() {
        return List.of(
                figure("6%", "6", "%", Kind.ACHIEVEMENT, "gdp", "2023"),
                figure("130.41亿元", "130.41", "亿元", Kind.ACHIEVEMENT, "fixed_asset_investment", "2023"),
                figure("7%", "7", "%", Kind.TARGET, "gdp", "2024"));
    }
}
