package com.reportworkbench.logging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every thread's uncaught exception reaches the log file with its stack trace, never only a console. */
public final class UncaughtExceptionLogging {
    private static final Logger LOG = LoggerFactory.getLogger(UncaughtExceptionLogging.class);

    private UncaughtExceptionLogging() {}

    /**
     * Installs the default handler. A handler set before (a library's, a test framework's) is kept and
     * called after the exception is logged, so installing never silences anyone and never depends on
     * who came first.
     */
    public static synchronized void install() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        if (previous instanceof Logging) {
            return;
        }
        Thread.setDefaultUncaughtExceptionHandler(new Logging(previous));
    }

    private record Logging(Thread.UncaughtExceptionHandler previous) implements Thread.UncaughtExceptionHandler {
        @Override
        public void uncaughtException(Thread thread, Throwable e) {
            LOG.error("uncaught exception in thread {}", thread.getName(), e);
            if (previous != null) {
                previous.uncaughtException(thread, e);
            }
        }
    }
}
