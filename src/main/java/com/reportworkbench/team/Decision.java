package com.reportworkbench.team;

import com.reportworkbench.store.FigureField;
import java.util.Map;

/**
 * An analyst's decision on one figure from outside the workbench (a JSONL line, a row of an edited
 * Figures sheet): the fields to set, in their text form, and the figure's version the decision was
 * based on (null when unknown). {@code problem} is set when the line itself could not be read.
 */
public record Decision(long figureId, Map<FigureField, String> fields, Long basedOnVersion, String problem, String where) {
    static Decision unreadable(String where, String problem) {
        return new Decision(-1, Map.of(), null, problem, where);
    }
}
