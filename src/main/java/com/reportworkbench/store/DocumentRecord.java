package com.reportworkbench.store;

import com.reportworkbench.text.AdminLevel;
import com.reportworkbench.text.DocumentMetadata;
import com.reportworkbench.text.MetadataState;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored document without its text: what lists and tables show.
 *
 * @param regionCode the region's GB/T 2260 code (100000 for 全国), or null when the name does not settle it
 * @param metadataState whether region, level or year is missing or doubtful (the list marks those)
 */
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
        int reviewedCount,
        String regionCode,
        MetadataState metadataState) {

    public DocumentMetadata metadata() {
        return new DocumentMetadata(title, region, level, reportDate, year);
    }
}
