package com.reportworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.extract.Figure;
import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.store.Origin;
import com.reportworkbench.store.ReviewStatus;
import com.reportworkbench.text.AdminLevel;
import com.reportworkbench.text.TextRange;
import com.reportworkbench.ui.review.Headings;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Section acceptance and the metadata form, on a seed report with its gold figures and the real re-extraction. */
@ExtendWith(ApplicationExtension.class)
class UiReviewActionsTest {
    static final String SEED = "004_3d2c4c437c53b37a.txt";

    /** Two top-level sections, figures in both. */
    static final String SECTIONS = "各位代表：\n现在，我代表县人民政府作工作报告。\n"
            + "一、2024年工作回顾\n全年地区生产总值增长5.5%，固定资产投资增长3.2%，社会消费品零售总额增长4.1%。\n"
            + "二、2025年主要目标\n地区生产总值增长6%左右，固定资产投资增长5%，社会消费品零售总额增长5.5%，"
            + "一般公共预算收入增长3%，城镇登记失业率控制在4.5%以内。\n";

    UiFixture fx;
    List<Long> docs;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture(stage, UiTestData.TestCore::new, s -> {
            docs = new java.util.ArrayList<>(UiTestData.insertSeeds(s, SEED));
            docs.add(UiTestData.insertText(s, "sections.txt", SECTIONS, new com.reportworkbench.text.DocumentMetadata(
                    "两节报告", "甲县", AdminLevel.COUNTY, null, 2025)));
        });
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private void open(FxRobot robot, long id) {
        robot.interact(() -> {
            var table = fx.window.documentList().table();
            table.getSelectionModel().select(table.getItems().stream().filter(d -> d.id() == id).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TableView<FigureRecord> figures() {
        return fx.window.figureTable().table();
    }

    private void ctrlShift(FxRobot robot, KeyCode key) {
        robot.interact(() -> figures().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, key).release(key, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlShiftEnterAcceptsEveryProposedFigureOfTheSectionAndNothingElse(FxRobot robot) {
        open(robot, docs.get(1));
        String text = fx.vm.review().originalText();
        List<TextRange> top = Headings.topLevel(text);
        assertThat(top).hasSize(2);
        // the section of the second top-level heading (二、…) to the end; the figures of 一、 stay proposed
        TextRange second = new TextRange(top.get(1).start(), text.length());
        assertThat(fx.vm.review().figures().stream().filter(f -> f.current().start() < second.start())).isNotEmpty();
        List<FigureRecord> inSection = fx.vm.review().figures().stream()
                .filter(f -> f.current().start() >= second.start() && f.current().start() < second.end()).toList();
        assertThat(inSection).hasSizeGreaterThan(3);
        FigureRecord anchor = inSection.get(1);
        // one figure of the section is rejected before: it must stay rejected
        FigureRecord rejected = inSection.get(inSection.size() - 1);
        robot.interact(() -> fx.window.figureTable().select(List.of(rejected.id()), false));
        robot.interact(() -> fx.vm.review().reject());
        robot.interact(() -> fx.window.figureTable().select(List.of(anchor.id()), false));

        ctrlShift(robot, KeyCode.ENTER);

        var store = fx.reopen();
        for (FigureRecord f : store.figures().forDocument(docs.get(1))) {
            boolean inside = f.current().start() >= second.start() && f.current().start() < second.end();
            ReviewStatus expected = f.id() == rejected.id() ? ReviewStatus.REJECTED
                    : inside ? ReviewStatus.ACCEPTED : ReviewStatus.PROPOSED;
            assertThat(f.status()).as(f.current().text() + " at " + f.current().start()).isEqualTo(expected);
        }
        assertThat(store.documents().get(docs.get(1)).orElseThrow().reviewedCount()).isEqualTo(inSection.size());
        assertThat(fx.vm.statusProperty().get()).contains(String.valueOf(inSection.size() - 1));
    }

    @Test
    void theMetadataFormSavesEveryFieldAndReextractionKeepsTheAnalystsEdit(FxRobot robot) {
        open(robot, docs.get(0));
        FigureRecord edited = figures().getItems().get(4);
        robot.interact(() -> fx.window.figureTable().select(List.of(edited.id()), false));
        robot.interact(() -> fx.vm.review().saveEdits(edited.id(), List.of(
                new com.reportworkbench.store.FigureEdit(edited.id(), com.reportworkbench.store.FigureField.VALUE, "777"))));
        int machineBefore = (int) fx.store.figures().forDocument(docs.get(0)).stream()
                .filter(f -> f.origin() == Origin.MACHINE && !f.isReviewed()).count();

        robot.interact(() -> figures().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL); // opens the modal form
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#metadataDialog").queryAs(DialogPane.class);
        robot.interact(() -> {
            robot.lookup("#metaTitle").queryAs(TextField.class).setText("某某市2025年政府工作报告");
            robot.lookup("#metaRegion").queryAs(TextField.class).setText("某某市");
            @SuppressWarnings("unchecked")
            ComboBox<AdminLevel> level = robot.lookup("#metaLevel").queryAs(ComboBox.class);
            level.setValue(AdminLevel.CITY);
            robot.lookup("#metaDate").queryAs(DatePicker.class).setValue(LocalDate.of(2025, 1, 15));
            robot.lookup("#metaYear").queryAs(TextField.class).setText("2025");
            robot.lookup("#metaReextract").queryAs(CheckBox.class).setSelected(true);
        });
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(ButtonType.OK)).fire());
        WaitForAsyncUtils.waitForFxEvents();

        var store = fx.reopen();
        DocumentRecord d = store.documents().get(docs.get(0)).orElseThrow();
        assertThat(d.title()).isEqualTo("某某市2025年政府工作报告");
        assertThat(d.region()).isEqualTo("某某市");
        assertThat(d.level()).isEqualTo(AdminLevel.CITY);
        assertThat(d.reportDate()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(d.year()).isEqualTo(2025);
        FigureRecord kept = store.figures().get(edited.id()).orElseThrow();
        assertThat(kept.current().value()).isEqualByComparingTo("777");
        assertThat(kept.status()).isEqualTo(ReviewStatus.EDITED);
        // the untouched gold proposals were replaced by the extractor's (whose figures carry the new year)
        List<FigureRecord> after = store.figures().forDocument(docs.get(0));
        assertThat(after.stream().filter(f -> f.origin() == Origin.MACHINE && !f.isReviewed()).count()).isPositive();
        assertThat(after.stream().map(FigureRecord::current).map(Figure::text)).contains(kept.current().text());
        assertThat(machineBefore).isPositive();
        // the window shows what the store says
        assertThat(fx.window.documentList().table().getItems().stream().filter(x -> x.id() == docs.get(0)).findFirst().orElseThrow().region()).isEqualTo("某某市");
    }

    @Test
    void theIndicatorColumnShowsTheChineseNameWithTheIdInItsTooltip(FxRobot robot) {
        open(robot, docs.get(1));
        FigureRecord gdp = fx.vm.review().figures().stream().filter(f -> "gdp".equals(f.current().indicator()))
                .findFirst().orElseThrow();
        robot.interact(() -> fx.window.figureTable().select(List.of(gdp.id()), false));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableCell<?, ?> cell = robot.from(figures()).lookup(".table-cell")
                .match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableRow() != null
                        && c.getTableRow().getItem() == figures().getSelectionModel().getSelectedItem()
                        && c.getTableColumn().getText().equals("指标"))
                .query();
        assertThat(cell.getText()).isEqualTo("地区生产总值");
        assertThat(cell.getTooltip().getText()).startsWith("gdp");
        // the filter finds figures by the Chinese name too
        robot.interact(() -> robot.lookup("#figureFilter").queryAs(TextField.class).setText("生产总值"));
        assertThat(figures().getItems()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.current().indicator()).isEqualTo("gdp"));
    }
}
