package com.reportworkbench.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.cli.ExportCommand;
import com.reportworkbench.compare.CompareFixture;
import com.reportworkbench.store.Store;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Writes the fixture's workbook and reads it back independently with Apache POI. */
class ExportTest {
    @TempDir
    Path dir;

    Path db;
    CompareFixture.Ids ids;

    @BeforeEach
    void store() {
        db = dir.resolve("store");
        try (Store store = Store.open(db)) {
            ids = CompareFixture.build(store);
        }
    }

    private Path export(ExportOptions options) throws Exception {
        Path file = dir.resolve("out.xlsx");
        try (Store store = Store.open(db)) {
            Exporter.toXlsx(store, file, options);
        }
        return file;
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<String> row(Sheet sheet, int r) {
        List<String> out = new ArrayList<>();
        for (Cell c : sheet.getRow(r)) {
            out.add(c.getStringCellValue());
        }
        return out;
    }

    /** Data rows of a sheet as key → cell maps (keys from the second header row). */
    private static List<Map<String, Cell>> records(Sheet sheet) {
        List<String> keys = row(sheet, 1);
        List<Map<String, Cell>> out = new ArrayList<>();
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<String, Cell> m = new HashMap<>();
            for (int c = 0; c < keys.size(); c++) {
                Cell cell = row.getCell(c);
                if (cell != null) {
                    m.put(keys.get(c), cell);
                }
            }
            out.add(m);
        }
        return out;
    }

    private static double num(Map<String, Cell> record, String key) {
        Cell c = record.get(key);
        assertThat(c).as(key).isNotNull();
        assertThat(c.getCellType()).as(key).isEqualTo(CellType.NUMERIC);
        return c.getNumericCellValue();
    }

    private static String str(Map<String, Cell> record, String key) {
        Cell c = record.get(key);
        return c == null ? null : c.getCellType() == CellType.BOOLEAN ? Boolean.toString(c.getBooleanCellValue())
                : c.getStringCellValue();
    }

    @Test
    void workbookHasFourSheetsWithBilingualHeaders() throws Exception {
        try (XSSFWorkbook wb = open(export(ExportOptions.all()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(4);
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)))
                    .containsExactly("Figures", "Attainment", "Wide", "Documents");
            XSSFSheet figures = wb.getSheet("Figures");
            assertThat(row(figures, 1)).containsExactly("figure_id", "document_id", "document", "region", "level",
                    "year", "report_date", "text", "value", "value_high", "unit", "base_value", "qualifier",
                    "indicator", "indicator_name", "indicator_text", "kind", "estimated", "period", "status", "start",
                    "end", "sentence", "region_code", "reviewed_by", "version");
            assertThat(row(figures, 0)).startsWith("数据编号", "文档编号", "文档", "地区");
            assertThat(row(wb.getSheet("Attainment"), 1)).contains("region", "indicator", "year", "target_value",
                    "target_value_high", "target_unit", "target_qualifier", "target_doc", "actual_value",
                    "actual_unit", "actual_doc", "gap", "status").endsWith("region_code", "measure");
            assertThat(row(wb.getSheet("Wide"), 1)).startsWith("region", "year", "gdp_target", "gdp_actual")
                    .endsWith("region_code").hasSize(3 + 2 * 21);
            assertThat(row(wb.getSheet("Documents"), 1)).startsWith("document_id", "file", "title", "region")
                    .contains("figures", "reviewed", "review_progress").endsWith("region_code");
            for (int i = 0; i < 4; i++) {
                XSSFSheet s = wb.getSheetAt(i);
                assertThat(s.getPaneInformation().isFreezePane()).isTrue();
                assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
                assertThat(s.getCTWorksheet().isSetAutoFilter()).isTrue();
                assertThat(s.getColumnWidth(0)).isGreaterThan(0);
            }
        }
    }

    @Test
    void figuresSheetHasEveryFigureWithNumbersAsNumbers() throws Exception {
        try (XSSFWorkbook wb = open(export(ExportOptions.all()))) {
            List<Map<String, Cell>> figures = records(wb.getSheet("Figures"));
            assertThat(figures).hasSize(9 + 12);
            Map<String, Cell> fai = figures.stream().filter(r -> "130.41亿元".equals(str(r, "text"))).findFirst()
                    .orElseThrow();
            assertThat(num(fai, "value")).isEqualTo(130.41);
            assertThat(num(fai, "base_value")).isEqualTo(13_041_000_000d);
            assertThat(str(fai, "unit")).isEqualTo("亿元");
            assertThat(str(fai, "indicator")).isEqualTo("fixed_asset_investment");
            assertThat(str(fai, "indicator_name")).isEqualTo("固定资产投资");
            assertThat(str(fai, "kind")).isEqualTo("achievement");
            assertThat(str(fai, "period")).isEqualTo("2023");
            assertThat(str(fai, "region")).isEqualTo(CompareFixture.REGION);
            assertThat(str(fai, "level")).isEqualTo("county-district");
            assertThat(num(fai, "year")).isEqualTo(2024);
            assertThat(num(fai, "document_id")).isEqualTo(ids.doc2024());
            Cell date = fai.get("report_date");
            assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 1, 15));
            int start = CompareFixture.TEXT_2024.indexOf("130.41亿元");
            assertThat(num(fai, "start")).isEqualTo(start);
            assertThat(num(fai, "end")).isEqualTo(start + "130.41亿元".length());
            assertThat(str(fai, "sentence")).startsWith("全年地区生产总值增长6%").endsWith("粮食产量17.5万吨。");
            assertThat(str(fai, "status")).isEqualTo("machine");
            assertThat(str(fai, "estimated")).isEqualTo("false");

            Map<String, Cell> range = figures.stream().filter(r -> "7%-7.5%".equals(str(r, "text"))).findFirst()
                    .orElseThrow();
            assertThat(num(range, "value")).isEqualTo(7);
            assertThat(num(range, "value_high")).isEqualTo(7.5);

            Map<String, Cell> cpi = figures.stream().filter(r -> num(r, "figure_id") == ids.cpiActual()).findFirst()
                    .orElseThrow();
            assertThat(num(cpi, "value")).isEqualTo(2.3); // the analyst's correction, not the machine's 2.1
            assertThat(str(cpi, "status")).isEqualTo("edited");
            assertThat(figures).filteredOn(r -> num(r, "figure_id") == ids.retailRejected())
                    .singleElement().satisfies(r -> assertThat(str(r, "status")).isEqualTo("rejected"));
            assertThat(figures).filteredOn(r -> num(r, "figure_id") == ids.fiscalReviewed())
                    .singleElement().satisfies(r -> assertThat(str(r, "status")).isEqualTo("accepted"));
        }
    }

    @Test
    void attainmentAndWideSheetsHoldTheComparison() throws Exception {
        try (XSSFWorkbook wb = open(export(ExportOptions.all()))) {
            List<Map<String, Cell>> attainment = records(wb.getSheet("Attainment"));
            assertThat(attainment).hasSize(10);
            Map<String, Cell> gdp = attainment.stream()
                    .filter(r -> "gdp".equals(str(r, "indicator")) && num(r, "year") == 2023).findFirst().orElseThrow();
            assertThat(num(gdp, "target_value")).isEqualTo(6.5);
            assertThat(num(gdp, "actual_value")).isEqualTo(6);
            assertThat(num(gdp, "gap")).isEqualTo(-0.5);
            assertThat(str(gdp, "gap_unit")).isEqualTo("个百分点");
            assertThat(str(gdp, "status")).isEqualTo("missed");
            assertThat(str(gdp, "status_zh")).isEqualTo("未完成");
            assertThat(str(gdp, "target_doc")).isEqualTo(CompareFixture.FILE_2023);
            Map<String, Cell> iva = attainment.stream()
                    .filter(r -> "industrial_value_added".equals(str(r, "indicator"))).findFirst().orElseThrow();
            assertThat(num(iva, "target_value")).isEqualTo(7);
            assertThat(num(iva, "target_value_high")).isEqualTo(7.5);
            assertThat(num(iva, "gap")).isEqualTo(0.2);
            assertThat(str(iva, "status")).isEqualTo("met");

            List<Map<String, Cell>> wide = records(wb.getSheet("Wide"));
            assertThat(wide).extracting(r -> num(r, "year")).containsExactly(2022d, 2023d, 2024d);
            Map<String, Cell> y2023 = wide.get(1);
            assertThat(str(y2023, "region")).isEqualTo(CompareFixture.REGION);
            assertThat(num(y2023, "gdp_target")).isEqualTo(6.5);
            assertThat(num(y2023, "gdp_actual")).isEqualTo(6);
            // numeric cells whose display format carries the unit as escaped literals (LibreOffice shows 6.5%,
            // 17万吨; POI's DataFormatter does not render a literal after General, so the code is checked)
            assertThat(y2023.get("gdp_target").getCellStyle().getDataFormatString()).isEqualTo("General\\%");
            assertThat(num(y2023, "cpi_actual")).isEqualTo(2.3);
            assertThat(num(y2023, "grain_output_target")).isEqualTo(17);
            assertThat(y2023.get("grain_output_target").getCellStyle().getDataFormatString()).isEqualTo("General\\万\\吨");
            assertThat(y2023.get("retail_sales_actual")).isNull();
        }
    }

    @Test
    void documentsSheetShowsCountsAndReviewProgress() throws Exception {
        try (XSSFWorkbook wb = open(export(ExportOptions.all()))) {
            List<Map<String, Cell>> docs = records(wb.getSheet("Documents"));
            assertThat(docs).hasSize(2);
            Map<String, Cell> d24 = docs.get(1);
            assertThat(str(d24, "file")).isEqualTo(CompareFixture.FILE_2024);
            assertThat(num(d24, "figures")).isEqualTo(12);
            assertThat(num(d24, "reviewed")).isEqualTo(3);
            assertThat(num(d24, "review_progress")).isEqualTo(3 / 12d);
            assertThat(num(d24, "exported_figures")).isEqualTo(12);
            assertThat(num(d24, "chars")).isEqualTo(CompareFixture.TEXT_2024.length());
        }
    }

    @Test
    void reviewedOnlyLeavesOutUnreviewedAndRejectedFigures() throws Exception {
        try (XSSFWorkbook wb = open(export(ExportOptions.of(true, null)))) {
            List<Map<String, Cell>> figures = records(wb.getSheet("Figures"));
            assertThat(figures).extracting(r -> (long) num(r, "figure_id"))
                    .containsExactlyInAnyOrder(ids.cpiActual(), ids.fiscalReviewed());
            assertThat(records(wb.getSheet("Attainment"))).hasSize(2);
        }
    }

    @Test
    void selectedDocumentsOnly() throws Exception {
        try (XSSFWorkbook wb = open(export(ExportOptions.of(false, List.of(ids.doc2023()))))) {
            assertThat(records(wb.getSheet("Figures"))).hasSize(9)
                    .allSatisfy(r -> assertThat(str(r, "document")).isEqualTo(CompareFixture.FILE_2023));
            assertThat(records(wb.getSheet("Documents"))).hasSize(1);
            // targets alone: nothing is compared
            assertThat(records(wb.getSheet("Attainment")))
                    .allSatisfy(r -> assertThat(str(r, "status")).isEqualTo("unknown"));
        }
    }

    @Test
    void csvExportWritesOneFilePerSheetWithBom() throws Exception {
        Path out = dir.resolve("csv");
        ExportSummary summary;
        try (Store store = Store.open(db)) {
            summary = Exporter.toCsv(store, out, ExportOptions.all());
        }
        assertThat(summary.files()).extracting(p -> p.getFileName().toString())
                .containsExactly("figures.csv", "attainment.csv", "wide.csv", "documents.csv");
        byte[] bytes = Files.readAllBytes(out.resolve("figures.csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo("figure_id,document_id,document,region,level,year,report_date,text,value,"
                + "value_high,unit,base_value,qualifier,indicator,indicator_name,indicator_text,kind,estimated,period,"
                + "status,start,end,sentence,region_code,reviewed_by,version");
        assertThat(lines).hasSize(1 + 21);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(",130.41,,亿元,13041000000,,fixed_asset_investment,"));

        List<String> attainment = Files.readAllLines(out.resolve("attainment.csv"), StandardCharsets.UTF_8);
        assertThat(attainment.get(0)).startsWith("\uFEFFregion,indicator,indicator_name,year,");
        assertThat(attainment).hasSize(1 + 10);
        assertThat(attainment).anySatisfy(l -> assertThat(l)
                .startsWith(CompareFixture.REGION + ",gdp,地区生产总值,2023,higher,6.5,,%,approx,").contains(",-0.5,个百分点,missed,"));
        assertThat(Files.readAllLines(out.resolve("wide.csv"), StandardCharsets.UTF_8)).hasSize(1 + 3);
        assertThat(Files.readAllLines(out.resolve("documents.csv"), StandardCharsets.UTF_8)).hasSize(1 + 2);
    }

    @Test
    void exportCommandWritesXlsxAndCsv() throws Exception {
        Path xlsx = dir.resolve("cli/out.xlsx");
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new ExportCommand());
        cmd.setErr(new PrintWriter(err));
        assertThat(cmd.execute("--db", db.toString(), "--out", xlsx.toString(), "--doc",
                Long.toString(ids.doc2024()))).isZero();
        try (XSSFWorkbook wb = open(xlsx)) {
            assertThat(wb.getSheet("Figures").getLastRowNum()).isEqualTo(1 + 12);
        }
        Path csv = dir.resolve("cli/csv");
        assertThat(new CommandLine(new ExportCommand()).execute("--db", db.toString(), "--out", csv.toString(),
                "--format", "csv", "--reviewed-only")).isZero();
        assertThat(Files.readAllLines(csv.resolve("figures.csv"), StandardCharsets.UTF_8)).hasSize(1 + 2);
        assertThat(new CommandLine(new ExportCommand()).execute("--db", db.toString())).isEqualTo(2);
    }

    @Test
    void cancelledExportLeavesNoFile() {
        Path file = dir.resolve("cancelled.xlsx");
        try (Store store = Store.open(db)) {
            ExportOptions options = ExportOptions.all().withProgress(null, () -> true);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Exporter.toXlsx(store, file, options))
                    .isInstanceOf(java.util.concurrent.CancellationException.class);
        }
        assertThat(file).doesNotExist();
        assertThat(dir.resolve("cancelled.xlsx.part")).doesNotExist();
    }
}
