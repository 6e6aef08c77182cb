package com.reportworkbench.check;

import java.time.LocalDate;

/**
 * What the checks need of a document: its region and level, the year it plans (its own year) and its
 * date. A null field is unknown, and a check that needs it stays silent.
 */
public record CheckedDocument(long id, String fileName, String region, String level, Integer year, LocalDate reportDate) {
    /** The calendar year the report was given in: its date's, else its own year. */
    Integer givenIn() {
        return reportDate != null ? Integer.valueOf(reportDate.getYear()) : year;
    }
}
