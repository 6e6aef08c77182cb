package com.reportworkbench.team;

import com.reportworkbench.store.Assignment;
import com.reportworkbench.store.Store;
import java.util.Collection;
import java.util.List;

/** Agreement of the coders of double-coded documents, read from a store: overall and per document. */
public final class TeamAgreement {
    private TeamAgreement() {}

    /**
     * Over the given documents (null: every double-coded document whose coders are all done); a document
     * not double-coded or not done is left out. With more than two coders the first two (by name) are compared.
     */
    public static Agreement.Report overall(Store store, Collection<Long> documentIds) {
        Agreement agreement = new Agreement();
        List<Long> done = store.coding().doubleCodedAndDone();
        for (long id : documentIds == null ? done : documentIds.stream().filter(done::contains).toList()) {
            add(store, agreement, id);
        }
        return agreement.report();
    }

    public static Agreement.Report forDocument(Store store, long documentId) {
        return add(store, new Agreement(), documentId).report();
    }

    private static Agreement add(Store store, Agreement agreement, long documentId) {
        List<Assignment> coders = store.coding().assignments(documentId);
        if (coders.size() < 2) {
            return agreement;
        }
        return agreement.add(documentId, store.coding().codedFigures(documentId, coders.get(0).analyst()),
                store.coding().codedFigures(documentId, coders.get(1).analyst()));
    }
}
