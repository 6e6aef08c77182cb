package com.reportworkbench.export;

import static com.reportworkbench.export.Column.bool;
import static com.reportworkbench.export.Column.date;
import static com.reportworkbench.export.Column.decimal;
import static com.reportworkbench.export.Column.integer;
import static com.reportworkbench.export.Column.longText;
import static com.reportworkbench.export.Column.percent;
import static com.reportworkbench.export.Column.text;

import com.reportworkbench.compare.AttainmentRow;
import com.reportworkbench.compare.AttainmentRow.Side;
import com.reportworkbench.compare.AttainmentStatus;
import com.reportworkbench.compare.CoreIndicators;
import com.reportworkbench.compare.CoreIndicators.Indicator;
import com.reportworkbench.extract.Figure;
import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.store.FigureRecord;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The four tables of an export: their columns and how a row is made. */
final class Sheets {
    static final String FIGURES = "Figures";
    static final String ATTAINMENT = "Attainment";
    static final String WIDE = "Wide";
    static final String DOCUMENTS = "Documents";

    static final List<Column> FIGURE_COLUMNS = List.of(
            integer("数据编号", "figure_id", 10),
            integer("文档编号", "document_id", 10),
            text("文档", "document", 28),
            text("地区", "region", 16),
            text("行政级别", "level", 10),
            integer("报告年份", "year", 9),
            date("报告日期", "report_date"),
            longText("原文", "text", 14),
            decimal("数值", "value", 11),
            decimal("区间上限", "value_high", 10),
            text("单位", "unit", 9),
            decimal("基本单位数值", "base_value", 16),
            text("限定", "qualifier", 9),
            text("指标代码", "indicator", 18),
            text("指标名称", "indicator_name", 20),
            text("指标原文", "indicator_text", 22),
            text("类型", "kind", 12),
            bool("预计", "estimated"),
            text("期间", "period", 11),
            text("审核状态", "status", 10),
            integer("起始位置", "start", 9),
            integer("结束位置", "end", 9),
            longText("所在句子", "sentence", 80),
            text("区划代码", "region_code", 10),
            text("审核人", "reviewed_by", 12), // the analyst who last changed the figure (team stores, #13)
            integer("版本", "version", 7)); // the figure's version: `apply` of an edited sheet refuses stale rows

    static final List<Column> ATTAINMENT_COLUMNS = List.of(
            text("地区", "region", 16),
            text("指标代码", "indicator", 18),
            text("指标名称", "indicator_name", 20),
            integer("年份", "year", 7),
            text("方向", "direction", 9),
            decimal("目标值", "target_value", 10),
            decimal("目标上限", "target_value_high", 10),
            text("目标单位", "target_unit", 9),
            text("目标限定", "target_qualifier", 10),
            longText("目标原文", "target_text", 12),
            text("目标文档", "target_doc", 26),
            integer("目标数据编号", "target_figure_id", 11),
            decimal("实际值", "actual_value", 10),
            decimal("实际上限", "actual_value_high", 10),
            text("实际单位", "actual_unit", 9),
            text("实际限定", "actual_qualifier", 10),
            bool("预计数", "actual_estimated"),
            longText("实际原文", "actual_text", 12),
            text("实际文档", "actual_doc", 26),
            integer("实际数据编号", "actual_figure_id", 11),
            decimal("判定基准", "threshold", 10),
            decimal("差距", "gap", 10),
            text("差距单位", "gap_unit", 10),
            text("状态", "status", 9),
            text("完成情况", "status_zh", 10),
            text("区划代码", "region_code", 10),
            text("口径", "measure", 8));

    static final List<Column> DOCUMENT_COLUMNS = List.of(
            integer("文档编号", "document_id", 10),
            text("文件名", "file", 30),
            longText("标题", "title", 30),
            text("地区", "region", 16),
            text("行政级别", "level", 10),
            integer("报告年份", "year", 9),
            date("报告日期", "report_date"),
            text("格式", "format", 7),
            text("编码", "encoding", 9),
            integer("字数", "chars", 9),
            text("导入时间", "imported_at", 17),
            integer("数据条数", "figures", 9),
            integer("已审核", "reviewed", 9),
            percent("审核进度", "review_progress"),
            integer("本次导出条数", "exported_figures", 12),
            text("区划代码", "region_code", 10));

    private static final DateTimeFormatter IMPORTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private Sheets() {}

    static Object[] figureRow(DocumentRecord doc, FigureRecord record, String sentence, CoreIndicators indicators) {
        Figure f = record.current();
        return new Object[] {
            record.id(),
            record.documentId(),
            doc == null ? null : doc.fileName(),
            doc == null ? null : doc.region(),
            doc == null || doc.level() == null ? null : doc.level().id(),
            doc == null ? null : doc.year(),
            doc == null ? null : doc.reportDate(),
            f.text(),
            f.value(),
            f.valueHigh(),
            f.unit(),
            f.baseValue(),
            emptyToNull(f.qualifier().id()),
            f.indicator(),
            f.indicator() == null ? null : indicators.name(f.indicator()),
            f.indicatorText(),
            f.kind().id(),
            f.estimated(),
            f.period(),
            record.exportStatus(),
            f.start(),
            f.end(),
            sentence,
            doc == null ? null : doc.regionCode(),
            record.updatedBy(),
            record.version()
        };
    }

    static Object[] attainmentRow(AttainmentRow r) {
        Side t = r.target();
        Side a = r.actual();
        return new Object[] {
            r.region(),
            r.indicator(),
            r.indicatorName(),
            r.year(),
            r.direction().id(),
            t == null ? null : t.value(),
            t == null ? null : t.valueHigh(),
            t == null ? null : t.unit(),
            t == null ? null : emptyToNull(t.qualifier().id()),
            t == null ? null : t.text(),
            t == null ? null : t.source().documentName(),
            t == null ? null : t.source().figureId(),
            a == null ? null : a.value(),
            a == null ? null : a.valueHigh(),
            a == null ? null : a.unit(),
            a == null ? null : emptyToNull(a.qualifier().id()),
            a == null ? null : a.estimated(),
            a == null ? null : a.text(),
            a == null ? null : a.source().documentName(),
            a == null ? null : a.source().figureId(),
            r.threshold(),
            r.gap(),
            r.gapUnit(),
            r.status().id(),
            statusZh(r.status()),
            r.regionCode(),
            r.measure()
        };
    }

    static String statusZh(AttainmentStatus s) {
        return switch (s) {
            case MET -> "完成";
            case MISSED -> "未完成";
            case UNKNOWN -> "无法判断";
        };
    }

    static List<Column> wideColumns(CoreIndicators indicators) {
        List<Column> columns = new ArrayList<>();
        columns.add(text("地区", "region", 16));
        columns.add(integer("年份", "year", 7));
        for (Indicator i : indicators.all()) {
            columns.add(decimal(i.name() + " 目标", i.id() + "_target", 12));
            columns.add(decimal(i.name() + " 实际", i.id() + "_actual", 12));
        }
        columns.add(text("区划代码", "region_code", 10));
        return columns;
    }

    /** Region × year rows, a (target, actual) pair per core indicator; numbers carry their unit in the format. */
    static List<Object[]> wideRows(List<AttainmentRow> rows, CoreIndicators indicators) {
        List<Indicator> all = indicators.all();
        List<Object[]> out = new ArrayList<>();
        Object[] current = null;
        String region = null;
        int year = 0;
        List<AttainmentRow> sorted = new ArrayList<>(rows);
        sorted.sort(java.util.Comparator.comparing(AttainmentRow::region).thenComparingInt(AttainmentRow::year));
        for (AttainmentRow r : sorted) {
            if (current == null || !r.region().equals(region) || r.year() != year) {
                region = r.region();
                year = r.year();
                current = new Object[3 + 2 * all.size()];
                current[0] = region;
                current[1] = year;
                current[2 + 2 * all.size()] = r.regionCode();
                out.add(current);
            }
            int at = indicators.get(r.indicator()).map(Indicator::order).orElse(-1);
            if (at < 0) {
                continue;
            }
            // an indicator measured several ways (调查 / 登记) fills its cells from the first measure that has them
            if (r.target() != null && current[2 + 2 * at] == null) {
                current[2 + 2 * at] = new UnitNumber(r.threshold(), r.target().unit());
            }
            if (r.actual() != null && current[3 + 2 * at] == null) {
                current[3 + 2 * at] = new UnitNumber(r.actual().value(), r.actual().unit());
            }
        }
        return out;
    }

    static Object[] documentRow(DocumentRecord d, long exported) {
        return new Object[] {
            d.id(),
            d.fileName(),
            d.title(),
            d.region(),
            d.level() == null ? null : d.level().id(),
            d.year(),
            d.reportDate(),
            d.format(),
            d.encoding(),
            d.charCount(),
            d.importedAt() == null ? null : IMPORTED.format(d.importedAt()),
            d.figureCount(),
            d.reviewedCount(),
            d.figureCount() == 0 ? null : (double) d.reviewedCount() / d.figureCount(),
            exported,
            d.regionCode()
        };
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
