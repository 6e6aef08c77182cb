package com.reportworkbench.store;

import java.nio.file.Path;
import java.util.Locale;

/** Where the store lives when no --db is given: the user's data folder, per operating system. */
public final class StoreLocation {
    private StoreLocation() {}

    public static Path defaultDirectory() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "report-workbench");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "report-workbench");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("report-workbench");
    }
}
