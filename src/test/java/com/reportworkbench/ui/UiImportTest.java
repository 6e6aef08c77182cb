package com.reportworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.importer.ImportSummary;
import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.store.FigureRecord;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Imports through the window with the real ImportService: drop, cancel, and phrases the analyst mapped. */
@ExtendWith(ApplicationExtension.class)
class UiImportTest {
    static final String PHRASE = "小微主体培育数量";

    @TempDir
    Path tmp;
    UiFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture(stage, DefaultCoreServices::new, s -> { });
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private static String report(String county, int year, String growth) {
        return "各位代表：\n现在，我代表" + county + "人民政府作工作报告。\n一、" + (year - 1) + "年工作回顾\n"
                + "全年地区生产总值增长5.5%。\n二、" + year + "年主要目标\n" + PHRASE + "增长" + growth
                + "，地区生产总值增长6%左右。\n";
    }

    private Path write(Path dir, String name, String text) throws Exception {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private List<FigureRecord> withPhrase() {
        List<FigureRecord> all = new java.util.ArrayList<>();
        fx.store.figures().forEach(null, all::add);
        return all.stream().filter(f -> PHRASE.equals(f.current().indicatorText())).toList();
    }

    @Test
    void droppingAFolderImportsItsReportsWithTheRealExtractor(FxRobot robot) throws Exception {
        Path folder = tmp.resolve("drop");
        Files.createDirectories(folder.resolve("sub"));
        Files.copy(UiTestData.SEEDS.resolve("003_853f39a04c100108.txt"), folder.resolve("003.txt"));
        Files.copy(UiTestData.SEEDS.resolve("004_3d2c4c437c53b37a.txt"), folder.resolve("sub/004.txt"));
        write(folder, "notes.bin", "\u0000\u0001binary");
        robot.interact(() -> fx.window.handleDroppedFiles(List.of(new File(folder.toString()))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.store.documents().count()).isEqualTo(2);
        assertThat(fx.window.documentList().table().getItems()).hasSize(2);
        for (DocumentRecord d : fx.store.documents().list()) {
            // the machine's figures, not a fixture's: counted by the store, shown in the table
            assertThat(d.figureCount()).as(d.fileName()).isGreaterThan(10);
            assertThat(fx.store.figures().forDocument(d.id())).hasSize(d.figureCount());
        }
        ImportSummary s = fx.vm.importer().lastSummaryProperty().get();
        assertThat(s.cancelled()).isFalse();
        assertThat(fx.vm.showWelcomeProperty().get()).isFalse();
    }

    @Test
    void cancellingAnImportStopsBetweenFilesAndLeavesNoHalfWrittenDocument(FxRobot robot) throws Exception {
        Path folder = tmp.resolve("many");
        String seed = Files.readString(UiTestData.SEEDS.resolve("000_b12ad143352142ad.txt"));
        // ImportService stores in groups (up to 32 documents or one second) and checks the flag between
        // them: 80 files are more than two groups, whatever the timing
        for (int i = 0; i < 80; i++) {
            write(folder, String.format("copy-%02d.txt", i), seed + "\n（副本 " + i + "）\n"); // distinct content
        }
        Button cancel = (Button) fx.window.root().lookup("#cancelImport");
        int[] callbacks = new int[1];
        List<Boolean> cancelShown = new java.util.ArrayList<>();
        fx.vm.importer().progressProperty().addListener((o, a, b) -> {
            if (b.doubleValue() > 0 && callbacks[0]++ == 0) {
                cancelShown.add(cancel.isVisible());
                cancel.fire(); // the status bar's Cancel, after the first file
            }
        });
        robot.interact(() -> fx.window.handleDroppedFiles(List.of(folder.toFile())));
        WaitForAsyncUtils.waitForFxEvents();

        ImportSummary s = fx.vm.importer().lastSummaryProperty().get();
        assertThat(cancelShown).containsExactly(true);
        assertThat(s.cancelled()).as(s.outcomes().size() + " outcomes, status " + fx.vm.statusProperty().get()).isTrue();
        int stored = fx.reopen().documents().count();
        assertThat(stored).isBetween(1, 79);
        assertThat(s.outcomes()).hasSize(stored);
        int expectedFigures = fx.store.documents().list().get(0).figureCount();
        assertThat(expectedFigures).isPositive();
        for (DocumentRecord d : fx.store.documents().list()) {
            // every stored copy is complete: its text and all of its figures
            assertThat(fx.store.documents().text(d.id())).startsWith(seed.substring(0, 200));
            assertThat(fx.store.figures().forDocument(d.id())).hasSize(expectedFigures);
            assertThat(d.figureCount()).isEqualTo(expectedFigures);
        }
        assertThat(fx.window.documentList().table().getItems()).hasSize(stored);
        assertThat(fx.vm.importer().runningProperty().get()).isFalse();
        assertThat(cancel.isVisible()).isFalse();
    }

    @Test
    void aPhraseMappedOnceAppliesToTheCorpusIsRememberedAndUsedByLaterImports(FxRobot robot) throws Exception {
        write(tmp.resolve("in"), "a.txt", report("甲县", 2025, "12%"));
        write(tmp.resolve("in"), "b.txt", report("乙县", 2025, "15%"));
        robot.interact(() -> fx.vm.importer().importPaths(List.of(tmp.resolve("in"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(withPhrase()).hasSize(2).allSatisfy(f -> assertThat(f.current().indicator()).isNull());

        // the analyst opens a, sets the indicator of the phrase's figure, then maps the phrase everywhere
        DocumentRecord a = fx.store.documents().list().stream().filter(d -> d.fileName().equals("a.txt")).findFirst()
                .orElseThrow();
        robot.interact(() -> fx.window.documentList().select(a.id()));
        WaitForAsyncUtils.waitForFxEvents();
        FigureRecord f = fx.vm.review().figures().stream().filter(r -> PHRASE.equals(r.current().indicatorText()))
                .findFirst().orElseThrow();
        robot.interact(() -> fx.window.figureTable().select(List.of(f.id()), false));
        robot.interact(() -> fx.vm.review().setIndicator("investment_attracted"));
        robot.interact(() -> fx.vm.review().applyPhraseEverywhere(PHRASE, "investment_attracted", true));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(withPhrase()).hasSize(2)
                .allSatisfy(r -> assertThat(r.current().indicator()).isEqualTo("investment_attracted"));
        assertThat(fx.store.synonyms().all()).containsEntry(PHRASE, "investment_attracted");

        // a new report imported later: the extractor knows the phrase now
        write(tmp.resolve("later"), "c.txt", report("丙县", 2025, "9%"));
        robot.interact(() -> fx.vm.importer().importPaths(List.of(tmp.resolve("later"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.store.documents().list()).as(fx.vm.statusProperty().get() + " "
                + fx.vm.importer().lastSummaryProperty().get()).extracting(DocumentRecord::fileName).contains("c.txt");
        DocumentRecord c = fx.store.documents().list().stream().filter(d -> d.fileName().equals("c.txt")).findFirst()
                .orElseThrow();
        List<FigureRecord> cFigures = fx.store.figures().forDocument(c.id()).stream()
                .filter(r -> PHRASE.equals(r.current().indicatorText())).toList();
        assertThat(cFigures).hasSize(1);
        assertThat(cFigures.get(0).current().indicator()).isEqualTo("investment_attracted");
        assertThat(cFigures.get(0).isReviewed()).isFalse(); // a machine proposal, from the remembered synonym
        assertThat(fx.reopen().synonyms().all()).containsEntry(PHRASE, "investment_attracted");
    }
}
