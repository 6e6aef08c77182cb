package com.reportworkbench.store;

import com.reportworkbench.text.AdminLevel;
import com.reportworkbench.text.DocumentMetadata;
import java.time.Instant;
import java.time.LocalDate;

/** A stored document without its text: what lists and tables show. */
public record DocumentRecord(
        long id,
        String fileName,
        String sourcePath,
        String sha256,
        String format,
        String encoding,
        String title,
        String region,
        AdminLevel level,
        LocalDate reportDate,
        Integer year,
        Instant importedAt,
        int charCount,
        int figureCount,
        int reviewedCount) {

    public DocumentMetadata metadata() {
        return new DocumentMetadata(title, region, level, reportDate, year);
    }
}
