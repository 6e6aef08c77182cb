package com.reportworkbench.ui.attainment;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.compare.AttainmentRow;
import com.reportworkbench.compare.CompareFixture;
import com.reportworkbench.compare.Comparison;
import com.reportworkbench.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The view headless (TestFX, Monocle): loads off the FX thread, filters, charts and jumps. */
@ExtendWith(ApplicationExtension.class)
class AttainmentViewTest {
    private static Path dir;
    private static List<AttainmentRow> rows;

    private final AtomicReference<Thread> loaderThread = new AtomicReference<>();
    private final List<AttainmentRow.Source> jumps = new CopyOnWriteArrayList<>();
    private AttainmentView view;

    @BeforeAll
    static void store() throws IOException {
        dir = Files.createTempDirectory("rw-attainment-view");
        try (Store store = Store.open(dir)) {
            CompareFixture.build(store);
            rows = Comparison.run(store);
        }
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Start
    void start(Stage stage) {
        // the workbench's theme: the view's colours are AtlantaFX theme variables
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        view = new AttainmentView(() -> {
            loaderThread.set(Thread.currentThread());
            return rows;
        }, jumps::add);
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(30, TimeUnit.SECONDS);
    }

    @Test
    void loadsInTheBackgroundFiltersChartsAndJumps() throws Exception {
        Task<List<AttainmentRow>> task = onFx(view::reload);
        task.get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(loaderThread.get()).isNotNull();
        assertThat(loaderThread.get().getName()).isNotEqualTo("JavaFX Application Thread");
        assertThat(onFx(view::visibleRows)).hasSize(rows.size());

        List<AttainmentRow> gdp = onFx(() -> {
            view.filter(CompareFixture.REGION, "gdp");
            return view.visibleRows();
        });
        assertThat(gdp).extracting(AttainmentRow::year).containsExactlyInAnyOrder(2022, 2023, 2024);
        // the target series holds 2023 and 2024, the actual series 2022 and 2023
        assertThat(onFx(() -> view.chart().getData().get(0).getData()).stream().map(d -> d.getXValue()))
                .containsExactly("2023", "2024");
        assertThat(onFx(() -> view.chart().getData().get(1).getData()).stream().map(d -> d.getXValue()))
                .containsExactly("2022", "2023");

        onFx(() -> {
            view.table().getSelectionModel().select(0);
            view.table().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false,
                    false));
            return null;
        });
        assertThat(jumps).hasSize(1);
        assertThat(jumps.get(0).documentId()).isPositive();
    }
}
