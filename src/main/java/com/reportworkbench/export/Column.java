package com.reportworkbench.export;

/**
 * A column of an exported table: its Chinese header (first header row of the workbook), its stable English
 * key (second header row; the header of the CSV), its width in characters and how its cells are written.
 */
public record Column(String header, String key, double width, Type type) {
    public enum Type {
        /** A short, repeating text (region, unit, status): shared in the workbook's string table. */
        TEXT,
        /** A long or unique text (span, sentence): written inline so the string table stays small. */
        LONG_TEXT,
        INTEGER,
        DECIMAL,
        DATE,
        BOOLEAN,
        /** A fraction shown as a percentage (0.25 → 25%). */
        PERCENT
    }

    static Column text(String header, String key, double width) {
        return new Column(header, key, width, Type.TEXT);
    }

    static Column longText(String header, String key, double width) {
        return new Column(header, key, width, Type.LONG_TEXT);
    }

    static Column integer(String header, String key, double width) {
        return new Column(header, key, width, Type.INTEGER);
    }

    static Column decimal(String header, String key, double width) {
        return new Column(header, key, width, Type.DECIMAL);
    }

    static Column date(String header, String key) {
        return new Column(header, key, 11, Type.DATE);
    }

    static Column bool(String header, String key) {
        return new Column(header, key, 7, Type.BOOLEAN);
    }

    static Column percent(String header, String key) {
        return new Column(header, key, 9, Type.PERCENT);
    }
}
