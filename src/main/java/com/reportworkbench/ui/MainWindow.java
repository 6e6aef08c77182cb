package com.reportworkbench.ui;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.extract.Figure;
import com.reportworkbench.extract.Kind;
import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.store.TextHit;
import com.reportworkbench.text.TextRange;
import com.reportworkbench.compare.AttainmentRow;
import com.reportworkbench.compare.Comparison;
import com.reportworkbench.ui.attainment.AttainmentView;
import com.reportworkbench.ui.dialogs.AboutDialog;
import com.reportworkbench.ui.dialogs.MetadataDialog;
import com.reportworkbench.ui.dialogs.PreferencesDialog;
import com.reportworkbench.ui.dialogs.Shortcuts;
import com.reportworkbench.ui.documents.DocumentListView;
import com.reportworkbench.ui.importing.ImportResultDialog;
import com.reportworkbench.ui.importing.WelcomeView;
import com.reportworkbench.ui.review.AddFigureDialog;
import com.reportworkbench.ui.review.DocumentTextView;
import com.reportworkbench.ui.review.FigureEditorView;
import com.reportworkbench.ui.review.FigureTableView;
import com.reportworkbench.ui.review.ReviewViewModel;
import com.reportworkbench.ui.search.SearchView;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import com.reportworkbench.store.StoreBackup;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;

/**
 * The main window's content: menus, the three resizable panes (documents | text | figures over the
 * editor), the welcome view of an empty store, and the status bar. Keyboard-first: every action has
 * a key and a menu item.
 */
public final class MainWindow {
    /** What the window asks of the application: theme, language, preferences. */
    public interface AppActions {
        void setDarkTheme(boolean dark);

        void setLanguage(String language);

        void preferencesChanged();

        void quit();

        /** Replaces the open store by a backup: closes it, restores, reopens (see StoreBackup.restore). */
        default void restoreStore(java.nio.file.Path zip) {}
    }

    private final WorkbenchViewModel vm;
    private final UiPreferences prefs;
    private final AppActions app;
    private final BorderPane root = new BorderPane();
    private final DocumentListView documentList;
    private final DocumentTextView textView;
    private final FigureTableView figureTable;
    private final FigureEditorView editorView;
    private final SearchView searchView;
    private final WelcomeView welcome;
    private final TabPane leftTabs = new TabPane();
    private final Tab documentsTab;
    private final Tab searchTab;
    private final SplitPane mainSplit = new SplitPane();
    private final SplitPane rightSplit = new SplitPane();
    private final StatusBar statusBar = new StatusBar();
    private final TabPane viewTabs = new TabPane();
    private final Tab reviewTab;
    private final Tab attainmentTab;
    private AttainmentView attainmentView;
    private final com.reportworkbench.ui.doubt.DoubtController doubt;

    public MainWindow(WorkbenchViewModel vm, UiPreferences prefs, AppActions app) {
        this.vm = vm;
        this.prefs = prefs;
        this.app = app;
        ReviewViewModel review = vm.review();

        documentList = new DocumentListView(vm.documents(), this::openDocument);
        searchView = new SearchView(vm.search(), this::openHit);
        documentsTab = new Tab(tr("tab.documents"), documentList);
        searchTab = new Tab(tr("tab.search"), searchView);
        leftTabs.getTabs().addAll(documentsTab, searchTab);
        leftTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        textView = new DocumentTextView(review);
        textView.setAddFigureAction(this::addFigureFromSelection);
        figureTable = new FigureTableView(review);
        figureTable.setContextMenu(figureContextMenu());
        figureTable.setIndicatorNames(vm.core().indicators().stream().collect(java.util.stream.Collectors.toMap(
                CoreServices.IndicatorChoice::id, CoreServices.IndicatorChoice::name, (a, b) -> a)));
        editorView = new FigureEditorView(vm.editor(), vm.core().indicators());
        welcome = new WelcomeView(vm.importer(), this::importFolder);
        doubt = new com.reportworkbench.ui.doubt.DoubtController(vm, figureTable, documentList);

        rightSplit.setOrientation(Orientation.VERTICAL);
        rightSplit.getItems().addAll(figureTable, editorView);
        mainSplit.getItems().addAll(leftTabs, textView, rightSplit);
        SplitPane.setResizableWithParent(leftTabs, false);
        mainSplit.setDividerPositions(prefs.dividers("main", new double[] {0.34, 0.66}));
        rightSplit.setDividerPositions(prefs.dividers("right", new double[] {0.58}));

        ProgressIndicator opening = new ProgressIndicator();
        Label openingLabel = new Label(tr("status.opening"));
        VBox openingBox = new VBox(12, opening, openingLabel);
        openingBox.setId("openingView");
        openingBox.setAlignment(javafx.geometry.Pos.CENTER);
        openingBox.visibleProperty().bind(vm.storeStateProperty().isEqualTo(WorkbenchViewModel.StoreState.OPENING));
        StackPane welcomePane = new StackPane(welcome);
        welcomePane.getStyleClass().add("welcome-pane");
        welcomePane.visibleProperty().bind(vm.showWelcomeProperty());
        mainSplit.visibleProperty().bind(vm.showWelcomeProperty().not()
                .and(vm.storeStateProperty().isEqualTo(WorkbenchViewModel.StoreState.READY)));
        StackPane center = new StackPane(mainSplit, welcomePane, openingBox);
        reviewTab = new Tab(tr("tab.review"), center);
        reviewTab.setId("reviewTab");
        attainmentTab = new Tab(tr("tab.attainment"));
        attainmentTab.setId("attainmentTab");
        viewTabs.getTabs().addAll(reviewTab, attainmentTab);
        viewTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        viewTabs.getStyleClass().add("view-tabs");
        viewTabs.setId("viewTabs");
        viewTabs.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b == attainmentTab) {
                showAttainment();
            }
        });

        statusBar.setText("");
        statusBar.textProperty().bind(vm.statusProperty());
        Label counts = new Label();
        counts.setId("statusCounts");
        counts.textProperty().bind(Bindings.createStringBinding(() -> tr("status.counts",
                vm.documents().documents().size(), vm.documents().figureCountProperty().get(),
                vm.documents().reviewedCountProperty().get(), review.figures().size(),
                review.figures().stream().filter(FigureRecord::isReviewed).count()),
                vm.documents().documents(), vm.documents().figureCountProperty(),
                vm.documents().reviewedCountProperty(), review.figures()));
        Button cancel = new Button(tr("import.cancel"));
        cancel.setId("cancelImport");
        cancel.visibleProperty().bind(vm.importer().runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.importer().cancel());
        statusBar.getRightItems().addAll(counts, cancel);
        statusBar.progressProperty().bind(Bindings.createDoubleBinding(() -> vm.importer().runningProperty().get()
                ? vm.importer().progressProperty().get() : review.busyProperty().get() ? -1 : 0,
                vm.importer().runningProperty(), vm.importer().progressProperty(), review.busyProperty()));

        root.setTop(menuBar());
        root.setCenter(viewTabs);
        root.setBottom(statusBar);
        root.getStyleClass().add("workbench");

        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        root.setOnDragOver(this::onDragOver);
        root.setOnDragDropped(this::onDragDropped);

        vm.importer().lastSummaryProperty().addListener((o, a, s) -> {
            if (s != null && !s.failures().isEmpty() && root.getScene() != null) {
                ImportResultDialog.create(window(), s).show();
            }
        });
        // errors go to the status bar; no modal dialog per failure, except a save refused for a newer change (#13)
        vm.setErrorHandler(e -> com.reportworkbench.ui.team.ConflictDialog.showIfConflict(window(), e, vm.review()::reload));
        review.documentProperty().addListener((o, a, d) -> {
            if (d != null) {
                documentList.select(d.id());
            }
        });
        vm.documents().documents().addListener((javafx.collections.ListChangeListener<DocumentRecord>) c ->
                review.documentId().ifPresent(documentList::select));
    }

    public com.reportworkbench.ui.doubt.DoubtController doubt() {
        return doubt;
    }

    public BorderPane root() {
        return root;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    // ------------------------------------------------------------------ menus

    private MenuBar menuBar() {
        ReviewViewModel review = vm.review();
        Menu file = new Menu(tr("menu.file"));
        file.getItems().addAll(
                item("menu.file.importFiles", "Ctrl+I", this::importFiles),
                item("menu.file.importFolder", "Ctrl+Shift+I", this::importFolder),
                item("menu.file.importSamples", null, () -> vm.importer().importSamples()),
                item("menu.file.cancelImport", null, () -> vm.importer().cancel()),
                new SeparatorMenuItem(),
                item("menu.file.export", "Ctrl+E", this::export),
                new SeparatorMenuItem(),
                item("menu.file.backup", null, this::backup),
                item("menu.file.restore", null, this::restore),
                new SeparatorMenuItem(),
                item("menu.file.deleteDocument", null, this::deleteDocument),
                new SeparatorMenuItem(),
                item("menu.file.preferences", "Ctrl+Comma", this::preferences),
                item("menu.file.quit", "Ctrl+Q", app::quit));

        Menu edit = new Menu(tr("menu.edit"));
        edit.getItems().addAll(
                item("menu.edit.undo", "Ctrl+Z", review::undo),
                item("menu.edit.redo", "Ctrl+Y", review::redo),
                new SeparatorMenuItem(),
                item("menu.edit.find", "Ctrl+F", this::find),
                item("menu.edit.filter", "Ctrl+L", figureTable::focusFilter),
                item("menu.edit.metadata", "Ctrl+M", this::editMetadata),
                item("menu.edit.bulkMetadata", "Ctrl+Shift+M", () -> documentList.bulkEdit(window(),
                        vm.core().importAvailable(), vm::setStatus, vm.review()::reload)));

        Menu figure = new Menu(tr("menu.figure"));
        figure.getItems().addAll(figureItems());

        Menu view = new Menu(tr("menu.view"));
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem(tr("menu.view.light"));
        RadioMenuItem dark = new RadioMenuItem(tr("menu.view.dark"));
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        (prefs.darkTheme() ? dark : light).setSelected(true);
        light.setOnAction(e -> app.setDarkTheme(false));
        dark.setOnAction(e -> app.setDarkTheme(true));
        ToggleGroup languages = new ToggleGroup();
        RadioMenuItem zh = new RadioMenuItem("中文（简体）");
        RadioMenuItem en = new RadioMenuItem("English");
        zh.setToggleGroup(languages);
        en.setToggleGroup(languages);
        (I18n.locale().getLanguage().equals("en") ? en : zh).setSelected(true);
        zh.setOnAction(e -> app.setLanguage("zh_CN"));
        en.setOnAction(e -> app.setLanguage("en"));
        Menu language = new Menu(tr("menu.view.language"));
        language.getItems().addAll(zh, en);
        view.getItems().addAll(light, dark, new SeparatorMenuItem(), language);
        view.getItems().add(item("menu.view.agreement", null, () -> com.reportworkbench.ui.team.AgreementDialog.show(
                window(), vm.core().store(), vm.executor()))); // a team's double coding (#13)

        view.getItems().addAll(new SeparatorMenuItem(),
                item("menu.view.review", "Ctrl+Shift+R", () -> viewTabs.getSelectionModel().select(reviewTab)),
                item("menu.view.attainment", "Ctrl+Shift+T", () -> viewTabs.getSelectionModel().select(attainmentTab)));

        Menu help = new Menu(tr("menu.help"));
        help.getItems().addAll(
                item("menu.help.shortcuts", "F1", () -> Shortcuts.create(window()).show()),
                item("menu.help.about", null, () -> AboutDialog.create(window(),
                        vm.storeDirectoryProperty().get()).show()));
        MenuBar bar = new MenuBar(file, edit, figure,
                com.reportworkbench.ui.doubt.DoubtMenu.create(doubt, this::window), view, help);
        bar.setId("menuBar");
        return bar;
    }

    private List<MenuItem> figureItems() {
        ReviewViewModel review = vm.review();
        List<MenuItem> items = new ArrayList<>();
        items.add(keyItem("menu.figure.next", "J", () -> figureTable.move(1)));
        items.add(keyItem("menu.figure.previous", "K", () -> figureTable.move(-1)));
        items.add(keyItem("menu.figure.nextUnreviewed", "N", this::nextUnreviewed));
        items.add(new SeparatorMenuItem());
        items.add(keyItem("menu.figure.accept", "Enter", review::accept));
        items.add(keyItem("menu.figure.reject", "Delete", review::reject));
        items.add(item("menu.figure.acceptSection", "Ctrl+Shift+Enter", review::acceptSection));
        items.add(new SeparatorMenuItem());
        items.add(keyItem("menu.figure.target", "T", () -> review.setKind(Kind.TARGET)));
        items.add(keyItem("menu.figure.achievement", "A", () -> review.setKind(Kind.ACHIEVEMENT)));
        items.add(keyItem("menu.figure.other", "O", () -> review.setKind(Kind.OTHER)));
        items.add(item("menu.figure.indicator", null, this::setIndicatorForSelection));
        items.add(item("menu.figure.mapPhrase", null, this::mapPhraseEverywhere));
        items.add(new SeparatorMenuItem());
        items.add(keyItem("menu.figure.edit", "E / F2", () -> editorView.startEditing()));
        items.add(item("menu.figure.revert", null, review::revertToMachine));
        items.add(item("menu.figure.add", "Ctrl+Shift+A", this::addFigureFromSelection));
        return items;
    }

    private ContextMenu figureContextMenu() {
        return new ContextMenu(figureItems().toArray(MenuItem[]::new));
    }

    private static MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(tr(key));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** A single-key action: the key is shown in the label and handled by {@link #onKey}. */
    private static MenuItem keyItem(String key, String keys, Runnable action) {
        MenuItem item = new MenuItem(tr(key) + "\t(" + keys + ")");
        item.setOnAction(e -> action.run());
        return item;
    }

    // ------------------------------------------------------------------ keyboard

    private void onKey(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            if (e.isControlDown() && e.isShiftDown() && e.getCode() == KeyCode.A) {
                addFigureFromSelection();
                e.consume();
            }
            return;
        }
        Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (focus instanceof TextInputControl || focus instanceof ComboBoxBase<?>
                || (focus instanceof ButtonBase && (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE))
                || isInside(focus, leftTabs) || viewTabs.getSelectionModel().getSelectedItem() != reviewTab) {
            return;
        }
        if (handleKey(e.getCode(), e.isShiftDown())) {
            e.consume();
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The single-key shortcuts of the review; true when the key was one of them. */
    public boolean handleKey(KeyCode code, boolean shift) {
        ReviewViewModel review = vm.review();
        switch (code) {
            case J -> figureTable.move(1);
            case K -> figureTable.move(-1);
            case N -> nextUnreviewed();
            case T -> review.setKind(Kind.TARGET);
            case A -> review.setKind(Kind.ACHIEVEMENT);
            case O -> review.setKind(Kind.OTHER);
            case ENTER -> {
                if (shift) {
                    return false;
                }
                review.accept();
            }
            case DELETE, BACK_SPACE -> review.reject();
            case E, F2 -> editorView.startEditing();
            case INSERT -> addFigureFromSelection();
            case DOWN, UP -> {
                if (isInside(root.getScene() == null ? null : root.getScene().getFocusOwner(), figureTable.table())) {
                    return false; // the table moves itself
                }
                figureTable.move(code == KeyCode.DOWN ? 1 : -1);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void nextUnreviewed() {
        if (doubt.next()) {
            return; // doubtful-first mode: the least confident unreviewed figure
        }
        if (!figureTable.nextUnreviewed()) {
            vm.setStatus(tr("status.allReviewed"));
        }
    }

    // ------------------------------------------------------------------ target attainment

    /** The attainment tab: built once, loaded (again) from the store each time it is shown. */
    private void showAttainment() {
        if (attainmentView == null) {
            attainmentView = new AttainmentView(vm.executor(), this::loadAttainment, this::openSource);
            Label hint = new Label(tr("attainment.hint"));
            hint.getStyleClass().add("attainment-hint");
            attainmentView.setBottom(hint);
            attainmentTab.setContent(attainmentView);
        }
        attainmentView.reload();
    }

    /** Store work: the comparison of every document's current figures. */
    private List<AttainmentRow> loadAttainment() {
        if (!vm.core().isAttached()) {
            return List.of();
        }
        return Comparison.run(vm.core().store());
    }

    /** Back to the review with the figure of a target or an achievement selected in its report. */
    public void openSource(AttainmentRow.Source source) {
        viewTabs.getSelectionModel().select(reviewTab);
        leftTabs.getSelectionModel().select(documentsTab);
        vm.review().openFigure(source.documentId(), source.figureId());
    }

    /** Shows the attainment tab (menu item, Ctrl+Shift+T). */
    public void showAttainmentTab() {
        viewTabs.getSelectionModel().select(attainmentTab);
    }

    public AttainmentView attainmentView() {
        return attainmentView;
    }

    // ------------------------------------------------------------------ actions

    private void openDocument(DocumentRecord d) {
        if (vm.review().documentId().map(id -> id == d.id()).orElse(false)) {
            return;
        }
        vm.review().open(d.id());
    }

    private void openHit(TextHit hit) {
        vm.review().openAt(hit.documentId(), new TextRange(hit.start(), hit.end()));
    }

    private void find() {
        leftTabs.getSelectionModel().select(searchTab);
        searchView.focusField();
    }

    public void importFiles() {
        if (!checkImport()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(tr("menu.file.importFiles"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(tr("import.filter.reports"), "*.txt", "*.docx", "*.pdf", "*.html", "*.htm"),
                new FileChooser.ExtensionFilter(tr("import.filter.all"), "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(window());
        if (files != null) {
            vm.importer().importPaths(files.stream().map(File::toPath).toList());
        }
    }

    public void importFolder() {
        if (!checkImport()) {
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(tr("menu.file.importFolder"));
        File dir = chooser.showDialog(window());
        if (dir != null) {
            vm.importer().importPaths(List.of(dir.toPath()));
        }
    }

    private boolean checkImport() {
        if (!vm.importer().isAvailable()) {
            vm.setStatus(tr("import.unavailable"));
            return false;
        }
        return true;
    }

    private void onDragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void onDragDropped(DragEvent e) {
        boolean ok = e.getDragboard().hasFiles();
        if (ok) {
            handleDroppedFiles(e.getDragboard().getFiles());
        }
        e.setDropCompleted(ok);
        e.consume();
    }

    /** Files or folders dropped on the window: imported in the background. */
    public void handleDroppedFiles(List<File> files) {
        if (files == null || files.isEmpty() || !checkImport()) {
            return;
        }
        vm.importer().importPaths(files.stream().map(File::toPath).toList());
    }

    /** The export dialogs; tests answer them without a native file chooser. */
    private java.util.function.BiFunction<Window, Integer, Optional<XlsxExportHook.Request>> exportDialogs =
            XlsxExportHook::ask;

    void setExportDialogs(java.util.function.BiFunction<Window, Integer, Optional<XlsxExportHook.Request>> dialogs) {
        this.exportDialogs = dialogs;
    }

    /** Exports the listed (filtered) documents: asks, then writes the workbook in the background. */
    void export() {
        if (vm.storeStateProperty().get() != WorkbenchViewModel.StoreState.READY) {
            Alert a = new Alert(Alert.AlertType.INFORMATION, tr("export.unavailable"));
            a.initOwner(window());
            a.setHeaderText(tr("menu.file.export"));
            a.show();
            return;
        }
        List<Long> ids = vm.documents().filtered().stream().map(DocumentRecord::id).toList();
        Optional<XlsxExportHook.Request> request = exportDialogs.apply(window(), ids.size());
        if (request.isEmpty()) {
            return;
        }
        vm.setStatus(tr("export.running", request.get().target()));
        vm.executor().executeLong(() -> XlsxExportHook.run(vm.core().store(), request.get(), ids),
                s -> vm.setStatus(tr("export.done", s.figures(), request.get().target())),
                e -> vm.setStatus(tr("export.failed", e.getMessage())));
    }

    /** Where to write a backup, and which backup to restore; tests answer without a native chooser. */
    private java.util.function.Function<Window, Optional<java.nio.file.Path>> backupTarget = w -> chooseZip(w, true);
    private java.util.function.Function<Window, Optional<java.nio.file.Path>> restoreSource = w -> chooseZip(w, false);
    private java.util.function.Predicate<java.nio.file.Path> confirmRestore = this::confirmRestore;

    void setBackupDialogs(java.util.function.Function<Window, Optional<java.nio.file.Path>> target,
            java.util.function.Function<Window, Optional<java.nio.file.Path>> source,
            java.util.function.Predicate<java.nio.file.Path> confirm) {
        this.backupTarget = target;
        this.restoreSource = source;
        this.confirmRestore = confirm;
    }

    /** Writes a consistent backup of the open store (H2 BACKUP TO), in the background. */
    void backup() {
        if (vm.storeStateProperty().get() != WorkbenchViewModel.StoreState.READY) {
            return;
        }
        backupTarget.apply(window()).ifPresent(zip -> {
            vm.setStatus(tr("backup.running", zip));
            vm.executor().executeLong(() -> {
                StoreBackup.backup(vm.core().store(), zip);
                return zip;
            }, z -> vm.setStatus(tr("backup.done", z)), e -> vm.setStatus(tr("backup.failed", e.getMessage())));
        });
    }

    /** Replaces the store by a backup after a confirmation; the replaced store is kept beside it. */
    void restore() {
        if (vm.storeStateProperty().get() != WorkbenchViewModel.StoreState.READY) {
            return;
        }
        restoreSource.apply(window()).filter(confirmRestore).ifPresent(zip -> {
            vm.review().close();
            app.restoreStore(zip);
        });
    }

    private boolean confirmRestore(java.nio.file.Path zip) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, tr("restore.confirm", zip.getFileName()));
        a.initOwner(window());
        a.setHeaderText(tr("menu.file.restore"));
        return a.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).isPresent();
    }

    private static Optional<java.nio.file.Path> chooseZip(Window owner, boolean save) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("ZIP", "*.zip"));
        if (save) {
            chooser.setInitialFileName("report-workbench-backup-" + java.time.LocalDate.now() + ".zip");
        }
        java.io.File f = save ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
        return Optional.ofNullable(f).map(java.io.File::toPath);
    }

    private void deleteDocument() {
        DocumentRecord d = vm.review().documentProperty().get();
        if (d == null) {
            return;
        }
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, tr("documents.delete.confirm", d.fileName()));
        a.initOwner(window());
        a.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK).ifPresent(b -> {
            vm.review().close();
            vm.documents().delete(d, () -> { });
        });
    }

    private void preferences() {
        String language = prefs.language();
        if (PreferencesDialog.show(window(), prefs)) {
            app.preferencesChanged();
            if (!language.equals(prefs.language())) {
                app.setLanguage(prefs.language());
            }
        }
    }

    private void editMetadata() {
        DocumentRecord d = vm.review().documentProperty().get();
        if (d == null) {
            return;
        }
        vm.review().loadEvidence(evidence -> MetadataDialog.show(window(), d, evidence, vm.core().importAvailable())
                .ifPresent(r -> vm.review().saveMetadata(r.metadata(), r.regionCode(), r.reextract())));
    }

    private void addFigureFromSelection() {
        Optional<TextRange> range = textView.selectedRange();
        DocumentRecord d = vm.review().documentProperty().get();
        if (range.isEmpty() || d == null) {
            vm.setStatus(tr("add.noSelection"));
            return;
        }
        Figure start = prefillFigure(range.get());
        AddFigureDialog.show(window(), vm.core(), start).ifPresent(vm.review()::addFigure);
    }

    /** The figure "add figure" starts from for a selection (what the dialog is prefilled with). */
    public Figure prefillFigure(TextRange range) {
        DocumentRecord d = vm.review().documentProperty().get();
        return AddFigureDialog.prefill(vm.core(), vm.review().originalText(), range, vm.review().topHeadings(),
                d == null ? null : d.year());
    }

    private void setIndicatorForSelection() {
        if (vm.review().selection().isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>(vm.core().indicators().stream().map(CoreServices.IndicatorChoice::id).toList());
        ids.add(0, "");
        ChoiceDialog<String> dialog = new ChoiceDialog<>(ids.get(0), ids);
        dialog.initOwner(window());
        dialog.setTitle(tr("menu.figure.indicator"));
        dialog.setHeaderText(tr("bulk.indicator.header", vm.review().selection().size()));
        dialog.showAndWait().ifPresent(vm.review()::setIndicator);
    }

    /** The current figure's phrase → its indicator, for every identical phrase in the corpus. */
    private void mapPhraseEverywhere() {
        FigureRecord f = vm.review().currentProperty().get();
        if (f == null || f.current().indicatorText() == null || f.current().indicator() == null) {
            vm.setStatus(tr("phrase.needs"));
            return;
        }
        String phrase = f.current().indicatorText();
        String indicator = f.current().indicator();
        vm.review().countPhrase(phrase, indicator, n -> {
            Alert a = new Alert(Alert.AlertType.CONFIRMATION);
            a.initOwner(window());
            a.setTitle(tr("menu.figure.mapPhrase"));
            a.setHeaderText(tr("phrase.header", phrase, indicator));
            CheckBox remember = new CheckBox(tr("phrase.remember"));
            remember.setSelected(true);
            a.getDialogPane().setContent(new VBox(8, new Label(tr("phrase.count", n)), remember));
            a.showAndWait().filter(b -> b == javafx.scene.control.ButtonType.OK)
                    .ifPresent(b -> vm.review().applyPhraseEverywhere(phrase, indicator, remember.isSelected()));
        });
    }

    // ------------------------------------------------------------------ layout memory

    public void saveLayout() {
        prefs.setDividers("main", mainSplit.getDividerPositions());
        prefs.setDividers("right", rightSplit.getDividerPositions());
        prefs.flush();
    }

    public void restoreLayout() {
        mainSplit.setDividerPositions(prefs.dividers("main", new double[] {0.34, 0.66}));
        rightSplit.setDividerPositions(prefs.dividers("right", new double[] {0.58}));
    }

    // ------------------------------------------------------------------ for tests and the app

    public DocumentTextView textView() {
        return textView;
    }

    public FigureTableView figureTable() {
        return figureTable;
    }

    public DocumentListView documentList() {
        return documentList;
    }

    public WelcomeView welcome() {
        return welcome;
    }

    public FigureEditorView editorView() {
        return editorView;
    }

    public static void install(Scene scene, UiPreferences prefs) {
        Styling.style(scene, prefs);
    }

}
