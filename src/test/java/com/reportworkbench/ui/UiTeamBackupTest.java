package com.reportworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.store.Store;
import com.reportworkbench.store.StoreDump;
import com.reportworkbench.testsupport.TestPostgres;
import com.reportworkbench.ui.dialogs.FxDialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File → Backup and Restore in the window on a team's PostgreSQL store (#13): the backup is the
 * engine-neutral dump (.jsonl.gz), and the dump loads back into an empty store from the same menu.
 */
@ExtendWith(ApplicationExtension.class)
class UiTeamBackupTest {
    static final String NODE = "com/reportworkbench/ui-test-team-backup";

    @TempDir
    Path temp;
    Stage stage;
    RealApp real;

    @Start
    void start(Stage primary) {
        this.stage = primary;
    }

    @BeforeEach
    void prefs() throws Exception {
        String url = TestPostgres.freshStore(); // skipped when no PostgreSQL can be started
        real = new RealApp(NODE, stage);
        real.prefs.setStoreDirectory(url);
        real.prefs.flush();
    }

    @AfterEach
    void tearDown(FxRobot robot) throws Exception {
        if (real != null) {
            real.dispose(robot);
        }
    }

    @Test
    void theWindowBacksUpATeamStoreAsADumpAndLoadsItBackIntoAnEmptyStore(FxRobot robot) throws Exception {
        assertThat(FxDialogService.backupFileName(true)).endsWith(".jsonl.gz");
        real.start(robot);
        WorkbenchApp app = real.app();
        Store store = app.viewModel().core().store();
        assertThat(store.isPostgres()).isTrue();
        long doc = UiTestData.insertSeeds(store, "000_b12ad143352142ad.txt").get(0);
        int figures = store.figures().forDocument(doc).size();

        Path typed = temp.resolve("team-backup"); // a save dialog may return the name without the extension
        Path dump = temp.resolve("team-backup.jsonl.gz");
        MainWindow window = app.window();
        window.setDialogService(new FxDialogService(() -> stage) {
            @Override
            public Optional<Path> chooseBackupTarget() {
                throw new AssertionError("a PostgreSQL store is not backed up as an H2 zip");
            }

            @Override
            public Optional<Path> chooseDumpTarget() {
                return Optional.of(typed);
            }

            @Override
            public Optional<Path> chooseBackupToRestore() {
                return Optional.of(dump);
            }

            @Override
            public boolean confirm(String header, String message) {
                return true;
            }
        });
        robot.interact(window::backup);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(dump)
                && app.viewModel().statusProperty().get().contains(dump.toString()));

        // the dump is engine-neutral: it loads into an H2 store too
        try (Store h2 = Store.open(temp.resolve("h2"))) {
            StoreDump.Counts n = StoreDump.load(dump, h2);
            assertThat(n.documents()).isEqualTo(1);
            assertThat(n.figures()).isEqualTo(figures);
        }

        store.documents().delete(doc); // the team's store is empty again: the dump loads back into it
        robot.interact(window::restore);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> store.documents().count() == 1
                && !app.viewModel().documents().documents().isEmpty());
        assertThat(store.documents().list().get(0).id()).isEqualTo(doc);
        assertThat(store.figures().forDocument(doc)).hasSize(figures);
        assertThat(app.viewModel().statusProperty().get()).contains(dump.getFileName().toString());
    }
}
