package com.reportworkbench.compare;

import com.reportworkbench.extract.Figure;
import com.reportworkbench.extract.Kind;
import com.reportworkbench.extract.Qualifier;
import com.reportworkbench.store.FigureEdit;
import com.reportworkbench.store.FigureField;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.store.NewDocument;
import com.reportworkbench.store.ReviewStatus;
import com.reportworkbench.store.Store;
import com.reportworkbench.text.AdminLevel;
import com.reportworkbench.text.DocumentMetadata;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Two consecutive reports of one region, written by hand: the 2023 report plans 2023, the 2024 report
 * reviews 2023 and plans 2024. Shared by the compare and export tests.
 */
public final class CompareFixture {
    public static final String REGION = "白山市江源区";
    public static final String FILE_2023 = "jiangyuan_2023.txt";
    public static final String FILE_2024 = "jiangyuan_2024.txt";

    public static final String TEXT_2023 = """
            江源区2023年政府工作报告
            一、2022年工作回顾
            全年地区生产总值增长4%。
            二、2023年主要预期目标
            地区生产总值增长6.5%左右，规模以上工业增加值增长7%-7.5%，固定资产投资增长10%，\
            一般公共预算收入增长5%，社会消费品零售总额增长8%，居民消费价格涨幅控制在3%左右，\
            城镇登记失业率控制在4.5%以内，粮食产量稳定在17万吨以上。
            """;

    public static final String TEXT_2024 = """
            江源区2024年政府工作报告
            一、2023年工作回顾
            全年地区生产总值增长6%，经济总量达到120亿元，规模以上工业增加值增长7.2%，\
            固定资产投资完成130.41亿元，一般公共预算收入增长5.2%，社会消费品零售总额增长9%，\
            居民消费价格上涨2.1%，城镇登记失业率4.8%，粮食产量17.5万吨。
            其中，一般公共预算收入按可比口径增长4.8%。第四季度生产总值增长5.5%。
            二、2024年主要预期目标
            地区生产总值增长6%左右。
            """;

    /** Ids of the stored documents and of figures the tests touch. */
    public record Ids(long doc2023, long doc2024, long cpiActual, long fiscalReviewed, long retailRejected) {}

    private CompareFixture() {}

    public static Ids build(Store store) {
        long d23 = store.documents().insert(document(FILE_2023, "a", TEXT_2023, LocalDate.of(2023, 1, 10), 2023),
                figures2023());
        long d24 = store.documents().insert(document(FILE_2024, "b", TEXT_2024, LocalDate.of(2024, 1, 15), 2024),
                figures2024());
        List<FigureRecord> f24 = store.figures().forDocument(d24);
        long cpi = find(f24, "2.1%", "cpi");
        long fiscalLater = find(f24, "4.8%", "fiscal_revenue_local");
        long retail = find(f24, "9%", "retail_sales");
        // the analyst corrects the machine's cpi (2.1 → 2.3): the comparison must use 2.3
        store.figures().apply("edit cpi", List.of(new FigureEdit(cpi, FigureField.VALUE, "2.3"),
                new FigureEdit(cpi, FigureField.BASE_VALUE, "2.3")));
        // accepts the later fiscal figure: a reviewed candidate beats an earlier unreviewed one
        store.figures().setStatus("accept", List.of(fiscalLater), ReviewStatus.ACCEPTED);
        // rejects the retail sales figure: rejected figures never count
        store.figures().setStatus("reject", List.of(retail), ReviewStatus.REJECTED);
        return new Ids(d23, d24, cpi, fiscalLater, retail);
    }

    private static long find(List<FigureRecord> figures, String span, String indicator) {
        return figures.stream()
                .filter(f -> f.current().text().equals(span) && indicator.equals(f.current().indicator()))
                .findFirst().orElseThrow().id();
    }

    static NewDocument document(String file, String sha, String text, LocalDate date, int year) {
        return new NewDocument(file, "/fixtures/" + file, sha.repeat(64), "txt", "UTF-8", text,
                new DocumentMetadata("江源区政府工作报告", REGION, AdminLevel.COUNTY, date, year), List.of());
    }

    static List<Figure> figures2023() {
        String t = TEXT_2023;
        List<Figure> out = new ArrayList<>();
        out.add(fig(t, "生产总值增长4%", "4%", "4", null, "%", Qualifier.NONE, Kind.ACHIEVEMENT, "gdp", "2022"));
        out.add(fig(t, "增长6.5%", "6.5%", "6.5", null, "%", Qualifier.APPROX, Kind.TARGET, "gdp", "2023"));
        out.add(fig(t, "7%-7.5%", "7%-7.5%", "7", "7.5", "%", Qualifier.NONE, Kind.TARGET, "industrial_value_added", "2023"));
        out.add(fig(t, "10%", "10%", "10", null, "%", Qualifier.NONE, Kind.TARGET, "fixed_asset_investment", "2023"));
        out.add(fig(t, "收入增长5%", "5%", "5", null, "%", Qualifier.NONE, Kind.TARGET, "fiscal_revenue_local", "2023"));
        out.add(fig(t, "总额增长8%", "8%", "8", null, "%", Qualifier.NONE, Kind.TARGET, "retail_sales", "2023"));
        out.add(fig(t, "控制在3%", "3%", "3", null, "%", Qualifier.APPROX, Kind.TARGET, "cpi", "2023"));
        out.add(fig(t, "4.5%", "4.5%", "4.5", null, "%", Qualifier.AT_MOST, Kind.TARGET, "unemployment_rate", "2023"));
        out.add(fig(t, "17万吨", "17万吨", "17", null, "万吨", Qualifier.AT_LEAST, Kind.TARGET, "grain_output", "2023"));
        return out;
    }

    static List<Figure> figures2024() {
        String t = TEXT_2024;
        List<Figure> out = new ArrayList<>();
        out.add(fig(t, "生产总值增长6%", "6%", "6", null, "%", Qualifier.NONE, Kind.ACHIEVEMENT, "gdp", "2023"));
        out.add(fig(t, "120亿元", "120亿元", "120", null, "亿元", Qualifier.NONE, Kind.ACHIEVEMENT, "gdp", "2023"));
        out.add(fig(t, "7.2%", "7.2%", "7.2", null, "%", Qualifier.NONE, Kind.ACHIEVEMENT, "industrial_value_added", "2023"));
        out.add(fig(t, "130.41亿元", "130.41亿元", "130.41", null, "亿元", Qualifier.NONE, Kind.ACHIEVEMENT,
                "fixed_asset_investment", "2023"));
        out.add(fig(t, "5.2%", "5.2%", "5.2", null, "%", Qualifier.NONE, Kind.ACHIEVEMENT, "fiscal_revenue_local", "2023"));
        out.add(fig(t, "总额增长9%", "9%", "9", null, "%", Qualifier.NONE, Kind.ACHIEVEMENT, "retail_sales", "2023"));
        out.add(fig(t, "2.1%", "2.1%", "2.1", null, "%", Qualifier.NONE, Kind.ACHIEVEMENT, "cpi", "2023"));
        out.add(fig(t, "失业率4.8%", "4.8%", "4.8", null, "%", Qualifier.NONE, Kind.ACHIEVEMENT, "unemployment_rate", "2023"));
        out.add(fig(t, "17.5万吨", "17.5万吨", "17.5", null, "万吨", Qualifier.NONE, Kind.ACHIEVEMENT, "grain_output", "2023"));
        // second mentions: the later fiscal figure (accepted by the analyst), a quarterly gdp growth
        out.add(fig(t, "可比口径增长4.8%", "4.8%", "4.8", null, "%", Qualifier.NONE, Kind.ACHIEVEMENT, "fiscal_revenue_local", "2023"));
        out.add(fig(t, "增长5.5%", "5.5%", "5.5", null, "%", Qualifier.NONE, Kind.ACHIEVEMENT, "gdp", "2023"));
        out.add(fig(t, "增长6%左右", "6%", "6", null, "%", Qualifier.APPROX, Kind.TARGET, "gdp", "2024"));
        return out;
    }

    /** A figure on the first {@code span} at or after {@code anchor} in {@code text}, its sentence up to 。. */
    static Figure fig(String text, String anchor, String span, String value, String high, String unit,
            Qualifier q, Kind kind, String indicator, String period) {
        int at = text.indexOf(anchor);
        int start = at < 0 ? -1 : text.indexOf(span, at);
        if (start < 0) {
            throw new IllegalArgumentException(span);
        }
        int sentenceStart = Math.max(text.lastIndexOf('\n', start) + 1, text.lastIndexOf('。', start) + 1);
        int sentenceEnd = text.indexOf('。', start) + 1;
        BigDecimal v = new BigDecimal(value);
        BigDecimal base = switch (unit) {
            case "亿元" -> v.movePointRight(8);
            case "万吨" -> v.movePointRight(4);
            default -> v;
        };
        return new Figure(start, start + span.length(), span, v, high == null ? null : new BigDecimal(high), unit,
                base, q, kind, false, indicator, null, period, sentenceStart, sentenceEnd);
    }
}
