package com.reportworkbench.csv;

import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;

/**
 * CSV as the workbench writes it: Apache Commons CSV does the quoting (RFC 4180), and text cells are
 * defused against formula injection (OWASP "CSV injection"): Excel and LibreOffice run a cell that
 * begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return as a formula when
 * the file is opened, so such a text cell gets a leading {@code '} (shown by neither program). Numbers
 * are written as numbers, a negative one with its minus sign.
 */
public final class SafeCsv {
    /** RFC 4180 with CRLF line ends (what Excel writes), for the export's files. */
    public static final CSVFormat EXCEL = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    /** RFC 4180 with "\n" line ends, for output on the command line. */
    public static final CSVFormat LINES = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private SafeCsv() {}

    /** A text cell, defused if it would start a formula. */
    public static String text(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        return startsFormula(s.charAt(0)) ? "'" + s : s;
    }

    /**
     * A cell that is a number written as text (a value, a gap) or a text: a plain number, negative or not,
     * stays as it is (it cannot run anything); anything else is treated as {@link #text}.
     */
    public static String numberOrText(String s) {
        if (s == null || s.isEmpty() || PLAIN_NUMBER.matcher(s).matches()) {
            return s;
        }
        return text(s);
    }

    static boolean startsFormula(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
