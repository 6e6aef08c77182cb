package com.reportworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.store.FigureEdit;
import com.reportworkbench.store.FigureField;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.store.ReviewStatus;
import com.reportworkbench.store.Store;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Double coding in the window (#13): a coder's own decision undone with Ctrl+Z, then "my coding of
 * this document is done" with Ctrl+Shift+D, and the list's coding mark going from ✎ to ✓.
 */
@ExtendWith(ApplicationExtension.class)
class UiTeamCodingTest {
    static final String NODE = "com/reportworkbench/ui-test-team-coding";

    Stage stage;
    RealApp real;

    @Start
    void start(Stage primary) {
        this.stage = primary;
    }

    @BeforeEach
    void prefs() throws Exception {
        real = new RealApp(NODE, stage);
        real.prefs.setAnalyst("li");
        real.prefs.flush();
    }

    @AfterEach
    void tearDown(FxRobot robot) throws Exception {
        real.dispose(robot);
    }

    @Test
    void aCoderUndoesTheirDecisionAndMarksTheirCodingDoneFromTheWindow(FxRobot robot) throws Exception {
        real.start(robot);
        WorkbenchApp app = real.app();
        WorkbenchViewModel vm = app.viewModel();
        Store store = vm.core().store();
        long doc = UiTestData.insertSeeds(store, "000_b12ad143352142ad.txt").get(0);
        store.coding().assign(doc, List.of("li", "wang"));
        robot.interact(() -> vm.documents().refresh());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Boolean.FALSE.equals(vm.documents().myCoding().get(doc)));
        assertThat(codingCell(robot)).isEqualTo("✎");

        robot.interact(() -> vm.review().open(doc));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.review().figures().isEmpty());
        FigureRecord first = store.figures().forDocument(doc).get(0);
        store.figures().apply("li rejects", List.of(new FigureEdit(first.id(), FigureField.STATUS, "REJECTED")));
        assertThat(store.coding().codedFigures(doc, "li").get(0).status()).isEqualTo(ReviewStatus.REJECTED);

        robot.interact(() -> stage.requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> store.coding().codedFigures(doc, "li").get(0).status() == ReviewStatus.PROPOSED);
        assertThat(store.figures().history(first.id())).isEmpty(); // only li's own layer moved

        boolean[] asked = {false};
        app.window().setDialogService(new com.reportworkbench.ui.dialogs.FxDialogService(() -> stage) {
            @Override
            public boolean confirm(String header, String message) {
                asked[0] = true;
                return true;
            }
        });
        robot.interact(() -> stage.requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(vm.documents().myCoding().get(doc)));
        assertThat(asked[0]).isTrue();
        assertThat(store.coding().assignments(doc)).filteredOn(a -> a.analyst().equals("li")).singleElement()
                .satisfies(a -> assertThat(a.done()).isTrue());
        assertThat(store.coding().assignments(doc)).filteredOn(a -> a.analyst().equals("wang")).singleElement()
                .satisfies(a -> assertThat(a.done()).isFalse());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(codingCell(robot)).isEqualTo("✓");
        assertThat(vm.statusProperty().get()).contains("000_b12ad143352142ad.txt");
    }

    @SuppressWarnings("unchecked")
    private static String codingCell(FxRobot robot) {
        TableView<com.reportworkbench.store.DocumentRecord> table = robot.lookup("#documentTable").queryAs(TableView.class);
        TableColumn<com.reportworkbench.store.DocumentRecord, ?> column = table.getColumns().stream()
                .filter(c -> "codingColumn".equals(c.getId())).findFirst().orElseThrow();
        assertThat(column.isVisible()).isTrue();
        Object[] v = new Object[1];
        robot.interact(() -> v[0] = column.getCellData(0));
        return (String) v[0];
    }
}
