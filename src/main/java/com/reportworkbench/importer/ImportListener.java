package com.reportworkbench.importer;

/** Progress of a batch import, called on the importing thread after each file. */
public interface ImportListener {
    ImportListener NONE = (done, total, outcome) -> {};

    default void started(int total) {}

    void fileDone(int done, int total, ImportOutcome outcome);
}
