package com.reportworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.importer.CancellationFlag;
import com.reportworkbench.importer.ImportListener;
import com.reportworkbench.importer.ImportService;
import com.reportworkbench.store.DocumentRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the longest provincial report of the repository's own corpus (src/test/resources/provinces-2026,
 * the held-out reports excluded) with the real executor and prints how long open → highlights applied
 * takes. Prints, does not assert the time.
 */
@ExtendWith(ApplicationExtension.class)
class UiOpenTimingTest {
    static final Path CORPUS = Path.of("src/test/resources/provinces-2026");
    /** Held out from rule writing and tests (see the developers' guide). */
    static final java.util.Set<String> HELD_OUT = java.util.Set.of("2026_hebei.txt", "2026_xizang.txt", "2026_henan.txt");

    /** The longest provincial report of the repository that is not held out. */
    static Path longestProvincialReport() throws java.io.IOException {
        try (Stream<Path> s = Files.list(CORPUS)) {
            return s.filter(p -> p.toString().endsWith(".txt") && !HELD_OUT.contains(p.getFileName().toString()))
                    .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
    }
    UiFixture fx;
    Path longest;

    @Start
    void start(Stage stage) throws Exception {
        longest = longestProvincialReport();
        fx = new UiFixture(stage, DefaultCoreServices::new, store ->
                new ImportService(store).importAll(List.of(longest), ImportListener.NONE, new CancellationFlag()));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void openingTheLongestProvincialReportHighlightsEveryFigure(FxRobot robot) throws Exception {
        DocumentRecord d = fx.store.documents().list().get(0);
        // the real executor: loading and highlighting off the FX thread, as in the application
        var vm = new WorkbenchViewModel(new FxTaskExecutor());
        robot.interact(() -> vm.attach(fx.vm.core()));
        var view = new com.reportworkbench.ui.review.DocumentTextView(vm.review());
        robot.interact(() -> fx.stage.getScene().setRoot(new javafx.scene.layout.StackPane(view)));
        long[] appliedAt = new long[1];
        robot.interact(() -> vm.review().highlightsProperty().addListener((o, a, b) -> {
            if (b != null) {
                appliedAt[0] = System.nanoTime();
            }
        }));
        long t0 = System.nanoTime();
        robot.interact(() -> vm.review().open(d.id()));
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> appliedAt[0] != 0);
        WaitForAsyncUtils.waitForFxEvents();
        long total = (appliedAt[0] - t0) / 1_000_000;
        System.out.println("open_ms=" + total + " (background load+spans " + vm.review().lastLoadMillis()
                + " ms) chars=" + d.charCount() + " figures=" + d.figureCount() + " file=" + longest.getFileName());
        assertThat(view.highlightCount()).isEqualTo(fx.store.figures().forDocument(d.id()).size());
    }

}
