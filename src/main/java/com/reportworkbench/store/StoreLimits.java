package com.reportworkbench.store;

import com.reportworkbench.extract.Figure;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * What the store's columns hold (see the Flyway migrations), checked before a row is written so that
 * a value that does not fit gets a reason in words instead of a failed SQL statement, and costs only
 * itself: a figure that cannot be stored is left out of its document, never the document.
 */
public final class StoreLimits {
    /** {@code DECIMAL(38, 10)}: 28 digits before the point. */
    public static final int INTEGER_DIGITS = 28;
    public static final int SPAN_CHARS = 1000;
    public static final int INDICATOR_TEXT_CHARS = 1000;
    public static final int UNIT_CHARS = 64;
    public static final int INDICATOR_CHARS = 64;
    public static final int PERIOD_CHARS = 16;
    public static final int FILE_NAME_CHARS = 1000;
    public static final int TITLE_CHARS = 1000;
    public static final int REGION_CHARS = 200;
    /** {@code document_evidence.cue_quote} and {@code conflict_note} (V4). */
    public static final int EVIDENCE_CHARS = 400;

    private StoreLimits() {}

    /** Why the figure cannot be stored, or null if it can. */
    public static String whyNot(Figure f) {
        String why = tooManyDigits("value", f.value());
        if (why == null) {
            why = tooManyDigits("upper value", f.valueHigh());
        }
        if (why == null) {
            why = tooManyDigits("base value", f.baseValue());
        }
        if (why == null) {
            why = tooLong("figure text", f.text(), SPAN_CHARS);
        }
        if (why == null) {
            why = tooLong("unit", f.unit(), UNIT_CHARS);
        }
        if (why == null) {
            why = tooLong("indicator", f.indicator(), INDICATOR_CHARS);
        }
        if (why == null) {
            why = tooLong("period", f.period(), PERIOD_CHARS);
        }
        return why;
    }

    /** Why the document cannot be stored, or null if it can (its texts have no limit). */
    public static String whyNot(NewDocument d) {
        return tooLong("file name", d.fileName(), FILE_NAME_CHARS);
    }

    /** Cuts a text that the store cannot hold whole (a derived title, a region) to the column's size. */
    public static String fit(String text, int chars) {
        if (text == null || text.length() <= chars) {
            return text;
        }
        return text.substring(0, chars - 1) + "…";
    }

    private static String tooManyDigits(String what, BigDecimal v) {
        if (v == null) {
            return null;
        }
        long digits = (long) v.precision() - v.scale();
        if (digits <= INTEGER_DIGITS) {
            return null;
        }
        return String.format(Locale.ROOT, "its %s has %,d digits before the point (the store holds at most %d)",
                what, digits, INTEGER_DIGITS);
    }

    private static String tooLong(String what, String text, int limit) {
        if (text == null || text.length() <= limit) {
            return null;
        }
        return String.format(Locale.ROOT, "its %s is %,d characters long (the store holds at most %,d)",
                what, text.length(), limit);
    }
}
