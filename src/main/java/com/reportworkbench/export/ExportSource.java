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

    /** A store, all documents or the given ones (null = all). */
    static ExportSource of(Store store, Collection<Long> documentIds) {
        Set<Long> wanted = documentIds == null ? null : new HashSet<>(documentIds);
        return new ExportSource() {
            @Override
            public List<DocumentRecord> documents() {
                return store.documents().list().stream()
                        .filter(d -> wanted == null || wanted.contains(d.id()))
                        .toList();
            }

            @Override
            public void forEachFigure(Consumer<FigureRecord> sink) {
                store.figures().forEach(documentIds, sink);
            }

            @Override
            public String text(long documentId) {
                return store.documents().text(documentId);
            }
        };
    }
}
