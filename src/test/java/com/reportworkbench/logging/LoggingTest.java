package com.reportworkbench.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An exception nobody caught ends up in the log file in the log folder, with its stack trace. */
class LoggingTest {
    @Test
    void uncaughtExceptionIsWrittenToTheLogFileWithItsStackTrace() throws Exception {
        // a library loaded by an earlier test of the same JVM (the UI tests' toolkit) may have set a default
        // handler already, and install() keeps an existing one: start from none, and put it back afterwards
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(null);
        String marker = "boom-" + UUID.randomUUID();
        try {
            UncaughtExceptionLogging.install();
            Thread t = new Thread(() -> {
                throw new IllegalStateException(marker);
            }, "logging-test");
            t.start();
            t.join();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }

        assertThat(LogDirectory.currentFile().getParent()).isEqualTo(LogDirectory.path());
        String log = Files.readString(LogDirectory.currentFile(), StandardCharsets.UTF_8);
        assertThat(log).contains("uncaught exception in thread logging-test")
                .contains("java.lang.IllegalStateException: " + marker)
                .contains("at com.reportworkbench.logging.LoggingTest");
    }
}
