package com.reportworkbench.export;

import com.reportworkbench.store.DocumentRecord;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.store.Store;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** What an export reads: the documents, their figures as a stream, and each document's text. */
public interface ExportSource {
    /** The documents to export, in id order. */
    List<DocumentRecord> documents();

    /** Every figure of those documents, grouped by document (in document order), without loading them all. */
    void forEachFigure(Consumer<FigureRecord> sink);

    /** The original text of a document (for the sentences). */
    String text(long documentId);

    /**
     * A store, all documents or the given ones (null = all). Figures are read one document at a time: a
     * query per document sorts its thousand figures in memory, where one query over the whole table makes
     * H2 sort a million rows in a temporary file first.
     */
    static ExportSource of(Store store, Collection<Long> documentIds) {
        Set<Long> wanted = documentIds == null ? null : new HashSet<>(documentIds);
        List<DocumentRecord> selected = store.documents().list().stream()
                .filter(d -> wanted == null || wanted.contains(d.id()))
                .toList();
        return new ExportSource() {
            @Override
            public List<DocumentRecord> documents() {
                return selected;
            }

            @Override
            public void forEachFigure(Consumer<FigureRecord> sink) {
                for (DocumentRecord d : selected) {
                    store.figures().forEach(List.of(d.id()), sink);
                }
            }

            @Override
            public String text(long documentId) {
                return store.documents().text(documentId);
            }
        };
    }
}
