package com.reportworkbench.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.reportworkbench.text.BoilerplateDetector;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-read attainment pairs of gold/attainment-national-1992-1998.tsv, on the extraction side: every
 * target and result quote of the State Council's reports (spaced and full-width digits, 14·1％, 百分之十一点八,
 * 国民生产总值, 经济增长速度, 零售物价) holds one extracted figure with the row's value, unit, qualifier,
 * indicator, kind and period. The comparison of the pairs builds on exactly these figures.
 */
class NationalGoldQuotesTest {
    private static final Path TEXTS = Path.of("src/test/resources/national");
    private static final Path GOLD = Path.of("src/test/resources/gold/attainment-national-1992-1998.tsv");
    private static final Pattern YEAR = Pattern.compile("(19[0-9]{2})");

    private record Quote(String doc, String quote, String indicator, String year, BigDecimal value, String unit,
            String qualifier, Kind kind) {
        @Override
        public String toString() {
            return doc + " «" + quote + "» " + indicator + " " + kind;
        }
    }

    private final RuleBasedExtractor extractor = RuleBasedExtractor.create();
    private final BoilerplateDetector boilerplate = new BoilerplateDetector();
    private final Map<String, List<Figure>> figuresByDoc = new HashMap<>();

    @Test
    void everyQuoteOfTheGoldHoldsItsFigure() throws IOException {
        List<Quote> quotes = quotes();
        assertThat(quotes).hasSize(20);
        List<String> failures = new ArrayList<>();
        for (Quote q : quotes) {
            String text = Files.readString(TEXTS.resolve(q.doc()), StandardCharsets.UTF_8);
            int at = text.indexOf(q.quote());
            assertThat(at).as("quote %s in its document", q).isGreaterThanOrEqualTo(0);
            assertThat(text.indexOf(q.quote(), at + 1)).as("quote %s is unique", q).isLessThan(0);
            List<Figure> inside = figures(q.doc(), text).stream()
                    .filter(f -> f.start() >= at && f.end() <= at + q.quote().length()).toList();
            boolean found = inside.stream().anyMatch(f -> f.value().compareTo(q.value()) == 0
                    && f.unit().equals(q.unit())
                    && q.indicator().equals(f.indicator())
                    && f.kind() == q.kind()
                    && q.year().equals(f.period())
                    && (q.qualifier() == null || q.qualifier().equals(qualifierId(f.qualifier()))));
            if (!found) {
                failures.add(q + " → " + inside.stream().map(f -> f.text() + " " + f.value() + " " + f.unit() + " "
                        + f.qualifier() + " " + f.indicator() + " " + f.kind() + " " + f.period()).toList());
            }
        }
        assertThat(failures).as("quotes without their figure").isEmpty();
    }

    /** The gold's qualifier words: exact for none. */
    private static String qualifierId(Qualifier q) {
        return switch (q) {
            case APPROX -> "approx";
            case AT_LEAST -> "at_least";
            case AT_MOST -> "at_most";
            default -> "exact";
        };
    }

    /**
     * The figures of one report, read as the import reads it: its debris ranges, and the report year that the
     * metadata detector finds in the body (here from the file name; the detector has its own tests).
     */
    private List<Figure> figures(String doc, String text) {
        return figuresByDoc.computeIfAbsent(doc, d -> {
            Matcher m = YEAR.matcher(d);
            Integer year = m.find() ? Integer.valueOf(m.group(1)) : null;
            return extractor.extract(new ExtractionInput(text, boilerplate.detect(text), null, year));
        });
    }

    private static List<Quote> quotes() throws IOException {
        List<String> lines = Files.readAllLines(GOLD, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        List<Quote> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size() && i < cols.length; i++) {
                row.put(header.get(i), cols[i]);
            }
            if (!row.get("target_quote").isEmpty()) {
                out.add(new Quote(row.get("target_doc"), row.get("target_quote"), row.get("indicator"), row.get("year"),
                        new BigDecimal(row.get("target_value")), row.get("target_unit"), row.get("target_qualifier"),
                        Kind.TARGET));
            }
            if (!row.get("actual_quote").isEmpty()) {
                out.add(new Quote(row.get("actual_doc"), row.get("actual_quote"), row.get("indicator"), row.get("year"),
                        new BigDecimal(row.get("actual_value")), row.get("actual_unit"), null, Kind.ACHIEVEMENT));
            }
        }
        return out;
    }
}
