package com.reportworkbench.extract;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The JSON line of a figure, exactly as figures.md section 5 and the gold files: doc, start, end, text,
 * value, [value_high], unit, base_value, qualifier, kind, estimated, indicator, indicator_text, period.
 * Numbers are plain JSON numbers (16.65, 1665000000: no trailing zeros, no exponent); a missing
 * qualifier or indicator is "".
 */
public final class FigureJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true);

    private FigureJson() {
    }

    /** One gold or prediction line: the figure, its document and whether the gold marks it optional. */
    public record DocFigure(String doc, Figure figure, boolean optional) {
    }

    public static String toJsonLine(String doc, Figure f) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("doc", doc);
        n.put("start", f.start());
        n.put("end", f.end());
        n.put("text", f.text());
        n.put("value", plain(f.value()));
        if (f.valueHigh() != null) {
            n.put("value_high", plain(f.valueHigh()));
        }
        n.put("unit", f.unit());
        n.put("base_value", plain(f.baseValue() == null ? f.value() : f.baseValue()));
        n.put("qualifier", f.qualifier().id());
        n.put("kind", f.kind().id());
        n.put("estimated", f.estimated());
        n.put("indicator", f.indicator() == null ? "" : f.indicator());
        n.put("indicator_text", f.indicatorText() == null ? "" : f.indicatorText());
        n.put("period", f.period() == null ? "" : f.period());
        try {
            return MAPPER.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write figure " + f, e);
        }
    }

    /** 7.50 → 7.5, 1.665E+9 → 1665000000 (written plain by the mapper), in time linear in the digits. */
    static BigDecimal plain(BigDecimal v) {
        return PlainDecimal.of(v);
    }

    /** Reads a figure line; empty for a line that is no figure (a {"doc", "range"} line, a blank line). */
    public static Optional<DocFigure> read(String line) {
        if (line == null || line.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode n = MAPPER.readTree(line);
            if (n.has("range") || !n.has("start")) {
                return Optional.empty();
            }
            String doc = n.path("doc").asText();
            doc = doc.substring(doc.lastIndexOf('/') + 1);
            Figure f = new Figure(n.path("start").asInt(), n.path("end").asInt(), n.path("text").asText(),
                    decimal(n.get("value")), n.has("value_high") ? decimal(n.get("value_high")) : null,
                    n.path("unit").asText(), decimal(n.get("base_value")),
                    Qualifier.fromId(n.path("qualifier").asText("")),
                    n.hasNonNull("kind") ? Kind.fromId(n.get("kind").asText()) : Kind.OTHER,
                    n.path("estimated").asBoolean(false), emptyToNull(n.path("indicator").asText("")),
                    n.path("indicator_text").asText(""), emptyToNull(n.path("period").asText("")), 0, 0);
            return Optional.of(new DocFigure(doc, f, n.path("optional").asBoolean(false)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a figure line: " + line, e);
        }
    }

    private static BigDecimal decimal(JsonNode n) {
        return n == null || n.isNull() ? BigDecimal.ZERO : new BigDecimal(n.asText());
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
