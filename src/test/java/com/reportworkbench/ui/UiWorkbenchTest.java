package com.reportworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.extract.Figure;
import com.reportworkbench.extract.Kind;
import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.store.Origin;
import com.reportworkbench.store.ReviewStatus;
import com.reportworkbench.text.TextRange;
import com.reportworkbench.ui.review.Highlighter;
import java.io.File;
import java.math.BigDecimal;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The review workbench on a store with two seed reports and their gold figures. */
@ExtendWith(ApplicationExtension.class)
class UiWorkbenchTest {
    static final String SEED_A = "000_b12ad143352142ad.txt";
    static final String SEED_B = "001_870255d8f02f9992.txt";

    UiFixture fx;
    List<Long> docs;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture(stage, UiTestData.TestCore::new, s -> docs = UiTestData.insertSeeds(s, SEED_A, SEED_B));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private void openSeed(FxRobot robot, int index) {
        robot.interact(() -> {
            TableView<DocumentRecord> table = fx.window.documentList().table();
            DocumentRecord d = table.getItems().stream().filter(r -> r.id() == docs.get(index)).findFirst().orElseThrow();
            table.getSelectionModel().select(d);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    static <T> T onFx(java.util.concurrent.Callable<T> work) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(work));
    }

    private TableView<FigureRecord> figureTable() {
        return fx.window.figureTable().table();
    }

    private void selectRow(FxRobot robot, int... rows) {
        robot.interact(() -> {
            figureTable().getSelectionModel().clearSelection();
            for (int r : rows) {
                figureTable().getSelectionModel().select(r);
            }
            figureTable().requestFocus();
        });
    }

    private void typeKeys(FxRobot robot, KeyCode... keys) {
        robot.interact(() -> fx.stage.requestFocus());
        robot.interact(() -> figureTable().requestFocus());
        robot.type(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theWindowListsTheDocumentsAndShowsASelectedSeedsText(FxRobot robot) throws Exception {
        assertThat(fx.window.documentList().table().getItems()).hasSize(2);
        assertThat(fx.vm.showWelcomeProperty().get()).isFalse();
        openSeed(robot, 1);
        String seed = java.nio.file.Files.readString(UiTestData.SEEDS.resolve(SEED_B));
        assertThat(fx.window.textView().area().getText()).isEqualTo(seed.replace("\r\n", " \n"));
        assertThat(fx.window.documentList().table().getSelectionModel().getSelectedItem().id()).isEqualTo(docs.get(1));
    }

    @Test
    void everyFigureOfTheOpenSeedIsHighlighted(FxRobot robot) {
        openSeed(robot, 0);
        int figures = UiTestData.goldFigures().get(SEED_A).size();
        var area = fx.window.textView().area();
        assertThat(figures).isGreaterThan(30);
        assertThat(figureTable().getItems()).hasSize(figures);
        assertThat(Highlighter.countHighlights(area.getStyleSpans(0, area.getLength()))).isEqualTo(figures);
        // each figure's first character carries its kind's style
        Figure first = UiTestData.goldFigures().get(SEED_A).get(0);
        assertThat(area.getStyleOfChar(first.start() + 1)).contains("fig", "fig-" + first.kind().id());
    }

    @Test
    void clickingAHighlightSelectsItsRow(FxRobot robot) {
        openSeed(robot, 0);
        FigureRecord target = fx.vm.review().figures().get(5);
        var area = fx.window.textView().area();
        robot.interact(() -> area.showParagraphAtCenter(
                area.offsetToPosition(target.current().start(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds b = onFx(() ->
                area.getCharacterBoundsOnScreen(target.current().start(), target.current().start() + 1).orElseThrow());
        robot.clickOn(new Point2D(b.getCenterX(), b.getCenterY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(figureTable().getSelectionModel().getSelectedItem().id()).isEqualTo(target.id());
        assertThat(fx.vm.editor().figure().id()).isEqualTo(target.id());
    }

    @Test
    void selectingARowSelectsTheFigureInTheText(FxRobot robot) {
        openSeed(robot, 0);
        selectRow(robot, 10);
        FigureRecord r = figureTable().getSelectionModel().getSelectedItem();
        assertThat(fx.window.textView().area().getSelectedText()).isEqualTo(r.current().text());
    }

    @Test
    void keyTMakesTheFigureATargetAndTheStoreKeepsIt(FxRobot robot) {
        openSeed(robot, 0);
        int row = indexOfKind(Kind.ACHIEVEMENT);
        selectRow(robot, row);
        long id = figureTable().getItems().get(row).id();
        typeKeys(robot, KeyCode.T);
        assertThat(fx.reopen().figures().get(id).orElseThrow().current().kind()).isEqualTo(Kind.TARGET);
        assertThat(fx.store.figures().get(id).orElseThrow().status()).isEqualTo(ReviewStatus.EDITED);
    }

    private int indexOfKind(Kind kind) {
        List<FigureRecord> items = figureTable().getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).current().kind() == kind) {
                return i;
            }
        }
        throw new AssertionError("no " + kind);
    }

    @Test
    void rejectThenUndoRestoresTheFigure(FxRobot robot) {
        openSeed(robot, 0);
        selectRow(robot, 3);
        long id = figureTable().getItems().get(3).id();
        typeKeys(robot, KeyCode.DELETE);
        assertThat(fx.store.figures().get(id).orElseThrow().status()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(fx.window.textView().area().getStyleOfChar(
                fx.store.figures().get(id).orElseThrow().current().start() + 1)).contains("fig-rejected");
        robot.interact(() -> fx.stage.requestFocus());
        robot.press(KeyCode.CONTROL).press(KeyCode.Z).release(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.reopen().figures().get(id).orElseThrow().status()).isEqualTo(ReviewStatus.PROPOSED);
        assertThat(figureTable().getItems().stream().filter(f -> f.id() == id).findFirst().orElseThrow().status())
                .isEqualTo(ReviewStatus.PROPOSED);
    }

    @Test
    void aSelectionOfTheTextBecomesAnAddedFigure(FxRobot robot) throws Exception {
        openSeed(robot, 0);
        String text = fx.vm.review().originalText();
        // the threshold "500万元" in 开复工500万元以上重点项目 is optional in the gold file, so not a figure yet
        int start = text.indexOf("开复工500万元") + 3;
        TextRange range = new TextRange(start, start + 5);
        assertThat(fx.vm.review().figureAt(start)).isEmpty();
        int before = figureTable().getItems().size();
        robot.interact(() -> fx.window.textView().area().selectRange(range.start(), range.end()));
        Figure prefill = onFx(() -> fx.window.prefillFigure(range));
        assertThat(prefill.text()).isEqualTo("500万元");
        assertThat(prefill.value()).isEqualByComparingTo("500");
        assertThat(prefill.unit()).isEqualTo("万元");
        robot.interact(() -> fx.vm.review().addFigure(prefill));
        assertThat(figureTable().getItems()).hasSize(before + 1);
        FigureRecord added = figureTable().getSelectionModel().getSelectedItem();
        assertThat(added.origin()).isEqualTo(Origin.ANALYST);
        assertThat(added.current().text()).isEqualTo("500万元");
        assertThat(fx.window.textView().area().getStyleOfChar(start + 1)).contains("fig", "fig-added");
        assertThat(fx.window.textView().highlightCount()).isEqualTo(before + 1);
        assertThat(fx.reopen().figures().forDocument(docs.get(0))).hasSize(before + 1);
    }

    @Test
    void editingTheValueThenRevertingGivesTheMachinesProposalBack(FxRobot robot) {
        openSeed(robot, 0);
        selectRow(robot, 0);
        FigureRecord r = figureTable().getItems().get(0);
        BigDecimal machine = r.machine().value();
        robot.clickOn("#editorValue");
        robot.interact(() -> fx.window.editorView().valueField().setText("123.5"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        FigureRecord edited = fx.store.figures().get(r.id()).orElseThrow();
        assertThat(edited.current().value()).isEqualByComparingTo("123.5");
        assertThat(edited.status()).isEqualTo(ReviewStatus.EDITED);
        assertThat(fx.vm.editor().history()).isNotEmpty();
        robot.clickOn("#editorRevert");
        WaitForAsyncUtils.waitForFxEvents();
        FigureRecord reverted = fx.reopen().figures().get(r.id()).orElseThrow();
        assertThat(reverted.current().value()).isEqualByComparingTo(machine);
        assertThat(reverted.status()).isEqualTo(ReviewStatus.PROPOSED);
        assertThat(fx.window.editorView().valueField().getText()).isEqualTo(machine.stripTrailingZeros().toPlainString());
    }

    @Test
    void anInvalidValueCannotBeSaved(FxRobot robot) {
        openSeed(robot, 0);
        selectRow(robot, 1);
        FigureRecord r = figureTable().getItems().get(1);
        robot.interact(() -> fx.window.editorView().valueField().setText("abc"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#editorSave").queryButton().isDisabled()).isTrue();
        assertThat(fx.vm.editor().save()).isFalse();
        assertThat(fx.store.figures().get(r.id()).orElseThrow().current().value()).isEqualByComparingTo(r.current().value());
    }

    @Test
    void severalSelectedRowsAreAcceptedAtOnce(FxRobot robot) {
        openSeed(robot, 0);
        selectRow(robot, 2, 3, 4, 7);
        List<Long> ids = figureTable().getSelectionModel().getSelectedItems().stream().map(FigureRecord::id).toList();
        assertThat(ids).hasSize(4);
        typeKeys(robot, KeyCode.ENTER);
        Store2.assertStatuses(fx.reopen(), ids, ReviewStatus.ACCEPTED);
        DocumentRecord d = fx.store.documents().get(docs.get(0)).orElseThrow();
        assertThat(d.reviewedCount()).isEqualTo(4);
        assertThat(fx.window.documentList().table().getItems().stream().filter(x -> x.id() == d.id()).findFirst()
                .orElseThrow().reviewedCount()).isEqualTo(4);
    }

    @Test
    void jAndKMoveThroughTheFiguresAndNFindsTheNextUnreviewed(FxRobot robot) {
        openSeed(robot, 0);
        selectRow(robot, 0);
        typeKeys(robot, KeyCode.J, KeyCode.J);
        assertThat(figureTable().getSelectionModel().getSelectedIndex()).isEqualTo(2);
        typeKeys(robot, KeyCode.K);
        assertThat(figureTable().getSelectionModel().getSelectedIndex()).isEqualTo(1);
        typeKeys(robot, KeyCode.ENTER); // accepted row 1; N skips nothing before row 2
        selectRow(robot, 0);
        typeKeys(robot, KeyCode.N);
        assertThat(figureTable().getSelectionModel().getSelectedIndex()).isEqualTo(2);
    }

    @Test
    void droppingAFolderImportsItsReports(FxRobot robot) throws Exception {
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("rw-drop");
        java.nio.file.Files.copy(UiTestData.SEEDS.resolve("003_853f39a04c100108.txt"), folder.resolve("003_853f39a04c100108.txt"));
        robot.interact(() -> fx.window.handleDroppedFiles(List.of(new File(folder.toString()))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.store.documents().count()).isEqualTo(3);
        assertThat(fx.window.documentList().table().getItems()).hasSize(3);
        assertThat(fx.vm.importer().lastSummaryProperty().get().outcomes()).hasSize(1);
    }

    @Test
    void searchFindsTextAcrossDocumentsAndOpensTheHit(FxRobot robot) {
        robot.interact(() -> {
            fx.vm.search().queryProperty().set("地区生产总值");
            fx.vm.search().search();
        });
        assertThat(fx.vm.search().results()).isNotEmpty();
        var hit = fx.vm.search().results().get(fx.vm.search().results().size() - 1);
        robot.interact(() -> fx.vm.review().openAt(hit.documentId(), new TextRange(hit.start(), hit.end())));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.vm.review().documentId()).contains(hit.documentId());
        assertThat(fx.window.textView().area().getSelectedText()).isEqualTo("地区生产总值");
    }

    /** Small store assertions. */
    static final class Store2 {
        static void assertStatuses(com.reportworkbench.store.Store store, List<Long> ids, ReviewStatus status) {
            for (long id : ids) {
                assertThat(store.figures().get(id).orElseThrow().status()).as("figure " + id).isEqualTo(status);
            }
        }
    }
}
