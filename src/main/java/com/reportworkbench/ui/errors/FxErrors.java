package com.reportworkbench.ui.errors;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FX thread's uncaught-exception handler: the stack trace goes to the log file, the window shows a
 * non-blocking notice, and listeners (the UI tests' extension) hear of it. The thread keeps running, so
 * the application keeps working after a failed event handler.
 */
public final class FxErrors {
    private static final Logger LOG = LoggerFactory.getLogger(FxErrors.class);
    private static final List<Consumer<Throwable>> LISTENERS = new CopyOnWriteArrayList<>();
    private static volatile Consumer<Throwable> notice = e -> { };

    private FxErrors() {}

    /** Installs the handler on the calling thread (call it on the FX thread); once is enough. */
    public static void installOnCurrentThread() {
        Thread t = Thread.currentThread();
        if (!(t.getUncaughtExceptionHandler() instanceof Handler)) {
            t.setUncaughtExceptionHandler(new Handler());
        }
    }

    /** Where the user sees the failure (the main window's notice bar). */
    public static void setNotice(Consumer<Throwable> shown) {
        notice = shown == null ? e -> { } : shown;
    }

    /** Adds a listener; the returned action removes it. */
    public static Runnable addListener(Consumer<Throwable> listener) {
        LISTENERS.add(listener);
        return () -> LISTENERS.remove(listener);
    }

    /** What happens to an exception nobody caught on the FX thread (also callable directly). */
    public static void report(Thread thread, Throwable e) {
        LOG.error("uncaught exception in thread {}", thread.getName(), e);
        LISTENERS.forEach(l -> l.accept(e));
        try {
            notice.accept(e);
        } catch (RuntimeException failed) {
            LOG.error("the error notice itself failed", failed);
        }
    }

    private static final class Handler implements Thread.UncaughtExceptionHandler {
        @Override
        public void uncaughtException(Thread thread, Throwable e) {
            report(thread, e);
        }
    }
}
