package com.reportworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.compare.AttainmentRow;
import com.reportworkbench.compare.AttainmentStatus;
import com.reportworkbench.extract.Kind;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.text.AdminLevel;
import com.reportworkbench.text.DocumentMetadata;
import com.reportworkbench.ui.attainment.AttainmentView;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Target attainment in the window: two consecutive hand-made reports of one region (2024 plans GDP +6%, 2025
 * reviews 2024 at +5.5%), figures from the real extractor; the tab shows the missed target and jumps back.
 */
@ExtendWith(ApplicationExtension.class)
class UiAttainmentTest {
    static final String REGION = "甲市";
    static final String REPORT_2024 = "甲市2024年政府工作报告\n一、2023年工作回顾\n全年经济运行总体平稳。\n"
            + "二、2024年主要预期目标\n地区生产总值增长6%左右，一般公共预算收入增长5%。\n";
    static final String REPORT_2025 = "甲市2025年政府工作报告\n一、2024年工作回顾\n"
            + "全年地区生产总值增长5.5%，一般公共预算收入增长5.2%。\n二、2025年主要预期目标\n地区生产总值增长5%左右。\n";

    UiFixture fx;
    long doc2024;
    long doc2025;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture(stage, UiTestData.TestCore::new, s -> {
            doc2024 = UiTestData.insertText(s, "jia_2024.txt", REPORT_2024,
                    new DocumentMetadata("甲市2024年政府工作报告", REGION, AdminLevel.CITY, LocalDate.of(2024, 1, 10), 2024));
            doc2025 = UiTestData.insertText(s, "jia_2025.txt", REPORT_2025,
                    new DocumentMetadata("甲市2025年政府工作报告", REGION, AdminLevel.CITY, LocalDate.of(2025, 1, 12), 2025));
        });
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private FigureRecord figure(long doc, String text, Kind kind) {
        return fx.store.figures().forDocument(doc).stream()
                .filter(f -> f.current().text().equals(text) && f.current().kind() == kind).findFirst().orElseThrow();
    }

    private AttainmentView openTab(FxRobot robot) {
        robot.interact(() -> fx.stage.requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        return fx.window.attainmentView();
    }

    private AttainmentRow gdpRow(AttainmentView view) {
        return view.visibleRows().stream().filter(r -> r.indicator().equals("gdp") && r.year() == 2024)
                .findFirst().orElseThrow(() -> new AssertionError(((javafx.scene.control.Label) view.lookup("#attainmentSummary")).getText() + " rows " + view.visibleRows() + " of "
                        + com.reportworkbench.compare.Comparison.run(fx.store)));
    }

    private Node cell(FxRobot robot, AttainmentView view, AttainmentRow row, javafx.scene.control.TableColumn<?, ?> column) {
        return robot.from(view.table()).lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c
                && c.getTableColumn() == column && c.getTableRow() != null && c.getTableRow().getItem() == row)
                .query();
    }

    @Test
    void ctrlShiftTShowsTheMissedTargetAndDoubleClickOpensTheAchievementSelected(FxRobot robot) {
        FigureRecord target = figure(doc2024, "6%", Kind.TARGET);
        FigureRecord actual = figure(doc2025, "5.5%", Kind.ACHIEVEMENT);
        assertThat(target.current().indicator()).isEqualTo("gdp");
        assertThat(actual.current().period()).isEqualTo("2024");

        AttainmentView view = openTab(robot);
        assertThat(view).isNotNull();
        assertThat(robot.lookup("#attainmentView").query().isVisible()).isTrue();
        AttainmentRow row = gdpRow(view);
        assertThat(row.region()).isEqualTo(REGION);
        assertThat(row.status()).isEqualTo(AttainmentStatus.MISSED);
        assertThat(row.target().source().figureId()).isEqualTo(target.id());
        assertThat(row.actual().source().figureId()).isEqualTo(actual.id());
        // the row carries the missed style and says so
        TableRow<?> tableRow = (TableRow<?>) robot.from(view.table()).lookup(".table-row-cell")
                .match(n -> ((TableRow<?>) n).getItem() == row).query();
        assertThat(tableRow.getStyleClass()).contains("attainment-missed");
        assertThat(robot.lookup("#attainmentSummary").queryLabeled().getText()).contains("未完成 1");

        robot.doubleClickOn(cell(robot, view, row, view.actualColumn()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#reviewTab").query().isVisible()).isTrue();
        assertThat(fx.vm.review().documentId()).contains(doc2025);
        assertThat(fx.window.figureTable().table().getSelectionModel().getSelectedItem().id()).isEqualTo(actual.id());
        assertThat(fx.window.textView().area().getSelectedText()).isEqualTo("5.5%");
        assertThat(fx.window.documentList().table().getSelectionModel().getSelectedItem().id()).isEqualTo(doc2025);
    }

    @Test
    void doubleClickOnTheTargetOpensThePlanReportWithTheTargetSelected(FxRobot robot) {
        FigureRecord target = figure(doc2024, "6%", Kind.TARGET);
        AttainmentView view = openTab(robot);
        AttainmentRow row = gdpRow(view);
        robot.interact(() -> view.filterStatus(AttainmentStatus.MISSED));
        assertThat(view.visibleRows()).containsExactly(row);

        robot.doubleClickOn(cell(robot, view, row, view.targetColumn()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx.vm.review().documentId()).contains(doc2024);
        assertThat(fx.window.figureTable().table().getSelectionModel().getSelectedItem().id()).isEqualTo(target.id());
        assertThat(fx.window.textView().area().getSelectedText()).isEqualTo("6%");

        // an edit in the review shows in the attainment on the next visit: 5.5% → 6.2% turns it to met
        FigureRecord actual = figure(doc2025, "5.5%", Kind.ACHIEVEMENT);
        robot.interact(() -> fx.vm.review().openFigure(doc2025, actual.id()));
        robot.interact(() -> fx.vm.review().saveEdits(actual.id(), List.of(new com.reportworkbench.store.FigureEdit(
                actual.id(), com.reportworkbench.store.FigureField.VALUE, "6.2"))));
        openTab(robot);
        robot.interact(() -> view.filterStatus(null));
        assertThat(gdpRow(view).status()).isEqualTo(AttainmentStatus.MET);
    }
}
