package com.reportworkbench.text;

import java.time.LocalDate;

/**
 * What a report says about itself. Every field may be null: a field the text only implies is left
 * empty for the analyst rather than guessed.
 *
 * @param year the report's own year: the year whose work it plans (a report given in Dec 2023 or
 *     Jan 2024 that reviews 2023 and plans 2024 has year 2024)
 */
public record DocumentMetadata(String title, String region, AdminLevel level, LocalDate reportDate, Integer year) {
    public static DocumentMetadata empty() {
        return new DocumentMetadata(null, null, null, null, null);
    }
}
