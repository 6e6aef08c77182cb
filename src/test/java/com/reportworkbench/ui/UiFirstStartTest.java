package com.reportworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.importer.CancellationFlag;
import com.reportworkbench.importer.ImportListener;
import com.reportworkbench.importer.ImportOutcome;
import com.reportworkbench.importer.ImportSummary;
import com.reportworkbench.importer.SampleReports;
import com.reportworkbench.store.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The very first start imports the bundled samples into an empty store by itself and remembers that it
 * did; later an empty store shows the welcome view with its buttons. A test-only preferences node, never
 * the user's.
 */
@ExtendWith(ApplicationExtension.class)
class UiFirstStartTest {
    static final String NODE = "com/reportworkbench/ui-test-first-start";

    UiFixture fx;
    UiPreferences prefs;
    /** What the window showed while the first file was being imported. */
    final List<String> seenDuringImport = new ArrayList<>();

    /** The real core, noting what the welcome view shows at each progress callback. */
    final class WatchingCore extends DefaultCoreServices {
        WatchingCore(Store store) {
            super(store);
        }

        @Override
        public ImportSummary importAll(List<Path> roots, ImportListener listener, CancellationFlag cancel) {
            return super.importAll(roots, new ImportListener() {
                @Override
                public void started(int total) {
                    listener.started(total);
                }

                @Override
                public void fileDone(int done, int total, ImportOutcome outcome) {
                    listener.fileDone(done, total, outcome);
                    if (done == 1) {
                        Node welcome = fx.window.welcome();
                        Node explanation = welcome.lookup("#welcomeFirstStart");
                        seenDuringImport.add("welcome=" + welcome.getParent().isVisible()
                                + " explained=" + explanation.isVisible()
                                + " running=" + fx.vm.importer().runningProperty().get()
                                + " samplesDisabled=" + fx.window.welcome().samplesButton().isDisabled());
                    }
                }
            }, cancel);
        }
    }

    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Preferences node = Preferences.userRoot().node(NODE);
        node.clear();
        prefs = new UiPreferences(node);
    }

    @AfterEach
    void tearDown() throws BackingStoreException {
        if (fx != null) {
            fx.close();
        }
        Preferences.userRoot().node(NODE).removeNode();
    }

    @Test
    void theVeryFirstStartImportsTheSamplesExplainsItAndRemembersIt(FxRobot robot) throws Exception {
        assertThat(prefs.samplesOfferedOnce()).isFalse();
        WorkbenchViewModel vm = startWindow(robot, s -> { });
        WaitForAsyncUtils.waitForFxEvents();
        int samples = SampleReports.names().size();
        assertThat(fx.store.documents().count()).isEqualTo(samples);
        assertThat(seenDuringImport).containsExactly("welcome=true explained=true running=true samplesDisabled=true");
        assertThat(prefs.samplesOfferedOnce()).isTrue();
        assertThat(vm.showWelcomeProperty().get()).isFalse();
        assertThat(fx.window.documentList().table().getItems()).hasSize(samples);
        assertThat(vm.importer().firstStartProperty().get()).isFalse();
    }

    @Test
    void afterTheFirstStartAnEmptyStoreShowsTheWelcomeViewAndImportsNothing(FxRobot robot) throws Exception {
        prefs.setSamplesOfferedOnce(true);
        WorkbenchViewModel vm = startWindow(robot, s -> { });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.store.documents().count()).isZero();
        assertThat(seenDuringImport).isEmpty();
        assertThat(vm.showWelcomeProperty().get()).isTrue();
        assertThat(robot.lookup("#welcomeView").query().getParent().isVisible()).isTrue();
        assertThat(robot.lookup("#welcomeSamples").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#welcomeFolder").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#welcomeFirstStart").query().isVisible()).isFalse();
        // the button still imports them on demand
        robot.clickOn("#welcomeSamples");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.store.documents().count()).isEqualTo(SampleReports.names().size());
    }

    @Test
    void aStoreThatHasDocumentsIsLeftAloneAndTheFlagIsSet(FxRobot robot) throws Exception {
        startWindow(robot, s -> UiTestData.insertSeeds(s, "000_b12ad143352142ad.txt"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.store.documents().count()).isEqualTo(1);
        assertThat(seenDuringImport).isEmpty();
        assertThat(prefs.samplesOfferedOnce()).isTrue();
    }

    /** The window starts over a store (filled by {@code fill}) with the first-start policy of the test node. */
    private WorkbenchViewModel startWindow(FxRobot robot, java.util.function.Consumer<Store> fill) {
        robot.interact(() -> {
            try {
                new UiFixture(stage, WatchingCore::new, fill, f -> {
                    fx = f;
                    f.vm.setFirstStart(prefs::samplesOfferedOnce, () -> {
                        prefs.setSamplesOfferedOnce(true);
                        prefs.flush();
                    });
                });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return fx.vm;
    }
}
