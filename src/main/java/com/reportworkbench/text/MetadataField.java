package com.reportworkbench.text;

import java.util.Locale;
import java.util.Optional;

/** The metadata fields whose origin is kept (the title needs none: it is the line it was read from). */
public enum MetadataField {
    REGION, LEVEL, REPORT_DATE, YEAR;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<MetadataField> fromId(String id) {
        return EnumIds.find(values(), MetadataField::id, id);
    }
}
