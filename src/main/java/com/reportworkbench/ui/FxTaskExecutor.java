package com.reportworkbench.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/** The real executor: javafx.concurrent.Task on daemon threads, callbacks on the FX thread. */
public final class FxTaskExecutor implements TaskExecutor {
    private final ExecutorService serial = Executors.newSingleThreadExecutor(daemon("rw-store"));
    private final ExecutorService longWork = Executors.newSingleThreadExecutor(daemon("rw-long"));

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        serial.execute(task(work, onSuccess, onFailure));
    }

    @Override
    public <T> void executeLong(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        longWork.execute(task(work, onSuccess, onFailure));
    }

    private static <T> Task<T> task(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        return task;
    }

    @Override
    public void ui(Runnable update) {
        if (Platform.isFxApplicationThread()) {
            update.run();
        } else {
            Platform.runLater(update);
        }
    }

    @Override
    public void shutdown() {
        // never interrupt: H2 is not interrupt-safe; pending work finishes, the threads are daemons
        serial.shutdown();
        longWork.shutdown();
    }
}
