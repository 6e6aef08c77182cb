package com.reportworkbench.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application (its executor, its store opening) on a test's stage, over a preferences node
 * of its own and a temporary store: tests never touch the user's preferences or data.
 */
final class RealApp {
    final UiPreferences prefs;
    final Path storeDir;
    private final String node;
    private final Stage stage;
    private WorkbenchApp app;

    RealApp(String node, Stage stage) throws Exception {
        this.node = node;
        this.stage = stage;
        Preferences.userRoot().node(node).clear();
        prefs = new UiPreferences(Preferences.userRoot().node(node));
        storeDir = Files.createTempDirectory("rw-ui-app");
        prefs.setStoreDirectory(storeDir.toString());
        prefs.setSamplesOfferedOnce(true);
        prefs.setLanguage("zh_CN");
        prefs.setDarkTheme(false);
        prefs.flush();
    }

    WorkbenchApp app() {
        return app;
    }

    /** Starts the application on the stage and waits until its store is open. */
    void start(FxRobot robot) throws Exception {
        robot.interact(() -> {
            app = new WorkbenchApp(prefs);
            stage.hide(); // the app shows it again: its store opens once the window is shown
            app.start(stage);
        });
        waitUntilReady();
    }

    void waitUntilReady() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> app.viewModel().storeStateProperty().get() == WorkbenchViewModel.StoreState.READY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void stop(FxRobot robot) {
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

    /** Stops the application and forgets its preferences node. */
    void dispose(FxRobot robot) throws BackingStoreException {
        stop(robot);
        Preferences.userRoot().node(node).removeNode();
    }
}
