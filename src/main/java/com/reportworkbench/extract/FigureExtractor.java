package com.reportworkbench.extract;

import java.util.List;

/** Reads every figure of a document. Implementations are thread-safe once built. */
public interface FigureExtractor {
    /** Figures in text order. */
    List<Figure> extract(ExtractionInput input);

    /**
     * Forgets every result cached from earlier documents (loaded dictionaries stay): an honest benchmark
     * round starts from here, so that no round is timed on answers computed in an earlier one.
     */
    default void clearCaches() {
    }
}
