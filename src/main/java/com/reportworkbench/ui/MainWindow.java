package com.reportworkbench.ui;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.compare.AttainmentRow;
import com.reportworkbench.extract.Figure;
import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.store.TextHit;
import com.reportworkbench.text.TextRange;
import com.reportworkbench.ui.attainment.AttainmentView;
import com.reportworkbench.ui.attainment.AttainmentViewModel;
import com.reportworkbench.ui.dialogs.DialogService;
import com.reportworkbench.ui.dialogs.FxDialogService;
import com.reportworkbench.ui.documents.DocumentListView;
import com.reportworkbench.ui.importing.WelcomeView;
import com.reportworkbench.ui.review.DocumentTextView;
import com.reportworkbench.ui.review.FigureEditorView;
import com.reportworkbench.ui.review.FigureTableView;
import com.reportworkbench.ui.review.ReviewViewModel;
import com.reportworkbench.ui.search.SearchView;
import java.io.File;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;

/**
 * The main window's layout: the three resizable panes (documents | text | figures over the editor), the
 * welcome view of an empty store, the error notice and the status bar. Its areas live beside it: the
 * menus in {@link MainMenus}, the review's keys and actions in {@link ReviewActions}, import, export and
 * backup in {@link TransferActions}; every dialog goes through one {@link DialogService}.
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

        /** Opens a folder in the desktop's file manager (Help → Open log folder). */
        default void openFolder(java.nio.file.Path folder) {}
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
    private final com.reportworkbench.ui.errors.ErrorNotice errorNotice = new com.reportworkbench.ui.errors.ErrorNotice();
    private final TabPane viewTabs = new TabPane();
    private final Tab reviewTab;
    private final Tab attainmentTab;
    private AttainmentView attainmentView;
    private final ReviewActions reviewActions;
    private final TransferActions transferActions;
    private DialogService dialogs;
    private final com.reportworkbench.ui.doubt.DoubtController doubt;

    public MainWindow(WorkbenchViewModel vm, UiPreferences prefs, AppActions app) {
        this.vm = vm;
        this.prefs = prefs;
        this.app = app;
        ReviewViewModel review = vm.review();

        documentList = new DocumentListView(vm.documents(), this::openDocument);
        dialogs = new FxDialogService(this::window);
        searchView = new SearchView(vm.search(), this::openHit, hit -> vm.documents().documents().stream()
                .filter(d -> d.id() == hit.documentId()).findFirst()
                .map(com.reportworkbench.ui.documents.DocumentNames::shortName).orElse(hit.fileName()));
        documentsTab = new Tab(tr("tab.documents"), documentList);
        searchTab = new Tab(tr("tab.search"), searchView);
        leftTabs.getTabs().addAll(documentsTab, searchTab);
        leftTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        textView = new DocumentTextView(review);
        figureTable = new FigureTableView(review);
        figureTable.setIndicatorNames(vm.core().indicators().stream().collect(java.util.stream.Collectors.toMap(
                CoreServices.IndicatorChoice::id, CoreServices.IndicatorChoice::name, (a, b) -> a)));
        editorView = new FigureEditorView(vm.editor(), vm.core().indicators());
        doubt = new com.reportworkbench.ui.doubt.DoubtController(vm, figureTable, documentList);
        reviewActions = new ReviewActions(vm, figureTable, editorView, textView, this::dialogs, new ReviewActions.Scope() {
            @Override
            public Node focusOwner() {
                return root.getScene() == null ? null : root.getScene().getFocusOwner();
            }

            @Override
            public boolean reviewShown() {
                return viewTabs.getSelectionModel().getSelectedItem() == reviewTab;
            }

            @Override
            public boolean inNavigation(Node node) {
                return ReviewActions.isInside(node, leftTabs);
            }

            @Override
            public Node documentList() {
                return documentList.table();
            }
        });
        transferActions = new TransferActions(vm, this::dialogs, app);
        textView.setAddFigureAction(reviewActions::addFigureFromSelection);
        figureTable.setContextMenu(new ContextMenu(reviewActions.figureItems().toArray(MenuItem[]::new)));
        welcome = new WelcomeView(vm.importer(), transferActions::importFolder);
        reviewActions.setNextOverride(doubt::next); // doubtful-first mode: N goes to the most doubtful (#14)

        rightSplit.setOrientation(Orientation.VERTICAL);
        rightSplit.getItems().addAll(figureTable, editorView);
        mainSplit.getItems().addAll(leftTabs, textView, rightSplit);
        SplitPane.setResizableWithParent(leftTabs, false);
        mainSplit.setDividerPositions(prefs.dividers("main", new double[] {0.25, 0.56}));
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

        root.setTop(MainMenus.build(vm, prefs, app, reviewActions, transferActions, new MainMenus.WindowActions() {
            @Override
            public void find() {
                leftTabs.getSelectionModel().select(searchTab);
                searchView.focusField();
            }

            @Override
            public void focusFilter() {
                figureTable.focusFilter();
            }

            @Override
            public void bulkMetadata() {
                documentList.bulkEdit(dialogs, vm.core().importAvailable(), vm::setStatus, vm.review()::reload);
            }

            @Override
            public void preferences() {
                MainWindow.this.preferences();
            }

            @Override
            public void showReview() {
                viewTabs.getSelectionModel().select(reviewTab);
            }

            @Override
            public void showAttainment() {
                viewTabs.getSelectionModel().select(attainmentTab);
            }

            @Override
            public void openLogFolder() {
                MainWindow.this.openLogFolder();
            }

            @Override
            public void showAgreement() {
                com.reportworkbench.ui.team.AgreementDialog.show(window(), vm.core().store(), vm.executor());
            }

            @Override
            public void finishCoding() {
                com.reportworkbench.ui.team.CodingActions.finishMine(vm, dialogs);
            }
        }, this::dialogs, com.reportworkbench.ui.doubt.DoubtMenu.create(doubt, this::window)));
        root.setCenter(viewTabs);
        root.setBottom(new VBox(errorNotice, statusBar));
        // an exception nobody caught on the FX thread: logged with its stack trace, shown in the bar
        com.reportworkbench.ui.errors.FxErrors.installOnCurrentThread();
        com.reportworkbench.ui.errors.FxErrors.setNotice(errorNotice::show);
        root.getStyleClass().add("workbench");

        root.addEventFilter(KeyEvent.KEY_PRESSED, reviewActions::onKeyPressed);
        root.addEventFilter(KeyEvent.KEY_TYPED, reviewActions::onKeyTyped);
        // Enter in the document list opens the report (the list does) and goes on to its figures
        documentList.table().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                figureTable.table().requestFocus();
            }
        });
        // Enter in an editor field saves (the editor does) and gives the keys back to the table
        editorView.setAfterSave(() -> figureTable.table().requestFocus());
        root.setOnDragOver(transferActions::onDragOver);
        root.setOnDragDropped(transferActions::onDragDropped);

        vm.importer().lastSummaryProperty().addListener((o, a, s) -> {
            if (s != null && !s.failures().isEmpty() && root.getScene() != null) {
                dialogs.showImportFailures(s);
            }
        });
        // errors go to the status bar; no modal dialog per failure, except a save refused for a newer change (#13)
        vm.setErrorHandler(e -> com.reportworkbench.ui.team.ConflictDialog.showIfConflict(window(), e, () -> {
            vm.editor().discardEdits(); // the analyst decides again on what is stored now
            vm.review().reload();
        }));
        review.documentProperty().addListener((o, a, d) -> {
            if (d != null) {
                documentList.select(d.id());
            }
        });
        vm.documents().documents().addListener((javafx.collections.ListChangeListener<DocumentRecord>) c ->
                review.documentId().ifPresent(documentList::select));
        rememberPlace();
    }

    /**
     * The open report and figure are remembered as they change, and reopened when the store is ready
     * again (a restart; a language switch builds a new window over the same store).
     */
    private void rememberPlace() {
        ReviewViewModel review = vm.review();
        review.currentProperty().addListener((o, a, f) -> {
            if (f != null && vm.storeDirectoryProperty().get() != null) {
                prefs.setLastPlace(vm.storeDirectoryProperty().get().toString(), f.documentId(), f.id());
            }
        });
        review.documentProperty().addListener((o, a, d) -> {
            if (d != null && vm.storeDirectoryProperty().get() != null && (a == null || a.id() != d.id())) {
                prefs.setLastPlace(vm.storeDirectoryProperty().get().toString(), d.id(), 0);
            }
        });
        Runnable reopen = () -> {
            if (vm.storeDirectoryProperty().get() == null || review.documentId().isPresent()) {
                return;
            }
            prefs.lastPlace(vm.storeDirectoryProperty().get().toString()).ifPresent(place -> {
                javafx.collections.ListChangeListener<DocumentRecord> once = new javafx.collections.ListChangeListener<>() {
                    @Override
                    public void onChanged(Change<? extends DocumentRecord> c) {
                        if (vm.documents().documents().stream().anyMatch(d -> d.id() == place[0])) {
                            vm.documents().documents().removeListener(this);
                            if (review.documentId().isEmpty()) {
                                review.openFigure(place[0], place[1]);
                            }
                        }
                    }
                };
                vm.documents().documents().addListener(once);
                once.onChanged(null); // the list may be loaded already
            });
        };
        vm.storeStateProperty().addListener((o, a, state) -> {
            if (state == WorkbenchViewModel.StoreState.READY) {
                reopen.run();
            }
        });
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

    DialogService dialogs() {
        return dialogs;
    }

    /** Tests answer the dialogs through their own service. */
    void setDialogService(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    // ------------------------------------------------------------------ target attainment

    /** The attainment tab: built once, loaded (again) from the store each time it is shown. */
    private void showAttainment() {
        if (attainmentView == null) {
            AttainmentViewModel model = new AttainmentViewModel(vm.core());
            attainmentView = new AttainmentView(vm.executor(), model::load, this::openSource);
            Label hint = new Label(tr("attainment.hint"));
            hint.getStyleClass().add("attainment-hint");
            attainmentView.setBottom(hint);
            attainmentTab.setContent(attainmentView);
        }
        attainmentView.reload();
    }

    /** Back to the review with the figure of a target or an achievement selected in its report. */
    public void openSource(AttainmentRow.Source source) {
        viewTabs.getSelectionModel().select(reviewTab);
        leftTabs.getSelectionModel().select(documentsTab);
        vm.review().openFigure(source.documentId(), source.figureId());
    }

    public AttainmentView attainmentView() {
        return attainmentView;
    }

    // ------------------------------------------------------------------ window actions

    private void openDocument(DocumentRecord d) {
        if (vm.review().documentId().map(id -> id == d.id()).orElse(false)) {
            return;
        }
        vm.review().open(d.id());
    }

    private void openHit(TextHit hit) {
        vm.review().openAt(hit.documentId(), new TextRange(hit.start(), hit.end()));
    }

    private void preferences() {
        String language = prefs.language();
        if (dialogs.editPreferences(prefs)) {
            app.preferencesChanged();
            if (!language.equals(prefs.language())) {
                app.setLanguage(prefs.language());
            }
        }
    }

    /** Help → Open log folder: the rolling log files with the stack traces of every failure. */
    private void openLogFolder() {
        java.nio.file.Path dir = com.reportworkbench.logging.LogDirectory.path();
        try {
            java.nio.file.Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            vm.setStatus(tr("status.error", e.getMessage()));
            return;
        }
        vm.setStatus(dir.toString());
        app.openFolder(dir);
    }

    // ------------------------------------------------------------------ for tests and the app

    /** The single-key shortcuts of the review; true when the key was one of them. */
    public boolean handleKey(KeyCode code, boolean shift) {
        return reviewActions.handleKey(code, shift);
    }

    /** The figure "add figure" starts from for a selection (what the dialog is prefilled with). */
    public Figure prefillFigure(TextRange range) {
        return reviewActions.prefillFigure(range);
    }

    /** Files or folders dropped on the window: imported in the background. */
    public void handleDroppedFiles(List<File> files) {
        transferActions.handleDroppedFiles(files);
    }

    void export() {
        transferActions.export();
    }

    void backup() {
        transferActions.backup();
    }

    void restore() {
        transferActions.restore();
    }

    // ------------------------------------------------------------------ layout memory

    public void saveLayout() {
        prefs.setDividers("main", mainSplit.getDividerPositions());
        prefs.setDividers("right", rightSplit.getDividerPositions());
        prefs.flush();
    }

    public void restoreLayout() {
        mainSplit.setDividerPositions(prefs.dividers("main", new double[] {0.25, 0.56}));
        rightSplit.setDividerPositions(prefs.dividers("right", new double[] {0.58}));
    }

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

    public com.reportworkbench.ui.errors.ErrorNotice errorNotice() {
        return errorNotice;
    }

    public FigureEditorView editorView() {
        return editorView;
    }

}
