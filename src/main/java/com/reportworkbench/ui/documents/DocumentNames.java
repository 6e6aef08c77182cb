package com.reportworkbench.ui.documents;

import static com.reportworkbench.ui.I18n.tr;

import com.reportworkbench.store.DocumentRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * How a report is named on screen: region, year and level (白山市江源区 · 2024 · 县区). Titles of a collection
 * often begin alike ("(吉林省)…" for every report of one province), and file names are content hashes, so
 * neither tells reports apart in a narrow label; the title stays available as a tooltip.
 */
public final class DocumentNames {
    private DocumentNames() {}

    public static String shortName(DocumentRecord d) {
        List<String> parts = new ArrayList<>();
        if (d.region() != null && !d.region().isBlank()) {
            parts.add(d.region());
        }
        if (d.year() != null) {
            parts.add(d.year().toString());
        }
        if (d.level() != null) {
            parts.add(tr("level." + d.level().id()));
        }
        if (parts.size() >= 2) {
            return String.join(" · ", parts);
        }
        return fullTitle(d);
    }

    /** The title, or the file name when the report has none. */
    public static String fullTitle(DocumentRecord d) {
        return d.title() == null || d.title().isBlank() ? d.fileName() : d.title();
    }
}
