package com.reportworkbench.ui.search;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.store.TextHit;
import com.reportworkbench.ui.CoreServices;
import com.reportworkbench.ui.TaskExecutor;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Search across every document, plain text or a regular expression. */
public final class SearchViewModel {
    public static final int LIMIT = 500;
    private final CoreServices core;
    private final TaskExecutor executor;
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty regex = new SimpleBooleanProperty(false);
    private final ObservableList<TextHit> results = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public SearchViewModel(CoreServices core, TaskExecutor executor) {
        this.core = core;
        this.executor = executor;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public BooleanProperty regexProperty() {
        return regex;
    }

    public ObservableList<TextHit> results() {
        return results;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void search() {
        String q = query.get() == null ? "" : query.get();
        boolean re = regex.get();
        if (q.isBlank()) {
            results.clear();
            message.set("");
            return;
        }
        if (re) {
            try {
                Pattern.compile(q);
            } catch (PatternSyntaxException e) {
                message.set(tr("search.badRegex", e.getDescription()));
                return;
            }
        }
        message.set(tr("search.running"));
        executor.execute(() -> core.store().documents().search(q, re, LIMIT), hits -> {
            results.setAll(hits);
            message.set(hits.size() >= LIMIT ? tr("search.more", LIMIT) : tr("search.count", hits.size()));
        }, e -> message.set(tr("status.error", e.getMessage())));
    }
}
