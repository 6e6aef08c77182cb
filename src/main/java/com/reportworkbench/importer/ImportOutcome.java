package com.reportworkbench.importer;

import java.nio.file.Path;

/**
 * What happened to one file of an import.
 *
 * @param detail the reason for a failure or a skip, else a short note
 * @param documentId the stored (or already present) document, null for a failure
 * @param note something the analyst should know about an imported file (figures that could not be
 *     stored), else null
 */
public record ImportOutcome(Status status, Path path, String detail, Long documentId, int figureCount, String note) {
    public enum Status { IMPORTED, SKIPPED, FAILED }

    public ImportOutcome(Status status, Path path, String detail, Long documentId, int figureCount) {
        this(status, path, detail, documentId, figureCount, null);
    }

    public static ImportOutcome failed(Path path, String reason) {
        return new ImportOutcome(Status.FAILED, path, reason, null, 0);
    }

    public static ImportOutcome skipped(Path path, String reason) {
        return new ImportOutcome(Status.SKIPPED, path, reason, null, 0);
    }
}
