package com.reportworkbench.importer;

import java.nio.file.Path;

/**
 * What happened to one file of an import.
 *
 * @param detail the reason for a failure or a skip, else a short note
 * @param documentId the stored (or already present) document, null for a failure
 */
public record ImportOutcome(Status status, Path path, String detail, Long documentId, int figureCount) {
    public enum Status { IMPORTED, SKIPPED, FAILED }

    public static ImportOutcome failed(Path path, String reason) {
        return new ImportOutcome(Status.FAILED, path, reason, null, 0);
    }
}
