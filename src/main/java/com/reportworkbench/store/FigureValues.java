package com.reportworkbench.store;

import com.reportworkbench.extract.Figure;
import com.reportworkbench.extract.Kind;
import com.reportworkbench.extract.Qualifier;
import java.math.BigDecimal;
import java.util.Locale;

/** The text form of a figure's fields, as history rows and edits carry them. */
public final class FigureValues {
    private FigureValues() {}

    /** A field of a figure in its text form (null where the field is empty). */
    public static String text(Figure f, FigureField field) {
        return switch (field) {
            case VALUE -> plain(f.value());
            case VALUE_HIGH -> plain(f.valueHigh());
            case UNIT -> f.unit();
            case BASE_VALUE -> plain(f.baseValue());
            case QUALIFIER -> f.qualifier().id();
            case KIND -> f.kind().id();
            case ESTIMATED -> Boolean.toString(f.estimated());
            case INDICATOR -> f.indicator();
            case INDICATOR_TEXT -> f.indicatorText();
            case PERIOD -> f.period();
            case STATUS, REMOVED -> throw new IllegalArgumentException(field + " is not a value of a figure");
        };
    }

    /** A figure with some content fields replaced by their text forms (a coder's decisions over the machine's proposal). */
    static Figure with(Figure f, java.util.Map<FigureField, String> values) {
        java.util.function.Function<FigureField, String> v = field -> values.containsKey(field) ? values.get(field) : text(f, field);
        return new Figure(f.start(), f.end(), f.text(), decimal(v.apply(FigureField.VALUE)), decimal(v.apply(FigureField.VALUE_HIGH)),
                v.apply(FigureField.UNIT), decimal(v.apply(FigureField.BASE_VALUE)), Qualifier.fromId(nonNull(v.apply(FigureField.QUALIFIER))),
                Kind.fromId(v.apply(FigureField.KIND)), Boolean.parseBoolean(v.apply(FigureField.ESTIMATED)),
                v.apply(FigureField.INDICATOR), v.apply(FigureField.INDICATOR_TEXT), v.apply(FigureField.PERIOD),
                f.sentenceStart(), f.sentenceEnd());
    }

    private static BigDecimal decimal(String s) {
        return s == null || s.isEmpty() ? null : new BigDecimal(s);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** Validates and canonicalises an edit's value so that equal values compare equal in history. */
    static String normalize(FigureField field, String value) {
        if (value == null) {
            if (field == FigureField.VALUE || field == FigureField.UNIT || field == FigureField.KIND
                    || field == FigureField.STATUS || field == FigureField.QUALIFIER || field.isBoolean()) {
                throw new IllegalArgumentException(field + " cannot be empty");
            }
            return null;
        }
        String v = value.trim();
        switch (field) {
            case VALUE, VALUE_HIGH, BASE_VALUE -> {
                if (v.isEmpty() && field != FigureField.VALUE) {
                    return null;
                }
                return plain(new BigDecimal(v));
            }
            case KIND -> {
                return Kind.fromId(v).id();
            }
            case QUALIFIER -> {
                return Qualifier.fromId(v).id();
            }
            case STATUS -> {
                return ReviewStatus.valueOf(v.toUpperCase(Locale.ROOT)).name();
            }
            case ESTIMATED, REMOVED -> {
                return Boolean.toString(Boolean.parseBoolean(v));
            }
            case UNIT -> {
                if (v.isEmpty()) {
                    throw new IllegalArgumentException("a figure needs a unit");
                }
                return v;
            }
            default -> {
                return v.isEmpty() ? null : v;
            }
        }
    }

    static String plain(BigDecimal d) {
        return d == null ? null : Sql.normalize(d).toPlainString();
    }
}
