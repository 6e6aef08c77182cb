package com.reportworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.extract.Kind;
import com.reportworkbench.importer.CancellationFlag;
import com.reportworkbench.importer.ImportListener;
import com.reportworkbench.importer.ImportService;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.store.Store;
import com.reportworkbench.text.TextRange;
import com.reportworkbench.ui.review.Headings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The review loop, measured: the whole longest provincial report reviewed with keys only in the real
 * application (its background executor, its store), keystrokes per figure and keystroke → repaint latency
 * printed. Not part of the unit suite (surefire excludes *Benchmark); run it with
 * {@code mvn test -Dtest=ReviewLoopBenchmark} (add -Preal-window under xvfb-run for the GTK window).
 *
 * <p>The scripted analyst: a figure whose kind disagrees with its top-level section (回顾/过去 →
 * achievement, 目标/任务/安排 → target) is corrected with T/A/O, then N goes on; every other figure is
 * accepted with Enter, which also goes on. Latency: from just before the key is sent to the end of the
 * first layout pulse (the repaint follows in the same pulse) at which the window shows the key's effect.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewLoopBenchmark {
    static final String NODE = "com/reportworkbench/ui-bench-review";
    Stage stage;
    RealApp real;
    Path report;
    String text;

    @Start
    void start(Stage primary) {
        this.stage = primary;
    }

    @BeforeEach
    void store() throws Exception {
        real = new RealApp(NODE, stage);
        report = UiOpenTimingTest.longestProvincialReport();
        text = Files.readString(report);
        try (Store s = Store.open(real.storeDir)) {
            new ImportService(s).importAll(List.of(report), ImportListener.NONE, new CancellationFlag());
        }
    }

    @AfterEach
    void tearDown(FxRobot robot) throws Exception {
        real.dispose(robot);
    }

    /** The kind the report's structure says: the section's heading. OTHER when it says nothing. */
    private Kind sectionKind(List<TextRange> top, int offset) {
        String heading = null;
        for (TextRange h : top) {
            if (h.start() <= offset) {
                heading = text.substring(h.start(), h.end());
            }
        }
        if (heading == null) {
            return null;
        }
        if (heading.matches(".*(安排|目标|任务|建议|要求).*")) {
            return Kind.TARGET;
        }
        if (heading.matches(".*(回顾|过去).*")) {
            return Kind.ACHIEVEMENT;
        }
        return null;
    }

    private final List<Double> latencies = new ArrayList<>();
    private volatile BooleanSupplier pending;
    private volatile long shownAt;

    /** Sends one key and waits until a pulse has laid out its effect; records the latency. */
    private void key(FxRobot robot, KeyCode code, BooleanSupplier effect) throws Exception {
        shownAt = 0;
        pending = effect;
        long t0 = System.nanoTime();
        robot.type(code);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shownAt != 0);
        latencies.add((shownAt - t0) / 1e6);
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    @Test
    void reviewTheLongestProvincialReportWithKeysOnly(FxRobot robot) throws Exception {
        real.start(robot);
        WorkbenchApp app = real.app();
        robot.interact(() -> stage.getScene().addPostLayoutPulseListener(() -> {
            BooleanSupplier p = pending;
            if (p != null && shownAt == 0 && p.getAsBoolean()) {
                shownAt = System.nanoTime();
                pending = null;
            }
        }));
        robot.interact(() -> {
            stage.requestFocus();
            app.window().documentList().table().requestFocus();
            app.window().documentList().table().getFocusModel().focus(0);
        });
        robot.type(KeyCode.ENTER); // opens the report, focus on its figures
        TableView<FigureRecord> table = app.window().figureTable().table();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        List<TextRange> top = Headings.topLevel(text);
        int figures = table.getItems().size();
        key(robot, KeyCode.J, () -> table.getSelectionModel().getSelectedIndex() == 0);

        int keys = 1;
        int correct = 0;
        int corrected = 0;
        int correctKeys = 0;
        int correctedKeys = 0;
        long started = System.nanoTime();
        while (true) {
            FigureRecord f = table.getSelectionModel().getSelectedItem();
            if (f == null || f.isReviewed()) {
                break;
            }
            long id = f.id();
            Kind wanted = sectionKind(top, f.current().start());
            Long next = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> app.window().figureTable()
                    .nextUnreviewedAfterSelection().map(FigureRecord::id).orElse(null)));
            BooleanSupplier movedOn = () -> next == null
                    ? table.getItems().stream().anyMatch(r -> r.id() == id && r.isReviewed())
                    : table.getSelectionModel().getSelectedItem() != null
                            && table.getSelectionModel().getSelectedItem().id() == next;
            if (wanted == null || wanted == f.current().kind()) {
                key(robot, KeyCode.ENTER, movedOn);
                correct++;
                correctKeys += 1;
                keys += 1;
            } else {
                KeyCode k = wanted == Kind.TARGET ? KeyCode.T : wanted == Kind.ACHIEVEMENT ? KeyCode.A : KeyCode.O;
                key(robot, k, () -> table.getItems().stream().anyMatch(r -> r.id() == id
                        && r.current().kind() == wanted && r.isReviewed()));
                key(robot, KeyCode.N, movedOn);
                corrected++;
                correctedKeys += 2;
                keys += 2;
            }
            if (next == null) {
                break;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<FigureRecord> stored = real.app().viewModel().review().figures();
        long reviewed = stored.stream().filter(FigureRecord::isReviewed).count();
        System.out.printf(Locale.ROOT, "review_loop report=%s chars=%d figures=%d reviewed=%d keystrokes=%d%n",
                report.getFileName(), text.length(), figures, reviewed, keys);
        System.out.printf(Locale.ROOT, "review_loop keys_per_figure=%.2f correct=%d keys_per_correct=%.2f "
                        + "kind_corrected=%d keys_per_kind_correction=%.2f%n",
                keys / (double) figures, correct, correctKeys / (double) Math.max(1, correct), corrected,
                correctedKeys / (double) Math.max(1, corrected));
        System.out.printf(Locale.ROOT, "review_loop latency_ms median=%.1f p95=%.1f max=%.1f n=%d wall_s=%.1f ui=%s%n",
                percentile(latencies, 0.5), percentile(latencies, 0.95), percentile(latencies, 1.0),
                latencies.size(), seconds, System.getProperty("reportworkbench.ui.tests", "?"));
        assertThat(reviewed).isEqualTo(figures);
    }
}
