package com.reportworkbench.logging;

import ch.qos.logback.core.PropertyDefinerBase;
import com.reportworkbench.store.StoreLocation;
import java.nio.file.Path;

/**
 * Where the log files go: {@code logs/} in the user's data folder (beside the default store), or
 * the folder named by the system property {@code reportworkbench.log.dir} (tests, portable installs).
 * logback.xml asks this class through {@code <define>}, so the folder is known before the first
 * line is logged, whichever entry point (window, command line, test) logs first.
 */
public final class LogDirectory extends PropertyDefinerBase {
    public static final String PROPERTY = "reportworkbench.log.dir";

    /** The folder of the log files (it may not exist yet). */
    public static Path path() {
        String override = System.getProperty(PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return StoreLocation.defaultDirectory().resolve("logs");
    }

    /** The file being written now. */
    public static Path currentFile() {
        return path().resolve("workbench.log");
    }

    @Override
    public String getPropertyValue() {
        return path().toString();
    }
}
