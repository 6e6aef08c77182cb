package com.reportworkbench.logging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every thread's uncaught exception reaches the log file with its stack trace, never only a console. */
public final class UncaughtExceptionLogging {
    private static final Logger LOG = LoggerFactory.getLogger(UncaughtExceptionLogging.class);

    private UncaughtExceptionLogging() {}

    /** Installs the default handler unless one is set already (the window sets its own on the FX thread). */
    public static void install() {
        if (Thread.getDefaultUncaughtExceptionHandler() == null) {
            Thread.setDefaultUncaughtExceptionHandler(
                    (thread, e) -> LOG.error("uncaught exception in thread {}", thread.getName(), e));
        }
    }
}
