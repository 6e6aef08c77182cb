package com.reportworkbench.ui.documents;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.store.MetadataEdit;
import com.reportworkbench.ui.CoreServices;
import com.reportworkbench.ui.TaskExecutor;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The documents of the store, with their review progress, and a filter over them. */
public final class DocumentListViewModel {
    private final CoreServices core;
    private final TaskExecutor executor;
    private final ObservableList<DocumentRecord> documents = FXCollections.observableArrayList();
    private final FilteredList<DocumentRecord> filtered = new FilteredList<>(documents);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper figureCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper reviewedCount = new ReadOnlyIntegerWrapper();
    private Consumer<Throwable> errorHandler = e -> {};
    /** This analyst's assignments (#13): document id → whether their coding of it is done. */
    private final javafx.collections.ObservableMap<Long, Boolean> myCoding = FXCollections.observableHashMap();

    public DocumentListViewModel(CoreServices core, TaskExecutor executor) {
        this.core = core;
        this.executor = executor;
        filter.addListener((o, a, b) -> {
            String f = b == null ? "" : b.trim().toLowerCase(Locale.ROOT);
            filtered.setPredicate(f.isEmpty() ? null : d -> matches(d, f));
        });
    }

    static boolean matches(DocumentRecord d, String f) {
        return contains(d.title(), f) || contains(d.region(), f) || contains(d.fileName(), f)
                || (d.year() != null && d.year().toString().contains(f))
                || (d.level() != null && d.level().id().contains(f));
    }

    private static boolean contains(String s, String f) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(f);
    }

    /**
     * The documents, read-only. One wrapper for every caller: a wrapper listens to the list weakly, so a
     * listener added to a fresh wrapper nobody keeps was dropped with it at the next garbage collection
     * (the list lost its highlight after a polling refresh, #13).
     */
    public ObservableList<DocumentRecord> documents() {
        return readOnly;
    }

    private final ObservableList<DocumentRecord> readOnly = FXCollections.unmodifiableObservableList(documents);

    public FilteredList<DocumentRecord> filtered() {
        return filtered;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** True once the list was read from the store at least once. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty figureCountProperty() {
        return figureCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty reviewedCountProperty() {
        return reviewedCount.getReadOnlyProperty();
    }

    private record Listed(List<DocumentRecord> documents, List<com.reportworkbench.store.Assignment> mine) {}

    /** Documents assigned to this analyst: true where their coding is done (the list marks both). */
    public javafx.collections.ObservableMap<Long, Boolean> myCoding() {
        return readOnlyCoding; // one wrapper: see documents()
    }

    private final javafx.collections.ObservableMap<Long, Boolean> readOnlyCoding =
            FXCollections.unmodifiableObservableMap(myCoding);

    public void setErrorHandler(Consumer<Throwable> errorHandler) {
        this.errorHandler = errorHandler;
    }

    public void refresh() {
        refresh(() -> {});
    }

    public void refresh(Runnable then) {
        executor.execute(() -> new Listed(core.store().documents().list(),
                core.store().coding().assignmentsOf(core.store().analyst())), listed -> {
            List<DocumentRecord> list = listed.documents();
            java.util.Map<Long, Boolean> coding = new java.util.HashMap<>();
            listed.mine().forEach(a -> coding.put(a.documentId(), a.done()));
            myCoding.keySet().retainAll(coding.keySet());
            myCoding.putAll(coding);
            documents.setAll(list);
            figureCount.set(list.stream().mapToInt(DocumentRecord::figureCount).sum());
            reviewedCount.set(list.stream().mapToInt(DocumentRecord::reviewedCount).sum());
            loaded.set(true);
            then.run();
        }, errorHandler);
    }

    /**
     * Sets region, level or year on several documents in one transaction (one undoable action), optionally
     * extracts their figures again, then refreshes the list and reports how many documents it changed.
     */
    public void bulkEdit(List<Long> documentIds, MetadataEdit edit, boolean reextract, Consumer<Integer> then) {
        List<Long> ids = List.copyOf(documentIds);
        executor.execute(() -> {
            long changeSet = core.store().documents().bulkUpdate(tr("bulk.description", ids.size()), ids, edit);
            if (changeSet != 0 && reextract) {
                for (long id : ids) {
                    core.reextract(id);
                }
            }
            return changeSet == 0 ? 0 : ids.size();
        }, changed -> refresh(() -> then.accept(changed)), errorHandler);
    }

    public void delete(DocumentRecord document, Runnable then) {
        executor.execute(() -> core.store().documents().delete(document.id()), ok -> refresh(then), errorHandler);
    }
}
