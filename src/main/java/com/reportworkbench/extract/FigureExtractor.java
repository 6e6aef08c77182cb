package com.reportworkbench.extract;

import java.util.List;

/** Reads every figure of a document. Implementations are thread-safe once built. */
public interface FigureExtractor {
    /** Figures in text order. */
    List<Figure> extract(ExtractionInput input);
}
