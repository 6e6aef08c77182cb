package com.reportworkbench.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work that touches the store or takes time away from the FX thread (JabRef style). Store work
 * runs on one serial thread, in the order it was submitted, so an undo never overtakes the action it
 * undoes; long work (imports) runs on a second thread so that review stays possible meanwhile.
 * Callbacks run on the FX thread. Tests use {@link SameThreadTaskExecutor}.
 */
public interface TaskExecutor {
    /** Store work, serial. */
    <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Long work (imports, warm-up), beside the store work. */
    <T> void executeLong(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs a progress update on the FX thread (directly when already on it). */
    void ui(Runnable update);

    void shutdown();
}
