package com.reportworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.extract.Kind;
import com.reportworkbench.store.FigureRecord;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What the English window shows is readable: nothing cut to "…", words instead of codes, one figure not "1 figures". */
@ExtendWith(ApplicationExtension.class)
class UiLabelsTest {
    UiFixture fx;
    List<Long> docs;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture(stage, UiTestData.TestCore::new,
                s -> docs = UiTestData.insertSeeds(s, UiWorkbenchTest.SEED_A, UiWorkbenchTest.SEED_B), f -> { },
                Locale.ENGLISH);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        fx.close();
        robot.interact(() -> I18n.use(Locale.SIMPLIFIED_CHINESE));
    }

    private void open(FxRobot robot, long id) {
        robot.interact(() -> {
            var list = fx.window.documentList().table();
            list.getSelectionModel().select(list.getItems().stream().filter(d -> d.id() == id).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The texts a Labeled actually draws (its skin's text node, "…" when clipped). */
    private static List<String> drawn(Node under, String selector) {
        return under.lookupAll(selector).stream().filter(Labeled.class::isInstance).map(Labeled.class::cast)
                .filter(Node::isVisible).flatMap(l -> l.lookupAll(".text").stream())
                .filter(javafx.scene.text.Text.class::isInstance).map(t -> ((javafx.scene.text.Text) t).getText())
                .toList();
    }

    @Test
    void headersKindsStatusesAndEditorBoxesAreNotCutInEnglish(FxRobot robot) {
        robot.interact(() -> { // the default layout (an earlier test may have stored other dividers)
            fx.prefs.setDividers("main", new double[] {0.25, 0.56});
            fx.prefs.setDividers("right", new double[] {0.58});
            fx.window.restoreLayout();
        });
        open(robot, docs.get(0));
        TableView<FigureRecord> table = fx.window.figureTable().table();
        int row = 0;
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).current().kind() == Kind.ACHIEVEMENT) {
                row = i;
                break;
            }
        }
        int r = row;
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(r);
            table.requestFocus();
        });
        robot.interact(() -> fx.vm.review().accept());
        WaitForAsyncUtils.waitForFxEvents();

        List<String> headers = drawn(table, ".column-header .label");
        assertThat(headers).contains("Kind", "Status", "Period", "Qualifier").noneMatch(t -> t.contains("…"));
        // kind and status cells: the words whole
        List<String> cells = robot.from(table).lookup(".table-cell").queryAll().stream()
                .filter(c -> c instanceof javafx.scene.control.TableCell<?, ?> tc
                        && Set.of("Kind", "Status", "Qualifier", "Period").contains(tc.getTableColumn().getText()))
                .flatMap(c -> c.lookupAll(".text").stream()).filter(javafx.scene.text.Text.class::isInstance)
                .map(t -> ((javafx.scene.text.Text) t).getText()).filter(t -> !t.isEmpty()).toList();
        assertThat(cells).contains("achievement").anyMatch(t -> t.contains("accepted")).noneMatch(t -> t.contains("…"));
        // the period column is inside the table's visible width, not behind the scroll bar
        Node period = table.lookupAll(".column-header").stream()
                .filter(h -> h instanceof javafx.scene.control.skin.TableColumnHeader th
                        && th.getTableColumn() != null
                        && "Period".equals(th.getTableColumn().getText())).findFirst().orElseThrow();
        double right = table.sceneToLocal(period.localToScene(period.getBoundsInLocal())).getMaxX();
        assertThat(right).isLessThanOrEqualTo(table.getWidth());
        // the editor's kind and qualifier boxes
        assertThat(drawn(fx.window.editorView(), ".combo-box .list-cell")).contains("achievement")
                .noneMatch(t -> t.contains("…"));
        // the history in words
        List<String> history = drawn(fx.window.editorView(), ".list-view .list-cell");
        assertThat(history).anyMatch(t -> t.contains("proposed → accepted")).noneMatch(t -> t.contains("ACCEPTED"));
    }

    @Test
    void theTitleAboveTheTextTellsReportsApartAndTheStatusSaysOneFigure(FxRobot robot) {
        open(robot, docs.get(0));
        String first = ((Labeled) robot.lookup(".text-title").query()).getText();
        open(robot, docs.get(1));
        String second = ((Labeled) robot.lookup(".text-title").query()).getText();
        assertThat(first).isNotEqualTo(second);
        assertThat(drawn(fx.window.textView(), ".text-title")).noneMatch(t -> t.contains("…"));
        assertThat(I18n.tr("action.status.done", 1, "accepted")).isEqualTo("1 figure marked “accepted”");
        assertThat(I18n.tr("action.status.done", 3, "accepted")).isEqualTo("3 figures marked “accepted”");
    }

    @Test
    void searchHitsAreNamedByTheirReportNotByTheFileHash(FxRobot robot) {
        robot.interact(() -> {
            fx.vm.search().queryProperty().set("地区生产总值");
            fx.vm.search().search();
        });
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> results = robot.lookup("#searchResults").queryAs(ListView.class);
        assertThat(results.getItems()).isNotEmpty();
        robot.interact(() -> robot.lookup(".tab-pane").queryAll().stream()
                .map(javafx.scene.control.TabPane.class::cast).flatMap(tp -> tp.getTabs().stream())
                .filter(t -> t.getText().equals(I18n.tr("tab.search"))).findFirst().orElseThrow()
                .getTabPane().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        Set<String> firstLines = robot.from(results).lookup(".search-hit-title").queryAll().stream()
                .map(c -> ((Labeled) c).getText()).collect(Collectors.toSet());
        assertThat(drawn(results, ".search-hit-title")).noneMatch(t -> t.contains("…"));
        assertThat(firstLines).isNotEmpty().noneMatch(t -> t.matches(".*[0-9a-f]{12}.*"))
                .allMatch(t -> t.contains(" · "));
    }
}
