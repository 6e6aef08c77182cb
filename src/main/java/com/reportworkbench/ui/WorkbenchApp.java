package com.reportworkbench.ui;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.store.Store;
import com.reportworkbench.store.StoreBackup;
import com.reportworkbench.store.StoreLocation;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desktop application. The window is shown first; the store (H2 + migrations), the document
 * list and the extractor's dictionaries are loaded afterwards in the background.
 */
public class WorkbenchApp extends Application implements MainWindow.AppActions {
    private final UiPreferences prefs;
    private TaskExecutor executor;
    private WorkbenchViewModel vm;
    private MainWindow window;
    private Stage stage;
    private Scene scene;
    private volatile Store store;
    private com.reportworkbench.ui.team.StorePolling polling;

    public WorkbenchApp() {
        this(UiPreferences.user());
    }

    /** With other preferences than the user's (tests). */
    WorkbenchApp(UiPreferences prefs) {
        this.prefs = prefs;
    }

    /** Options of the command line that concern the window. */
    record Options(String db, boolean measureStartup, boolean exitAfterStartup) {
        static Options parse(List<String> args) {
            String db = null; // a folder, or a PostgreSQL URL (a team's shared store)
            boolean measure = false;
            boolean exit = false;
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (a.equals("--db") && i + 1 < args.size()) {
                    db = args.get(++i);
                } else if (a.startsWith("--db=")) {
                    db = a.substring(5);
                } else if (a.equals("--measure-startup")) {
                    measure = true;
                } else if (a.equals("--exit-after-startup")) {
                    exit = true;
                }
            }
            return new Options(db, measure, exit);
        }
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        Options options = Options.parse(getParameters() == null ? List.of() : getParameters().getRaw());
        I18n.use(I18n.resolve(prefs.language()));
        Styling.applyTheme(prefs.darkTheme());
        executor = new FxTaskExecutor();
        vm = new WorkbenchViewModel(executor);
        vm.setFirstStart(prefs::samplesOfferedOnce, this::markSamplesOffered);
        window = new MainWindow(vm, prefs, this);
        // 1440×900, or less on a smaller screen (a window larger than the screen is clipped)
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(window.root(), Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight() - 40));
        Styling.style(scene, prefs);
        stage.setTitle(tr("app.title"));
        stage.setScene(scene);
        stage.setOnHiding(e -> window.saveLayout()); // also flushes the remembered report and figure
        stage.setOnShown(e -> Platform.runLater(() -> {
            window.restoreLayout();
            if (options.measureStartup()) {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("startup_ms=" + ms);
                System.out.flush();
                if (options.exitAfterStartup()) {
                    Platform.exit();
                    return;
                }
            }
            openStore(options.db());
        }));
        stage.show();
    }

    private void openStore(String db) {
        String where = db != null ? db
                : !prefs.storeDirectory().isBlank() ? prefs.storeDirectory() : StoreLocation.defaultDirectory().toString();
        executor.executeLong(() -> {
            Store s = Store.open(where).signAs(prefs.analyst()); // an H2 folder, or postgresql://USER@HOST:PORT/DBNAME
            store = s;
            return CoreFactory.create(s);
        }, services -> {
            vm.attach(services);
            polling = com.reportworkbench.ui.team.StorePolling.start(services.store(), () -> vm); // other analysts' changes
            executor.executeLong(() -> {
                services.warmUp();
                return null;
            }, x -> { }, e -> { });
        }, vm::storeFailed);
    }

    private void markSamplesOffered() {
        prefs.setSamplesOfferedOnce(true);
        prefs.flush();
    }

    @Override
    public void setDarkTheme(boolean dark) {
        prefs.setDarkTheme(dark);
        prefs.flush();
        Styling.applyTheme(dark);
    }

    @Override
    public void setLanguage(String language) {
        prefs.setLanguage(language);
        prefs.flush();
        I18n.use(I18n.resolve(language));
        rebuild();
    }

    @Override
    public void preferencesChanged() {
        if (store != null) {
            store.signAs(prefs.analyst());
        }
        Styling.applyTheme(prefs.darkTheme());
        Styling.style(scene, prefs);
    }

    /** A new scene root in the current language: new views and ViewModels over the same core. */
    private void rebuild() {
        window.saveLayout();
        WorkbenchViewModel old = vm;
        vm = new WorkbenchViewModel(executor);
        // a first-start import still running in the old ViewModel must not be started twice
        boolean importing = old.importer().firstStartProperty().get();
        vm.setFirstStart(() -> importing || prefs.samplesOfferedOnce(), this::markSamplesOffered);
        window = new MainWindow(vm, prefs, this);
        scene.setRoot(window.root());
        stage.setTitle(tr("app.title"));
        if (old.core().isAttached()) {
            vm.attach(old.core()); // the new window reopens the remembered report and figure
        }
        Platform.runLater(window::restoreLayout);
    }

    /**
     * Restores a backup into the open store's folder on the serial store thread (no store work can run
     * in between): close, restore (which keeps the old file aside and puts it back on failure), reopen,
     * and show the store in new ViewModels.
     */
    @Override
    public void restoreStore(Path zip) {
        Store old = store;
        if (old == null) {
            return;
        }
        if (com.reportworkbench.store.StoreDump.isDump(zip)) { // engine-neutral (#13): into this store, if empty
            vm.setStatus(tr("restore.running", zip.getFileName()));
            executor.execute(() -> com.reportworkbench.store.StoreDump.load(zip, old), counts -> {
                vm.setStatus(tr("restore.dumpDone", zip.getFileName(), counts.documents(), counts.figures()));
                vm.documents().refresh();
            }, e -> vm.setStatus(tr("restore.failed", e.getMessage())));
            return;
        }
        if (old.isPostgres()) { // a zip is an H2 store: a team's store restores from an engine-neutral dump
            vm.setStatus(tr("restore.failed", tr("restore.needsDump")));
            return;
        }
        Path dir = old.directory();
        vm.setStatus(tr("restore.running", zip.getFileName()));
        executor.execute(() -> {
            old.close();
            String failure = null;
            try {
                StoreBackup.restore(zip, dir);
            } catch (RuntimeException e) {
                failure = e.getMessage();
            }
            Store reopened = Store.open(dir);
            store = reopened;
            return new Restored(CoreFactory.create(reopened), failure);
        }, restored -> {
            showStore(restored.services());
            vm.setStatus(restored.failure() == null ? tr("restore.done", zip.getFileName())
                    : tr("restore.failed", restored.failure()));
        }, vm::storeFailed);
    }

    private record Restored(CoreServices services, String failure) {}

    /** New ViewModels and views over another store (after a restore). */
    private void showStore(CoreServices services) {
        window.saveLayout();
        vm = new WorkbenchViewModel(executor);
        vm.setFirstStart(() -> true, this::markSamplesOffered); // a restored store is never a first start
        window = new MainWindow(vm, prefs, this);
        scene.setRoot(window.root());
        vm.attach(services);
        executor.executeLong(() -> {
            services.warmUp();
            return null;
        }, x -> { }, e -> { });
        Platform.runLater(window::restoreLayout);
    }

    @Override
    public void openFolder(Path folder) {
        getHostServices().showDocument(folder.toUri().toString());
    }

    @Override
    public void quit() {
        stage.close();
    }

    @Override
    public void stop() {
        if (polling != null) {
            polling.close();
        }
        Store s = store;
        if (executor != null && s != null) {
            // pending store work ends first (serial thread): closing the pool under a statement fails it
            executor.execute(() -> {
                s.close();
                return null;
            }, x -> { }, e -> { });
        }
        if (executor != null) {
            executor.shutdown();
        }
    }

    /** The current window (it is rebuilt when the language changes); for tests. */
    MainWindow window() {
        return window;
    }

    WorkbenchViewModel viewModel() {
        return vm;
    }

    public static void main(String[] args) {
        launch(WorkbenchApp.class, args);
    }
}
