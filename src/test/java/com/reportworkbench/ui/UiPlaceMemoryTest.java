package com.reportworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.store.Store;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The analyst's place: a language switch and a restart come back to the same report and figure. */
@ExtendWith(ApplicationExtension.class)
class UiPlaceMemoryTest {
    static final String NODE = "com/reportworkbench/ui-test-place";
    Stage stage;
    RealApp real;
    List<Long> docs;

    @Start
    void start(Stage primary) {
        this.stage = primary;
    }

    @BeforeEach
    void store() throws Exception {
        real = new RealApp(NODE, stage);
        try (Store s = Store.open(real.storeDir)) {
            docs = UiTestData.insertSeeds(s, UiWorkbenchTest.SEED_A, UiWorkbenchTest.SEED_B);
        }
    }

    @AfterEach
    void tearDown(FxRobot robot) throws Exception {
        real.dispose(robot);
        robot.interact(() -> I18n.use(Locale.SIMPLIFIED_CHINESE));
    }

    private FigureRecord selected() {
        return real.app().window().figureTable().table().getSelectionModel().getSelectedItem();
    }

    private void waitForSelected(long figureId) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> selected() != null && selected().id() == figureId);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aLanguageSwitchAndARestartReopenTheSameReportAndFigure(FxRobot robot) throws Exception {
        real.start(robot);
        robot.interact(() -> {
            var list = real.app().window().documentList().table();
            list.getSelectionModel().select(list.getItems().stream().filter(d -> d.id() == docs.get(1)).findFirst()
                    .orElseThrow());
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> real.app().window().figureTable().table().getItems().size() > 8);
        robot.interact(() -> real.app().window().figureTable().table().getSelectionModel().clearAndSelect(7));
        long figure = selected().id();

        robot.interact(() -> {
            MenuBar bar = (MenuBar) real.app().window().root().getTop();
            Menu view = bar.getMenus().stream().filter(m -> m.getText().equals(I18n.tr("menu.view"))).findFirst().orElseThrow();
            ((RadioMenuItem) ((Menu) view.getItems().get(3)).getItems().get(1)).fire(); // English
        });
        waitForSelected(figure);
        assertThat(real.app().viewModel().review().documentId()).contains(docs.get(1));

        real.stop(robot);
        robot.interact(() -> I18n.use(Locale.SIMPLIFIED_CHINESE));
        real.start(robot);
        waitForSelected(figure);
        assertThat(real.app().viewModel().review().documentId()).contains(docs.get(1));
    }
}
