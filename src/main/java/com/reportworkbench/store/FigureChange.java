package com.reportworkbench.store;

import java.time.Instant;

/** One row of a figure's history: a field changed from old to new by one analyst action, signed by that analyst (null before signatures). */
public record FigureChange(
        long changeSetId,
        String description,
        long figureId,
        FigureField field,
        String oldValue,
        String newValue,
        Instant changedAt,
        boolean undone,
        String analyst) {}
