package com.reportworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
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

    Stage stage;
    RealApp real;
    UiPreferences prefs;
    WorkbenchApp app;

    /** The extension's own stage: a stage of our own, once closed, leaves Monocle without a focused window. */
    @Start
    void start(Stage primary) {
        this.stage = primary;
    }

    @BeforeEach
    void prefs() throws Exception {
        real = new RealApp(NODE, stage);
        prefs = real.prefs;
    }

    @AfterEach
    void tearDown(FxRobot robot) throws Exception {
        real.dispose(robot);
        robot.interact(() -> {
            I18n.use(Locale.SIMPLIFIED_CHINESE);
            Styling.applyTheme(false);
        });
    }

    private void startApp(FxRobot robot) throws Exception {
        real.start(robot);
        app = real.app();
    }

    private void stopApp(FxRobot robot) {
        real.stop(robot);
    }

    private MenuBar menuBar() {
        return (MenuBar) app.window().root().getTop();
    }

    /** A menu by its title key: positions move when a menu is added. */
    private Menu menu(String key) {
        return menuBar().getMenus().stream().filter(m -> m.getText().equals(I18n.tr(key))).findFirst().orElseThrow();
    }

    private RadioMenuItem viewItem(int index) {
        return (RadioMenuItem) menu("menu.view").getItems().get(index);
    }

    private RadioMenuItem languageItem(int index) {
        return (RadioMenuItem) ((Menu) menu("menu.view").getItems().get(3)).getItems().get(index);
    }

    @Test
    void themeAndLanguageSwitchRelabelTheMenusAndAreRememberedAtTheNextStart(FxRobot robot) throws Exception {
        startApp(robot);
        assertThat(menuBar().getMenus().get(0).getText()).isEqualTo("文件");
        assertThat(stage.getTitle()).isEqualTo("报告数据工作台");
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());
        assertThat(viewItem(0).isSelected()).isTrue();

        robot.interact(() -> viewItem(1).fire()); // dark
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertThat(prefs.darkTheme()).isTrue();

        robot.interact(() -> languageItem(1).fire()); // English: the window is rebuilt in English
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(menuBar().getMenus().get(0).getText()).isEqualTo("File");
        assertThat(menuBar().getMenus().get(0).getItems().get(0).getText()).isEqualTo("Import files…");
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
        assertThat(menuBar().getMenus().get(0).getText()).isEqualTo("File");
        assertThat(viewItem(1).isSelected()).isTrue();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());

        // and back to Chinese, light
        robot.interact(() -> languageItem(0).fire());
        robot.interact(() -> viewItem(0).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(menuBar().getMenus().get(0).getText()).isEqualTo("文件");
        assertThat(prefs.language()).isEqualTo("zh_CN");
        assertThat(prefs.darkTheme()).isFalse();
    }
}
