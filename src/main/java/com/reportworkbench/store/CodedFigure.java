package com.reportworkbench.store;

import java.util.Map;

/**
 * A figure as one coder of a double-coded document sees it: the machine's proposal with that coder's
 * own decisions over it, and nobody else's. {@code values} holds the content fields in their text form
 * ({@link FigureValues}); {@code decided} says whether the coder touched the figure at all.
 */
public record CodedFigure(long figureId, int start, int end, String text, Map<FigureField, String> values,
        ReviewStatus status, boolean decided) {

    /** A rejected figure is not one of the coder's figures. */
    public boolean kept() {
        return status != ReviewStatus.REJECTED;
    }

    public String value(FigureField field) {
        return values.get(field);
    }
}
