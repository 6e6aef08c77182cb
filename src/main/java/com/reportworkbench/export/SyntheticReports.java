package com.reportworkbench.export;

import com.reportworkbench.compare.CoreIndicators;
import com.reportworkbench.extract.Figure;
import com.reportworkbench.extract.Kind;
import com.reportworkbench.extract.Qualifier;
import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.store.NewDocument;
import com.reportworkbench.store.Origin;
import com.reportworkbench.store.ReviewStatus;
import com.reportworkbench.text.AdminLevel;
import com.reportworkbench.text.DocumentMetadata;
import com.reportworkbench.text.MetadataState;
import com.reportworkbench.unit.UnitTable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Deterministic synthetic reports for the export benchmark: documents of {@code perDocument} figures,
 * regions × years, every sentence holding two figures; a tenth of the figures are core-indicator targets
 * or achievements so the comparison has work to do.
 */
final class SyntheticReports {
    static final int FIRST_YEAR = 2015;
    static final int YEARS = 10;

    private static final String[] UNITS = {"%", "亿元", "万元", "个", "万亩", "万吨", "户", "公里"};
    private static final String[] THINGS = {"规模以上工业增加值", "固定资产投资", "高标准农田", "新建道路", "招商引资到位资金",
        "社会消费品零售总额", "新增市场主体", "粮食产量"};

    private final int figures;
    private final int perDocument;
    private final List<String> core;

    SyntheticReports(int figures, int perDocument) {
        this.figures = figures;
        this.perDocument = perDocument;
        this.core = CoreIndicators.standard().all().stream().map(CoreIndicators.Indicator::id).toList();
    }

    int documentCount() {
        return (figures + perDocument - 1) / perDocument;
    }

    int figuresOf(int doc) {
        return Math.min(perDocument, figures - doc * perDocument);
    }

    String region(int doc) {
        return "测试市第" + (doc / YEARS) + "区";
    }

    int year(int doc) {
        return FIRST_YEAR + doc % YEARS;
    }

    String fileName(int doc) {
        return String.format("synthetic_%06d.txt", doc);
    }

    /** The text: one sentence per two figures; figure k sits in sentence k/2. */
    String text(int doc) {
        int n = figuresOf(doc);
        StringBuilder sb = new StringBuilder(n * 24);
        for (int k = 0; k < n; k += 2) {
            sentence(sb, doc, k, null);
        }
        return sb.toString();
    }

    /** Appends the sentence of figures k and k+1; when {@code out} is given, collects both figures. */
    private void sentence(StringBuilder sb, int doc, int k, List<Figure> out) {
        int sentenceStart = sb.length();
        String a = span(doc, k);
        String b = span(doc, k + 1);
        sb.append(THINGS[k % THINGS.length]).append("增长");
        int aStart = sb.length();
        sb.append(a).append("，完成").append(THINGS[(k + 1) % THINGS.length]);
        int bStart = sb.length();
        sb.append(b).append("。\n");
        if (out != null) {
            int sentenceEnd = sb.length() - 1;
            out.add(figure(doc, k, a, aStart, sentenceStart, sentenceEnd));
            if (k + 1 < figuresOf(doc)) {
                out.add(figure(doc, k + 1, b, bStart, sentenceStart, sentenceEnd));
            }
        }
    }

    private static String value(int doc, int k) {
        return BigDecimal.valueOf(((doc * 7919L + k * 104_729L) % 1000) + 1, 1).toPlainString();
    }

    private String unit(int doc, int k) {
        return isCore(k) ? "%" : UNITS[(doc + k) % UNITS.length];
    }

    private String span(int doc, int k) {
        return value(doc, k) + unit(doc, k);
    }

    private static boolean isCore(int k) {
        return k % 10 == 0;
    }

    List<Figure> figures(int doc) {
        List<Figure> out = new ArrayList<>(figuresOf(doc));
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < figuresOf(doc); k += 2) {
            sentence(sb, doc, k, out);
        }
        return out;
    }

    private Figure figure(int doc, int k, String span, int start, int sentenceStart, int sentenceEnd) {
        BigDecimal v = new BigDecimal(value(doc, k));
        String unit = unit(doc, k);
        boolean core = isCore(k);
        int year = year(doc);
        Kind kind;
        String indicator = null;
        String period;
        if (core) {
            indicator = this.core.get((k / 10) % this.core.size());
            kind = (k / 10) % 2 == 0 ? Kind.TARGET : Kind.ACHIEVEMENT;
            period = Integer.toString(kind == Kind.TARGET ? year : year - 1);
        } else {
            kind = k % 3 == 0 ? Kind.ACHIEVEMENT : k % 3 == 1 ? Kind.TARGET : Kind.OTHER;
            period = Integer.toString(kind == Kind.TARGET ? year : year - 1);
        }
        BigDecimal base = UnitTable.load().baseValue(v, unit);
        return new Figure(start, start + span.length(), span, v, null, unit, base,
                k % 7 == 0 ? Qualifier.APPROX : Qualifier.NONE, kind, false, indicator,
                THINGS[k % THINGS.length], period, sentenceStart, sentenceEnd);
    }

    NewDocument newDocument(int doc) {
        String text = text(doc);
        return new NewDocument(fileName(doc), "/synthetic/" + fileName(doc), String.format("%064x", doc), "txt",
                "UTF-8", text, new DocumentMetadata("合成报告 " + doc, region(doc), AdminLevel.COUNTY,
                        LocalDate.of(year(doc), 1, 15), year(doc)), List.of());
    }

    DocumentRecord record(int doc) {
        return new DocumentRecord(doc + 1L, fileName(doc), "/synthetic/" + fileName(doc), String.format("%064x", doc),
                "txt", "UTF-8", "合成报告 " + doc, region(doc), AdminLevel.COUNTY, LocalDate.of(year(doc), 1, 15),
                year(doc), Instant.EPOCH, text(doc).length(), figuresOf(doc), 0, null, MetadataState.OK);
    }

    /** An export source that generates everything on the fly, without a store. */
    ExportSource source() {
        return new ExportSource() {
            @Override
            public List<DocumentRecord> documents() {
                List<DocumentRecord> out = new ArrayList<>(documentCount());
                for (int d = 0; d < documentCount(); d++) {
                    out.add(record(d));
                }
                return out;
            }

            @Override
            public void forEachFigure(Consumer<FigureRecord> sink) {
                long id = 1;
                for (int d = 0; d < documentCount(); d++) {
                    for (Figure f : figures(d)) {
                        sink.accept(new FigureRecord(id++, d + 1L, f, f, Origin.MACHINE, ReviewStatus.PROPOSED,
                                Instant.EPOCH));
                    }
                }
            }

            @Override
            public String text(long documentId) {
                return SyntheticReports.this.text((int) (documentId - 1));
            }
        };
    }
}
