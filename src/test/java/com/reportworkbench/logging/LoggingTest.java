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
        // tests that ran before in this JVM (TestFX) may have set a default handler: install() keeps an existing one
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(null);
        try {
            check();
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    private void check() throws Exception {
        UncaughtExceptionLogging.install();
        String marker = "boom-" + UUID.randomUUID();
        Thread t = new Thread(() -> {
            throw new IllegalStateException(marker);
        }, "logging-test");
        t.start();
        t.join();

        assertThat(LogDirectory.currentFile().getParent()).isEqualTo(LogDirectory.path());
        String log = Files.readString(LogDirectory.currentFile(), StandardCharsets.UTF_8);
        assertThat(log).contains("uncaught exception in thread logging-test")
                .contains("java.lang.IllegalStateException: " + marker)
                .contains("at com.reportworkbench.logging.LoggingTest");
    }
}
