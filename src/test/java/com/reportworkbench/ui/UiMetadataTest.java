package com.reportworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.store.NewDocument;
import com.reportworkbench.store.Store;
import com.reportworkbench.text.AdminLevel;
import com.reportworkbench.text.DetectedMetadata;
import com.reportworkbench.text.MetadataDetector;
import com.reportworkbench.text.MetadataState;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
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

/** Metadata evidence in the dialog, the list's marks, and the bulk edit with its undo. */
@ExtendWith(ApplicationExtension.class)
class UiMetadataTest {
    /** Body-only reports as archives publish them; the first two cues contradict each other. */
    static final String DOUBTFUL = "各位代表：\n现在，我代表国务院向大会作政府工作报告。\n今年是“八五”计划的第一年。\n"
            + "刚刚过去的1994年，成绩很大。\n";
    static final String MISSING = "各位代表：\n过去一年，经济平稳。\n";
    static final String FINE = "2026年甲省政府工作报告\n——2026年1月20日在甲省第十四届人民代表大会第四次会议上\n";

    UiFixture fx;
    final List<Long> docs = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture(stage, UiTestData.TestCore::new, s -> {
            docs.add(insert(s, "doubtful.txt", DOUBTFUL));
            docs.add(insert(s, "missing.txt", MISSING));
            docs.add(insert(s, "fine.txt", FINE));
        });
    }

    private static long insert(Store store, String name, String text) {
        DetectedMetadata detected = new MetadataDetector().detectWithEvidence(text, name);
        return store.documents().insert(new NewDocument(name, "/hand-made/" + name,
                UiTestData.sha256(text.getBytes(StandardCharsets.UTF_8)), "txt", "UTF-8", text, detected.metadata(),
                List.of(), detected.evidence()), List.of());
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private void select(FxRobot robot, long... ids) {
        robot.interact(() -> {
            var table = fx.window.documentList().table();
            table.getSelectionModel().clearSelection();
            for (long id : ids) {
                table.getSelectionModel().select(table.getItems().stream().filter(d -> d.id() == id).findFirst().orElseThrow());
            }
            table.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theListMarksMissingAndDoubtfulMetadataWithAReason(FxRobot robot) {
        select(robot, docs.get(2));
        List<javafx.scene.control.Labeled> marked = new ArrayList<>(
                robot.lookup(".table-cell.metadata-doubtful").queryAllAs(TableCell.class));
        List<javafx.scene.control.Labeled> missing = new ArrayList<>(
                robot.lookup(".table-cell.metadata-missing").queryAllAs(TableCell.class));

        assertThat(marked).hasSize(1);
        assertThat(missing).hasSize(1);
        assertThat(marked.get(0).getTooltip().getText()).contains("Ctrl+M");
        assertThat(fx.window.documentList().table().getItems()).extracting(DocumentRecord::metadataState)
                .containsExactlyInAnyOrder(MetadataState.DOUBTFUL, MetadataState.MISSING, MetadataState.OK);
    }

    @Test
    void theMetadataDialogShowsEachFieldsCueAndConfidence(FxRobot robot) {
        select(robot, docs.get(0));
        robot.press(KeyCode.CONTROL, KeyCode.M).release(KeyCode.M, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#metadataDialog").queryAs(DialogPane.class);

        String region = robot.lookup("#metaRegionEvidence").queryAs(Label.class).getText();
        Label year = robot.lookup("#metaYearEvidence").queryAs(Label.class);
        String code = robot.lookup("#metaRegionCode").queryAs(TextField.class).getText();
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(ButtonType.CANCEL)).fire());

        assertThat(region).contains(I18n.tr("metadata.cue.speaker")).contains("我代表国务院")
                .contains(I18n.tr("metadata.confidence.sure"));
        assertThat(year.getText()).contains(I18n.tr("metadata.cue.current-year")).contains("八五")
                .contains(I18n.tr("metadata.confidence.doubtful")).contains("1994");
        assertThat(year.getStyleClass()).contains("metadata-doubtful");
        assertThat(code).isEqualTo("100000");
    }

    @Test
    void aBulkEditSetsRegionLevelAndYearOnTheSelectedDocumentsAndUndoesAsOneAction(FxRobot robot) {
        select(robot, docs.get(0), docs.get(1));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#bulkMetadataDialog").queryAs(DialogPane.class);
        robot.interact(() -> {
            robot.lookup("#bulkRegion").queryAs(TextField.class).setText("吉林省");
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<AdminLevel> level = robot.lookup("#bulkLevel").queryAs(
                    javafx.scene.control.ComboBox.class);
            level.setValue(AdminLevel.PROVINCE);
            robot.lookup("#bulkYear").queryAs(TextField.class).setText("2011");
        });
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(ButtonType.OK)).fire());
        WaitForAsyncUtils.waitForFxEvents();

        Store store = fx.store; // the window's own store: reopening it would close the window's
        for (long id : List.of(docs.get(0), docs.get(1))) {
            DocumentRecord d = store.documents().get(id).orElseThrow();
            assertThat(d.region()).isEqualTo("吉林省");
            assertThat(d.regionCode()).isEqualTo("220000");
            assertThat(d.level()).isEqualTo(AdminLevel.PROVINCE);
            assertThat(d.year()).isEqualTo(2011);
            assertThat(d.metadataState()).isEqualTo(MetadataState.OK);
        }
        assertThat(store.documents().get(docs.get(2)).orElseThrow().region()).isEqualTo("甲省");
        assertThat(fx.vm.statusProperty().get()).contains("2");

        robot.interact(() -> fx.vm.review().undo());
        WaitForAsyncUtils.waitForFxEvents();

        store = fx.reopen();
        assertThat(store.documents().get(docs.get(0)).orElseThrow().region()).isEqualTo("全国");
        assertThat(store.documents().get(docs.get(0)).orElseThrow().metadataState()).isEqualTo(MetadataState.DOUBTFUL);
        assertThat(store.documents().get(docs.get(1)).orElseThrow().region()).isNull();
    }
}
