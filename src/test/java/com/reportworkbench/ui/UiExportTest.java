package com.reportworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.store.ReviewStatus;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+E exports the listed documents to an .xlsx workbook that POI opens with its four sheets. */
@ExtendWith(ApplicationExtension.class)
class UiExportTest {
    @TempDir
    Path tmp;
    UiFixture fx;
    List<Long> docs;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture(stage, UiTestData.TestCore::new,
                s -> docs = UiTestData.insertSeeds(s, "000_b12ad143352142ad.txt", "001_870255d8f02f9992.txt"));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void ctrlEWritesAWorkbookWithFiguresAttainmentWideAndDocuments(FxRobot robot) throws Exception {
        // three accepted figures of the first report; the export asks for reviewed figures only
        List<Long> accepted = fx.store.figures().forDocument(docs.get(0)).stream().limit(3)
                .map(com.reportworkbench.store.FigureRecord::id).toList();
        fx.store.figures().setStatus("test", accepted, ReviewStatus.ACCEPTED);
        Path file = tmp.resolve("导出.xlsx");
        List<Integer> asked = new ArrayList<>();
        fx.window.setDialogService(new com.reportworkbench.ui.dialogs.FxDialogService(() -> fx.stage) {
            @Override
            public Optional<ExportRequest> askExport(int n) {
                asked.add(n);
                return Optional.of(new ExportRequest(file, true));
            }
        });
        robot.interact(() -> fx.stage.requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(asked).containsExactly(2);
        assertThat(file).exists();
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            wb.forEach(sh -> names.add(sh.getSheetName()));
            assertThat(names).containsExactly("Figures", "Attainment", "Wide", "Documents");
            Sheet figures = wb.getSheet("Figures");
            // two header rows (Chinese names, keys), then the accepted figures only
            assertThat(figures.getLastRowNum() - 1).isEqualTo(accepted.size());
            Sheet documents = wb.getSheet("Documents");
            assertThat(documents.getLastRowNum() - 1).isEqualTo(2);
            Row keys = figures.getRow(1);
            assertThat(keys.getCell(0).getStringCellValue()).isEqualTo("figure_id");
            List<Long> exported = new ArrayList<>();
            for (int r = 2; r <= figures.getLastRowNum(); r++) {
                exported.add((long) figures.getRow(r).getCell(0).getNumericCellValue());
            }
            assertThat(exported).containsExactlyInAnyOrderElementsOf(accepted);
        }
        assertThat(fx.vm.statusProperty().get()).contains(file.toString());
    }

    @Test
    void theDocumentFilterLimitsTheExport(FxRobot robot) throws Exception {
        Path file = tmp.resolve("one.xlsx");
        robot.interact(() -> fx.vm.documents().filterProperty().set("000_"));
        fx.window.setDialogService(new com.reportworkbench.ui.dialogs.FxDialogService(() -> fx.stage) {
            @Override
            public Optional<ExportRequest> askExport(int n) {
                return Optional.of(new ExportRequest(file, false));
            }
        });
        robot.interact(() -> fx.window.export());
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("Documents").getLastRowNum() - 1).isEqualTo(1);
            assertThat(wb.getSheet("Figures").getLastRowNum() - 1)
                    .isEqualTo(fx.store.figures().forDocument(docs.get(0)).size());
        }
    }
}
