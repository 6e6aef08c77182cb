package com.reportworkbench.importer;

/**
 * Cancels long work between documents. A flag instead of thread interruption, because H2's MVStore
 * is not interrupt-safe: interrupting a thread inside JDBC can corrupt the store.
 */
public final class CancellationFlag {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
