package com.reportworkbench.ui;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.ui.documents.DocumentListViewModel;
import com.reportworkbench.ui.importing.ImportViewModel;
import com.reportworkbench.ui.review.FigureEditorViewModel;
import com.reportworkbench.ui.review.ReviewViewModel;
import com.reportworkbench.ui.search.SearchViewModel;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The window's ViewModel: the store's state and the ViewModels of the parts. */
public final class WorkbenchViewModel {
    public enum StoreState { OPENING, READY, FAILED }

    private final LateCoreServices core = new LateCoreServices();
    private final TaskExecutor executor;
    private final DocumentListViewModel documents;
    private final ReviewViewModel review;
    private final FigureEditorViewModel editor;
    private final ImportViewModel importer;
    private final SearchViewModel search;
    private final ReadOnlyObjectWrapper<StoreState> storeState = new ReadOnlyObjectWrapper<>(StoreState.OPENING);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> storeDirectory = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding showWelcome;
    private Consumer<Throwable> errorHandler = e -> {};

    public WorkbenchViewModel(TaskExecutor executor) {
        this.executor = executor;
        documents = new DocumentListViewModel(core, executor);
        review = new ReviewViewModel(core, executor);
        editor = new FigureEditorViewModel(core, executor, review);
        importer = new ImportViewModel(core, executor);
        search = new SearchViewModel(core, executor);
        review.setDocumentsChanged(documents::refresh);
        importer.setDocumentsChanged(() -> documents.refresh(review::refresh));
        Consumer<Throwable> errors = e -> errorHandler.accept(e);
        review.setErrorHandler(errors);
        documents.setErrorHandler(errors);
        importer.setErrorHandler(errors);
        review.messageProperty().addListener((o, a, b) -> status.set(b));
        importer.messageProperty().addListener((o, a, b) -> status.set(b));
        search.messageProperty().addListener((o, a, b) -> status.set(b));
        showWelcome = Bindings.createBooleanBinding(
                () -> storeState.get() == StoreState.READY && documents.loadedProperty().get()
                        && documents.documents().isEmpty(),
                storeState, documents.loadedProperty(), documents.documents());
    }

    /** The store is open: the parts may call the core now. */
    public void attach(CoreServices services) {
        core.attach(services);
        storeDirectory.set(services.store().directory());
        storeState.set(StoreState.READY);
        status.set(tr("status.ready"));
        documents.refresh();
    }

    public void storeFailed(Throwable e) {
        storeState.set(StoreState.FAILED);
        status.set(tr("status.storeFailed", e.getMessage()));
    }

    public LateCoreServices core() {
        return core;
    }

    public TaskExecutor executor() {
        return executor;
    }

    public DocumentListViewModel documents() {
        return documents;
    }

    public ReviewViewModel review() {
        return review;
    }

    public FigureEditorViewModel editor() {
        return editor;
    }

    public ImportViewModel importer() {
        return importer;
    }

    public SearchViewModel search() {
        return search;
    }

    public ReadOnlyObjectProperty<StoreState> storeStateProperty() {
        return storeState.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> storeDirectoryProperty() {
        return storeDirectory.getReadOnlyProperty();
    }

    public BooleanBinding showWelcomeProperty() {
        return showWelcome;
    }

    public void setErrorHandler(Consumer<Throwable> errorHandler) {
        this.errorHandler = errorHandler;
    }

    public void setStatus(String text) {
        status.set(text);
    }
}
