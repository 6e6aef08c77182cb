package com.reportworkbench.ui;

import com.reportworkbench.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import java.util.prefs.Preferences;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** A window over a temporary store, with a same-thread executor: every action completes at once. */
final class UiFixture {
    final Path dir;
    Store store;
    final WorkbenchViewModel vm;
    final MainWindow window;
    final Stage stage;
    final UiPreferences prefs;

    UiFixture(Stage stage, Function<Store, CoreServices> core, java.util.function.Consumer<Store> fill) throws IOException {
        this(stage, core, fill, f -> { });
    }

    /** {@code beforeAttach} sees the window before the store is attached (first-start policy etc.). */
    UiFixture(Stage stage, Function<Store, CoreServices> core, java.util.function.Consumer<Store> fill,
            java.util.function.Consumer<UiFixture> beforeAttach) throws IOException {
        this(stage, core, fill, beforeAttach, Locale.SIMPLIFIED_CHINESE);
    }

    UiFixture(Stage stage, Function<Store, CoreServices> core, java.util.function.Consumer<Store> fill,
            java.util.function.Consumer<UiFixture> beforeAttach, Locale locale) throws IOException {
        this.stage = stage;
        dir = Files.createTempDirectory("rw-ui-test");
        store = Store.open(dir);
        fill.accept(store);
        I18n.use(locale);
        prefs = new UiPreferences(Preferences.userRoot().node("com/reportworkbench/ui-test"));
        Styling.applyTheme(false);
        vm = new WorkbenchViewModel(new SameThreadTaskExecutor());
        window = new MainWindow(vm, prefs, new MainWindow.AppActions() {
            @Override
            public void setDarkTheme(boolean dark) {}

            @Override
            public void setLanguage(String language) {}

            @Override
            public void preferencesChanged() {}

            @Override
            public void quit() {}
        });
        Scene scene = new Scene(window.root(), 1200, 760);
        Styling.style(scene, prefs);
        stage.setScene(scene);
        stage.show();
        beforeAttach.accept(this);
        vm.attach(core.apply(store));
    }

    /** Closes and opens the store again: what a restart of the program would see. */
    Store reopen() {
        store.close();
        store = Store.open(dir);
        return store;
    }

    void close() {
        store.close();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // temp files: best effort
        }
    }
}
