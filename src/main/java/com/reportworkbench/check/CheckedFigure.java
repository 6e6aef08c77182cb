package com.reportworkbench.check;

import com.reportworkbench.extract.Figure;

/** A figure as the analyst has it now (corrections included), with its stored id and document. */
public record CheckedFigure(long id, long documentId, Figure figure) {
}
