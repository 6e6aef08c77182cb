package com.reportworkbench.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** One shared extractor for the tests on invented sentences, and the two ways they call it. */
final class Extracting {
    static final RuleBasedExtractor EXTRACTOR = RuleBasedExtractor.create();

    private Extracting() {
    }

    /** The figures of a text given alone: no debris, no date, no year. */
    static List<Figure> extract(String text) {
        return EXTRACTOR.extract(ExtractionInput.of(text));
    }

    /** The one figure of a text. */
    static Figure only(String text) {
        List<Figure> figures = extract(text);
        assertThat(figures).as("figures of %s", text).hasSize(1);
        return figures.get(0);
    }
}
