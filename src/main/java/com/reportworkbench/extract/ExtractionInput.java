package com.reportworkbench.extract;

import com.reportworkbench.text.TextRange;
import java.time.LocalDate;
import java.util.List;

/**
 * What the extractor reads: the original text, the ranges recognised as web debris (never figures),
 * and the report's date and year, which anchor the periods of its figures.
 */
public record ExtractionInput(String text, List<TextRange> boilerplate, LocalDate reportDate, Integer year) {
    public ExtractionInput {
        boilerplate = boilerplate == null ? List.of() : List.copyOf(boilerplate);
    }

    public static ExtractionInput of(String text) {
        return new ExtractionInput(text, List.of(), null, null);
    }
}
