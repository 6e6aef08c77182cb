package com.reportworkbench.store;

import java.time.Instant;

/** A document assigned to an analyst; {@code doneAt} is set when the analyst says the document is done. */
public record Assignment(long documentId, String analyst, Instant assignedAt, String assignedBy, Instant doneAt) {
    public boolean done() {
        return doneAt != null;
    }
}
