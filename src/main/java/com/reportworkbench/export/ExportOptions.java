package com.reportworkbench.export;

import java.util.Collection;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * What to export and how to report progress.
 *
 * @param reviewedOnly only figures an analyst accepted, edited or added (rejected and unreviewed ones are
 *     left out of every sheet and of the comparison)
 * @param documentIds only these documents, or null for all
 * @param progress told the number of figures written so far (every 10,000 and at the end); may be null
 * @param cancelled polled between figures; when it turns true the export stops with a
 *     {@link java.util.concurrent.CancellationException}; may be null
 */
public record ExportOptions(boolean reviewedOnly, List<Long> documentIds, LongConsumer progress,
        BooleanSupplier cancelled) {

    public ExportOptions {
        documentIds = documentIds == null ? null : List.copyOf(documentIds);
    }

    public static ExportOptions all() {
        return new ExportOptions(false, null, null, null);
    }

    public static ExportOptions of(boolean reviewedOnly, Collection<Long> documentIds) {
        return new ExportOptions(reviewedOnly, documentIds == null || documentIds.isEmpty() ? null
                : List.copyOf(documentIds), null, null);
    }

    public ExportOptions withProgress(LongConsumer progress, BooleanSupplier cancelled) {
        return new ExportOptions(reviewedOnly, documentIds, progress, cancelled);
    }
}
