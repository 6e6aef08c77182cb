package com.reportworkbench.store;

import java.util.Set;

/** What an undo or redo changed: the analyst action and the figures it touched. */
public record UndoResult(long changeSetId, String description, long documentId, Set<Long> figureIds) {}
