package com.reportworkbench.store;

import com.reportworkbench.extract.Figure;
import java.time.Instant;

/**
 * A stored figure: the analyst's current values and, beside them, the machine's original proposal
 * (null for a figure the analyst added).
 */
public record FigureRecord(
        long id,
        long documentId,
        Figure current,
        Figure machine,
        Origin origin,
        ReviewStatus status,
        Instant updatedAt,
        long version,
        String updatedBy) {

    /** A figure outside a store (tests, synthetic reports): version 0, nobody's. */
    public FigureRecord(long id, long documentId, Figure current, Figure machine, Origin origin, ReviewStatus status,
            Instant updatedAt) {
        this(id, documentId, current, machine, origin, status, updatedAt, 0, null);
    }

    /** The status word of exports: machine / accepted / edited / rejected / added. */
    public String exportStatus() {
        if (status == ReviewStatus.REJECTED) {
            return "rejected";
        }
        if (origin == Origin.ANALYST) {
            return "added";
        }
        return switch (status) {
            case PROPOSED -> "machine";
            case ACCEPTED -> "accepted";
            case EDITED -> "edited";
            case REJECTED -> "rejected";
        };
    }

    public boolean isReviewed() {
        return origin == Origin.ANALYST || status.isReviewed();
    }
}
