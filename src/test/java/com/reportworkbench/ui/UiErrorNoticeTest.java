package com.reportworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.logging.LogDirectory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An exception nobody caught on the FX thread: a notice with copyable details, the log, and the app goes on. */
@ExtendWith(ApplicationExtension.class)
class UiErrorNoticeTest {
    UiFixture fx;
    List<Long> docs;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture(stage, UiTestData.TestCore::new,
                s -> docs = UiTestData.insertSeeds(s, UiKeyboardReviewTest.SEED));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void anUncaughtExceptionShowsANoticeWithDetailsGoesToTheLogAndTheReviewGoesOn(FxRobot robot) throws Exception {
        assertThat(fx.window.errorNotice().isVisible()).isFalse();
        Platform.runLater(() -> {
            throw new IllegalStateException("provoked by a test: notice expected");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(FxUncaughtExceptions.takeExpected()).hasSize(1);

        assertThat(fx.window.errorNotice().isVisible()).isTrue();
        assertThat(fx.window.errorNotice().message()).contains("provoked by a test");
        assertThat(fx.window.errorNotice().details()).contains("IllegalStateException", "\tat ");
        String log = Files.readString(LogDirectory.currentFile(), StandardCharsets.UTF_8);
        assertThat(log).contains("provoked by a test: notice expected").contains("\tat ");

        // the window still works with keys
        robot.interact(() -> {
            fx.stage.requestFocus();
            fx.window.documentList().table().getSelectionModel().select(0);
            fx.window.figureTable().table().requestFocus();
        });
        robot.type(KeyCode.J);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.window.figureTable().table().getSelectionModel().getSelectedIndex()).isZero();
        robot.clickOn("#errorNoticeDismiss");
        assertThat(fx.window.errorNotice().isVisible()).isFalse();
    }

    @Test
    void helpHasOpenLogFolder(FxRobot robot) {
        List<String> help = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() ->
                ((javafx.scene.control.MenuBar) fx.stage.getScene().lookup("#menuBar")).getMenus().stream()
                        .filter(m -> m.getText().equals(I18n.tr("menu.help"))).findFirst().orElseThrow().getItems()
                        .stream().map(MenuItem::getText).toList()));
        assertThat(help).contains(I18n.tr("menu.help.openLogs"));
    }
}
