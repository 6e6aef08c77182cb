package com.reportworkbench.text;

import java.util.Locale;
import java.util.Optional;

/** Administrative level of the government that gave a report. */
public enum AdminLevel {
    NATIONAL("national"),
    PROVINCE("province"),
    CITY("city"),
    COUNTY("county-district");

    private final String id;

    AdminLevel(String id) {
        this.id = id;
    }

    /** Stable id used in the store, the command line and exports. */
    public String id() {
        return id;
    }

    public static Optional<AdminLevel> fromId(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (AdminLevel level : values()) {
            if (level.id.equals(wanted) || level.name().equalsIgnoreCase(wanted)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
