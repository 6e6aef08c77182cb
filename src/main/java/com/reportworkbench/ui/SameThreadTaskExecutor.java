package com.reportworkbench.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs everything at once on the calling thread: deterministic tests without waiting. */
public final class SameThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public <T> void executeLong(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        execute(work, onSuccess, onFailure);
    }

    @Override
    public void ui(Runnable update) {
        update.run();
    }

    @Override
    public void shutdown() {}
}
