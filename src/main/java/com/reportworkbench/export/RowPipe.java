package com.reportworkbench.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Hands rows from the thread that reads the store to the thread that writes (XML and compression), in
 * batches through a small bounded queue: the two overlap on two cores, and at most
 * {@value #CAPACITY} × {@value #BATCH} rows are in flight. Neither thread is ever interrupted (H2 is not
 * interrupt-safe): a failed writer raises a flag the reader sees at its next hand-over.
 */
final class RowPipe {
    static final int BATCH = 256;
    static final int CAPACITY = 16;
    private static final List<Object[]> END = new ArrayList<>(0);

    private final BlockingQueue<List<Object[]>> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicBoolean writerStopped = new AtomicBoolean();
    private List<Object[]> batch = new ArrayList<>(BATCH);

    /** Reader side: adds one row. Throws {@link CancellationException} when the writer has stopped. */
    void add(Object[] row) {
        batch.add(row);
        if (batch.size() == BATCH) {
            put(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Reader side: hands over the last rows and the end mark (also after a failure). */
    void finish() {
        try {
            if (!batch.isEmpty()) {
                put(batch);
            }
            put(END);
        } catch (CancellationException writerGone) {
            // nobody is listening any more
        }
    }

    private void put(List<Object[]> rows) {
        try {
            while (!queue.offer(rows, 50, TimeUnit.MILLISECONDS)) {
                if (writerStopped.get()) {
                    throw new CancellationException("the export writer stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    /** Writer side: writes every row until the end mark. */
    void drainTo(TableWriter writer) throws IOException {
        try {
            while (true) {
                List<Object[]> rows = queue.take();
                if (rows == END) {
                    return;
                }
                for (Object[] row : rows) {
                    writer.row(row);
                }
            }
        } catch (InterruptedException e) {
            writerStopped.set(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while exporting", e);
        } catch (IOException | RuntimeException | Error e) {
            writerStopped.set(true);
            throw e;
        }
    }
}
