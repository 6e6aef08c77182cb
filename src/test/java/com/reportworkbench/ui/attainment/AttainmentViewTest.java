package com.reportworkbench.ui.attainment;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.compare.AttainmentRow;
import com.reportworkbench.compare.CompareFixture;
import com.reportworkbench.compare.Comparison;
import com.reportworkbench.store.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view headless (Monocle): loads off the FX thread, filters, charts and jumps. */
class AttainmentViewTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyStarted) {
            started.complete(null);
        }
        started.get(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        // the workbench's theme: the view's colours are AtlantaFX theme variables
        onFx(() -> {
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight()
                    .getUserAgentStylesheet());
            return null;
        });
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
        List<AttainmentRow> rows;
        try (Store store = Store.open(dir)) {
            CompareFixture.build(store);
            rows = Comparison.run(store);
        }
        AtomicReference<Thread> loaderThread = new AtomicReference<>();
        List<AttainmentRow.Source> jumps = new ArrayList<>();
        AttainmentView view = onFx(() -> new AttainmentView(() -> {
            loaderThread.set(Thread.currentThread());
            return rows;
        }, jumps::add));
        Task<List<AttainmentRow>> task = onFx(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 900, 600));
            stage.show();
            return view.reload();
        });
        task.get(30, TimeUnit.SECONDS);
        onFx(() -> null); // let the succeeded handler run
        assertThat(loaderThread.get()).isNotNull();
        assertThat(loaderThread.get().getName()).isNotEqualTo("JavaFX Application Thread");
        assertThat(onFx(view::visibleRows)).hasSize(rows.size());

        List<AttainmentRow> gdp = onFx(() -> {
            view.filter(CompareFixture.REGION, "gdp");
            return view.visibleRows();
        });
        assertThat(gdp).extracting(AttainmentRow::year).containsExactlyInAnyOrder(2022, 2023, 2024);
        int points = onFx(() -> view.chart().getData().stream().mapToInt(s -> s.getData().size()).sum());
        assertThat(points).isEqualTo(4);
        // the target series holds 2023 and 2024, the actual series 2022 and 2023
        assertThat(onFx(() -> view.chart().getData().get(0).getData()).stream().map(d -> d.getXValue()))
                .containsExactly("2023", "2024");
        assertThat(onFx(() -> view.chart().getData().get(1).getData()).stream().map(d -> d.getXValue()))
                .containsExactly("2022", "2023");

        onFx(() -> {
            view.table().getSelectionModel().select(0);
            view.table().fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                    javafx.scene.input.KeyCode.ENTER, false, false, false, false));
            return null;
        });
        assertThat(jumps).hasSize(1);
        assertThat(jumps.get(0).documentId()).isPositive();
    }
}
