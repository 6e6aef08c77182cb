package com.reportworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Application;
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

/** The real application (its executor, its store opening) over a test preferences node: theme and language. */
@ExtendWith(ApplicationExtension.class)
class UiAppTest {
    static final String NODE = "com/reportworkbench/ui-test-app";

    UiPreferences prefs;
    Path storeDir;
    WorkbenchApp app;
    Stage stage;

    /** The extension's own stage: a stage of our own, once closed, leaves Monocle without a focused window. */
    @Start
    void start(Stage primary) {
        this.stage = primary;
    }

    @BeforeEach
    void prefs() throws Exception {
        Preferences node = Preferences.userRoot().node(NODE);
        node.clear();
        prefs = new UiPreferences(node);
        storeDir = Files.createTempDirectory("rw-ui-app");
        prefs.setStoreDirectory(storeDir.toString());
        prefs.setSamplesOfferedOnce(true);
        prefs.setLanguage("zh_CN");
        prefs.setDarkTheme(false);
        prefs.flush();
    }

    @AfterEach
    void tearDown(FxRobot robot) throws Exception {
        stopApp(robot);
        Preferences.userRoot().node(NODE).removeNode();
        robot.interact(() -> {
            I18n.use(Locale.SIMPLIFIED_CHINESE);
            Styling.applyTheme(false);
        });
    }

    private void startApp(FxRobot robot) throws Exception {
        robot.interact(() -> {
            app = new WorkbenchApp(prefs);
            stage.hide(); // the app shows it again: its store opens once the window is shown
            app.start(stage);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> app.viewModel().storeStateProperty().get() == WorkbenchViewModel.StoreState.READY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void stopApp(FxRobot robot) {
        if (app != null) {
            WorkbenchApp a = app;
            robot.interact(() -> {
                stage.hide();
                a.stop();
                stage.setOnHiding(null); // the primary stage outlives the app: no more saving to its prefs
                stage.setOnShown(null);
            });
            app = null;
        }
    }

    private MenuBar menuBar() {
        return (MenuBar) app.window().root().getTop();
    }

    private Menu menu(int index) {
        return menuBar().getMenus().get(index);
    }

    private RadioMenuItem viewItem(int index) {
        return (RadioMenuItem) menu(3).getItems().get(index);
    }

    private RadioMenuItem languageItem(int index) {
        return (RadioMenuItem) ((Menu) menu(3).getItems().get(3)).getItems().get(index);
    }

    @Test
    void themeAndLanguageSwitchRelabelTheMenusAndAreRememberedAtTheNextStart(FxRobot robot) throws Exception {
        startApp(robot);
        assertThat(menu(0).getText()).isEqualTo("文件");
        assertThat(stage.getTitle()).isEqualTo("报告数据工作台");
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());
        assertThat(viewItem(0).isSelected()).isTrue();

        robot.interact(() -> viewItem(1).fire()); // dark
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertThat(prefs.darkTheme()).isTrue();

        robot.interact(() -> languageItem(1).fire()); // English: the window is rebuilt in English
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(menu(0).getText()).isEqualTo("File");
        assertThat(menu(0).getItems().get(0).getText()).isEqualTo("Import files…");
        assertThat(stage.getTitle()).isEqualTo("Report Workbench");
        assertThat(prefs.language()).isEqualTo("en");
        assertThat(languageItem(1).isSelected()).isTrue();

        // the next start remembers both
        stopApp(robot);
        robot.interact(() -> {
            I18n.use(Locale.SIMPLIFIED_CHINESE);
            Styling.applyTheme(false);
        });
        startApp(robot);
        assertThat(menu(0).getText()).isEqualTo("File");
        assertThat(viewItem(1).isSelected()).isTrue();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());

        // and back to Chinese, light
        robot.interact(() -> languageItem(0).fire());
        robot.interact(() -> viewItem(0).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(menu(0).getText()).isEqualTo("文件");
        assertThat(prefs.language()).isEqualTo("zh_CN");
        assertThat(prefs.darkTheme()).isFalse();
    }
}
