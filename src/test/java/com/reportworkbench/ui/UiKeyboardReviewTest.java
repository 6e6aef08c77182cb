package com.reportworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.extract.Kind;
import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.store.ReviewStatus;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The review loop with keys only: what an analyst types after picking a report (issue #11). */
@ExtendWith(ApplicationExtension.class)
class UiKeyboardReviewTest {
    static final String SEED = "000_b12ad143352142ad.txt";

    UiFixture fx;
    List<Long> docs;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture(stage, UiTestData.TestCore::new, s -> docs = UiTestData.insertSeeds(s, SEED));
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != fx.stage).toList()
                .forEach(w -> ((Stage) w).close()));
        fx.close();
    }

    private TableView<FigureRecord> figures() {
        return fx.window.figureTable().table();
    }

    /** Picks the report with the mouse, as an analyst does; focus stays in the document list. */
    private void pickReport(FxRobot robot) {
        robot.interact(() -> fx.stage.requestFocus());
        TableView<DocumentRecord> list = fx.window.documentList().table();
        Node cell = robot.from(list).lookup(".table-row-cell").nth(0).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.vm.review().documentId()).contains(docs.get(0));
    }

    private void type(FxRobot robot, KeyCode... keys) {
        for (KeyCode k : keys) {
            robot.type(k);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private FigureRecord figure(int row) {
        long id = figures().getItems().get(row).id();
        return fx.store.figures().get(id).orElseThrow();
    }

    private Node focusOwner() {
        return fx.stage.getScene().getFocusOwner();
    }

    private static boolean inside(Node n, Node ancestor) {
        for (; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    @Test
    void reviewKeysWorkRightAfterPickingAReportWithTheMouse(FxRobot robot) {
        pickReport(robot);
        type(robot, KeyCode.J, KeyCode.T, KeyCode.J, KeyCode.DELETE);
        assertThat(figure(0).current().kind()).isEqualTo(Kind.TARGET);
        assertThat(figure(1).status()).isEqualTo(ReviewStatus.REJECTED);
    }

    @Test
    void enterInTheDocumentListOpensTheReportAndPutsFocusOnTheFigureTable(FxRobot robot) {
        robot.interact(() -> {
            fx.stage.requestFocus();
            fx.window.documentList().table().requestFocus();
            fx.window.documentList().table().getFocusModel().focus(0);
        });
        type(robot, KeyCode.ENTER);
        assertThat(fx.vm.review().documentId()).contains(docs.get(0));
        assertThat(inside(focusOwner(), figures())).as("focus in the figure table").isTrue();
        type(robot, KeyCode.J, KeyCode.O);
        assertThat(figure(0).current().kind()).isEqualTo(Kind.OTHER);
    }

    @Test
    void enterAcceptsAndMovesToTheNextUnreviewedFigure(FxRobot robot) {
        pickReport(robot);
        type(robot, KeyCode.J, KeyCode.J, KeyCode.DELETE, KeyCode.K); // row 1 rejected, back on row 0
        type(robot, KeyCode.ENTER);
        assertThat(figure(0).status()).isEqualTo(ReviewStatus.ACCEPTED);
        assertThat(figures().getSelectionModel().getSelectedIndex()).as("skips the rejected row 1").isEqualTo(2);
        type(robot, KeyCode.ENTER);
        assertThat(figure(2).status()).isEqualTo(ReviewStatus.ACCEPTED);
        assertThat(figures().getSelectionModel().getSelectedIndex()).isEqualTo(3);
    }

    @Test
    void aOnAFigureThatIsAlreadyAnAchievementMarksItReviewed(FxRobot robot) {
        pickReport(robot);
        int row = -1;
        for (int i = 0; i < figures().getItems().size(); i++) {
            if (figures().getItems().get(i).current().kind() == Kind.ACHIEVEMENT) {
                row = i;
                break;
            }
        }
        assertThat(row).isGreaterThanOrEqualTo(0);
        int r = row;
        robot.interact(() -> {
            figures().getSelectionModel().clearAndSelect(r);
            figures().requestFocus();
        });
        type(robot, KeyCode.A);
        assertThat(figure(r).isReviewed()).isTrue();
        assertThat(figure(r).current().kind()).isEqualTo(Kind.ACHIEVEMENT);
    }

    @Test
    void eStartsEditingWithoutTypingAnEAndEscapeRevertsAndReturnsToTheTable(FxRobot robot) {
        pickReport(robot);
        type(robot, KeyCode.J);
        TextField value = fx.window.editorView().valueField();
        String before = value.getText();
        type(robot, KeyCode.E);
        assertThat(focusOwner()).isSameAs(value);
        assertThat(value.getText()).isEqualTo(before);
        robot.interact(() -> value.end());
        type(robot, KeyCode.DIGIT9);
        assertThat(value.getText()).isEqualTo(before + "9");
        type(robot, KeyCode.ESCAPE);
        assertThat(value.getText()).isEqualTo(before);
        assertThat(inside(focusOwner(), figures())).as("Escape returns to the table").isTrue();
        type(robot, KeyCode.J);
        assertThat(figures().getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(value.getText()).doesNotContain("j");
    }

    @Test
    void enterInTheEditorSavesAndReturnsFocusToTheTable(FxRobot robot) {
        pickReport(robot);
        type(robot, KeyCode.J, KeyCode.F2);
        TextField value = fx.window.editorView().valueField();
        assertThat(focusOwner()).isSameAs(value);
        robot.interact(() -> value.setText("12345"));
        type(robot, KeyCode.ENTER);
        assertThat(figure(0).current().value().toPlainString()).isEqualTo("12345");
        assertThat(inside(focusOwner(), figures())).isTrue();
    }

    @Test
    void ctrlShiftAOnASelectionOpensTheAddDialogPrefilledWithItsNumber(FxRobot robot) {
        pickReport(robot);
        FigureRecord f = figures().getItems().get(0);
        var area = fx.window.textView().area();
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(f.current().start(), f.current().end());
        });
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w != fx.stage && w.getScene() != null)
                .map(w -> w.getScene().getRoot()).filter(DialogPane.class::isInstance).map(DialogPane.class::cast)
                .findFirst().orElse(null)));
        assertThat(pane).as("the add dialog is shown").isNotNull();
        TextField value = (TextField) pane.lookup(".text-field");
        assertThat(new java.math.BigDecimal(value.getText())).isEqualByComparingTo(f.current().value());
        type(robot, KeyCode.ESCAPE);
        assertThat(Window.getWindows().stream().filter(w -> w != fx.stage).filter(Window::isShowing).count()).isZero();
    }

    @Test
    void insertTheFigureMenuAndTheContextMenuAllAskTheDialogServiceToAddTheSelection(FxRobot robot) {
        pickReport(robot);
        List<java.math.BigDecimal> asked = new java.util.ArrayList<>();
        fx.window.setDialogService(new com.reportworkbench.ui.dialogs.FxDialogService(() -> fx.stage) {
            @Override
            public java.util.Optional<com.reportworkbench.extract.Figure> addFigure(CoreServices core,
                    com.reportworkbench.extract.Figure start) {
                asked.add(start.value());
                return java.util.Optional.empty();
            }
        });
        FigureRecord f = figures().getItems().get(0);
        var area = fx.window.textView().area();
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(f.current().start(), f.current().end());
        });
        type(robot, KeyCode.INSERT);
        String add = I18n.tr("menu.figure.add");
        robot.interact(() -> {
            javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) fx.window.root().getTop();
            bar.getMenus().get(2).getItems().stream().filter(i -> i.getText() != null && i.getText().startsWith(add))
                    .findFirst().orElseThrow().fire();
            figures().getContextMenu().getItems().stream().filter(i -> i.getText() != null && i.getText().startsWith(add))
                    .findFirst().orElseThrow().fire();
        });
        assertThat(asked).hasSize(3).allSatisfy(v -> assertThat(v).isEqualByComparingTo(f.current().value()));
    }

    @Test
    void tabWalksTextTableEditorAndF1ListsEveryMenuKey(FxRobot robot) {
        pickReport(robot);
        robot.interact(() -> fx.window.textView().area().requestFocus());
        type(robot, KeyCode.TAB);
        assertThat(focusOwner()).isSameAs(figures());
        assertThat(figures().getPseudoClassStates()).anyMatch(p -> p.getPseudoClassName().equals("focused"));
        type(robot, KeyCode.J, KeyCode.TAB); // the editor takes the keys once a figure is selected
        assertThat(focusOwner()).isSameAs(fx.window.editorView().valueField());
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusOwner()).isSameAs(figures());

        // each listed key as a set of its parts: "Ctrl+Shift+I" and the toolkit's "Shift+Ctrl+I" are the same
        List<java.util.Set<String>> listed = com.reportworkbench.ui.dialogs.Shortcuts.ALL.stream()
                .flatMap(s -> java.util.Arrays.stream(s[0].split(" / ")))
                .map(k -> java.util.Set.of(k.trim().split("\\+"))).toList();
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) fx.window.root().getTop();
        List<String> accelerators = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> i.getAccelerator() != null).map(i -> i.getAccelerator().getName()).toList();
        assertThat(accelerators).isNotEmpty().allSatisfy(a ->
                assertThat(listed).as("F1 lists " + a).contains(java.util.Set.of(a.split("\\+"))));
    }
}
