package com.reportworkbench.store;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A save refused because someone else changed the figure after this session read it (optimistic
 * locking on the figure's version): never a silent lost update. The caller offers to reload.
 */
public final class FigureChangedException extends StoreException {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private final long figureId;
    private final String changedBy;
    private final Instant changedAt;

    public FigureChangedException(long figureId, String changedBy, Instant changedAt) {
        super("figure " + figureId + " was changed by " + (changedBy == null ? "another analyst" : changedBy)
                + " at " + (changedAt == null ? "an unknown time" : WHEN.format(changedAt)) + "; reload it and try again");
        this.figureId = figureId;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public long figureId() {
        return figureId;
    }

    /** The analyst who signed the newer change (null when the store does not know). */
    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
