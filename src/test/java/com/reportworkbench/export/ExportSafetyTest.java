package com.reportworkbench.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportworkbench.compare.CompareFixture;
import com.reportworkbench.extract.Figure;
import com.reportworkbench.extract.Kind;
import com.reportworkbench.extract.Qualifier;
import com.reportworkbench.store.NewDocument;
import com.reportworkbench.store.Store;
import com.reportworkbench.text.DocumentMetadata;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports that cannot hurt: true sheet dimensions, bounded sentence cells, whole files or the old ones. */
class ExportSafetyTest {
    @TempDir
    Path dir;

    @Test
    void everySheetDeclaresItsTrueDimension() throws Exception {
        Path file = exportedFixture(dir.resolve("out.xlsx"));
        Pattern dimension = Pattern.compile("<dimension ref=\"([A-Z]+[0-9]+(?::[A-Z]+[0-9]+)?)\"/>");
        try (ZipFile zip = new ZipFile(file.toFile()); XSSFWorkbook wb = open(file)) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                ZipEntry entry = zip.getEntry("xl/worksheets/sheet" + (i + 1) + ".xml");
                String head;
                try (InputStream in = zip.getInputStream(entry)) {
                    head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
                }
                Matcher m = dimension.matcher(head);
                assertThat(m.find()).as(entry.getName()).isTrue();
                var sheet = wb.getSheetAt(i);
                int lastRow = sheet.getLastRowNum() + 1;
                int lastColumn = sheet.getRow(0).getLastCellNum();
                assertThat(m.group(1)).as(sheet.getSheetName())
                        .isEqualTo("A1:" + XlsxDimensions.columnName(lastColumn - 1) + lastRow);
            }
        }
        assertThat(XlsxDimensions.columnName(0)).isEqualTo("A");
        assertThat(XlsxDimensions.columnName(25)).isEqualTo("Z");
        assertThat(XlsxDimensions.columnName(26)).isEqualTo("AA");
        assertThat(XlsxDimensions.columnName(28)).isEqualTo("AC");
    }

    @Test
    void aLineWithoutPunctuationGivesBoundedSentenceCellsAroundEachFigure() throws Exception {
        StringBuilder text = new StringBuilder("各位代表");
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            text.append("项目推进情况良好没有标点的长句".repeat(40));
            int start = text.length();
            text.append(i + 1).append("亿元");
            figures.add(new Figure(start, text.length(), (i + 1) + "亿元", BigDecimal.valueOf(i + 1), null, "亿元",
                    BigDecimal.valueOf(i + 1).scaleByPowerOfTen(8), Qualifier.NONE, Kind.OTHER, false, null, null, null,
                    0, Integer.MAX_VALUE));
        }
        String body = text.toString();
        List<Figure> bounded = figures.stream().map(f -> new Figure(f.start(), f.end(), f.text(), f.value(), null, f.unit(),
                f.baseValue(), f.qualifier(), f.kind(), false, null, null, null, 0, body.length())).toList();
        Path db = dir.resolve("store");
        Path out = dir.resolve("csv");
        try (Store store = Store.open(db)) {
            store.documents().insert(new NewDocument("long.txt", "/tmp/long.txt", "sha-long", "txt", "UTF-8", body,
                    DocumentMetadata.empty(), List.of()), bounded);
            Exporter.toCsv(store, out, ExportOptions.all());
        }
        int sentence = -1;
        int span = -1;
        int rows = 0;
        for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(
                Files.readString(out.resolve("figures.csv"), StandardCharsets.UTF_8).substring(1)))) {
            if (sentence < 0) {
                sentence = r.toList().indexOf("sentence");
                span = r.toList().indexOf("text");
                continue;
            }
            rows++;
            String cell = r.get(sentence);
            assertThat(cell.length()).isLessThanOrEqualTo(SentenceCell.MAX_CHARS);
            assertThat(cell).contains(r.get(span)).matches("(?s)(….*|.*…)");
        }
        assertThat(rows).isEqualTo(200);
        assertThat(body.length()).isGreaterThan(50 * SentenceCell.MAX_CHARS);
    }

    @Test
    void aFailedExportLeavesTheEarlierFileAsItWas() throws Exception {
        Path file = exportedFixture(dir.resolve("out.xlsx"));
        try (Store store = Store.open(dir.resolve("fixture"))) {
            byte[] good = Files.readAllBytes(file);
            ExportOptions cancelled = ExportOptions.all().withProgress(null, () -> true);
            assertThatThrownBy(() -> Exporter.toXlsx(store, file, cancelled)).isNotNull();
            assertThat(Files.readAllBytes(file)).isEqualTo(good);
            try (var siblings = Files.list(dir)) {
                assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
            }
        }
    }

    /** The comparison fixture's store, exported to {@code file}. */
    private Path exportedFixture(Path file) throws Exception {
        try (Store store = Store.open(dir.resolve("fixture"))) {
            CompareFixture.build(store);
            Exporter.toXlsx(store, file, ExportOptions.all());
        }
        return file;
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
