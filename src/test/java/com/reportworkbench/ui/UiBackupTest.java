package com.reportworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Backup and restore from the File menu, in the real application: the store is swapped while the window stays. */
@ExtendWith(ApplicationExtension.class)
class UiBackupTest {
    static final String NODE = "com/reportworkbench/ui-test-backup";

    Stage stage;
    RealApp real;

    @Start
    void start(Stage primary) {
        this.stage = primary;
    }

    @BeforeEach
    void prefs() throws Exception {
        real = new RealApp(NODE, stage);
    }

    @AfterEach
    void tearDown(FxRobot robot) throws Exception {
        real.dispose(robot);
    }

    @Test
    void aBackupFromTheMenuRestoresTheStoreAsItWas(FxRobot robot) throws Exception {
        real.start(robot);
        WorkbenchApp app = real.app();
        Store store = app.viewModel().core().store();
        UiTestData.insertSeeds(store, "000_b12ad143352142ad.txt");

        Path zip = Files.createTempDirectory("rw-ui-backup-zip").resolve("backup.zip");
        MainWindow window = app.window();
        window.setDialogService(new com.reportworkbench.ui.dialogs.FxDialogService(() -> stage) {
            @Override
            public Optional<java.nio.file.Path> chooseBackupTarget() {
                return Optional.of(zip);
            }

            @Override
            public Optional<java.nio.file.Path> chooseBackupToRestore() {
                return Optional.of(zip);
            }

            @Override
            public boolean confirm(String header, String message) {
                return true;
            }
        });
        robot.interact(window::backup);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(zip)
                && app.viewModel().statusProperty().get().contains(zip.toString()));

        UiTestData.insertSeeds(store, "001_870255d8f02f9992.txt");
        assertThat(store.documents().count()).isEqualTo(2);

        robot.interact(window::restore);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.window() != window);
        real.waitUntilReady();

        Store restored = app.viewModel().core().store();
        assertThat(restored).isNotSameAs(store);
        assertThat(restored.documents().list()).extracting(d -> d.fileName()).containsExactly("000_b12ad143352142ad.txt");
        assertThat(Files.list(real.storeDir).map(p -> p.getFileName().toString()))
                .anyMatch(n -> n.startsWith("store.mv.db.before-restore-"));
    }
}
