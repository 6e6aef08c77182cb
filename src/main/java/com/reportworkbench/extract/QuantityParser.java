package com.reportworkbench.extract;

import com.reportworkbench.unit.UnitTable;
import java.util.Optional;

/**
 * Reads one quantity from a short selected text, for an analyst adding a figure the extractor missed:
 * "约3.5亿元" → 3.5 亿元, base 350000000, approx. Unlike the extractor it trusts the selection: no
 * context rule drops the number. Thread-safe.
 */
public final class QuantityParser {
    private final QuantityScanner scanner;
    private final QualifierRules qualifiers;

    public QuantityParser() {
        this(UnitTable.load());
    }

    public QuantityParser(UnitTable units) {
        this.scanner = new QuantityScanner(units);
        this.qualifiers = new QualifierRules();
    }

    /** The first quantity with a unit in the selection, or empty. */
    public Optional<ParsedQuantity> parse(String selectedText) {
        if (selectedText == null || selectedText.isBlank()) {
            return Optional.empty();
        }
        for (RawQuantity q : scanner.scan(selectedText)) {
            Qualifier qualifier = qualifiers.around(selectedText, q.start(), q.end(), q.innerAtLeast());
            if (q.bare() && qualifier == Qualifier.NONE && q.end() - q.start() < selectedText.strip().length()) {
                continue; // a lone 万 inside a word, not the quantity the analyst meant
            }
            return Optional.of(new ParsedQuantity(q.start(), q.end(), selectedText.substring(q.start(), q.end()),
                    q.value(), q.valueHigh(), q.unit(), q.baseValue(), qualifier));
        }
        return Optional.empty();
    }
}
