package com.reportworkbench.text;

import java.util.Locale;

/** Whether a document's metadata needs the analyst: a field missing, a field doubtful, or fine. */
public enum MetadataState {
    OK, DOUBTFUL, MISSING;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
