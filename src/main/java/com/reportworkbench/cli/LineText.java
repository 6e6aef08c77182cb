package com.reportworkbench.cli;

import java.io.File;

/**
 * Makes a text safe for one field of a line of output (TSV, the import lines): a file name holding a
 * newline, a tab or an escape sequence must not split a line, forge another line or drive the terminal.
 * Line breaks and tabs become {@code \n}, {@code \r}, {@code \t}; other control characters (and the Unicode
 * line and paragraph separators) become {@code \\uXXXX}. Where a backslash can be part of a name (every
 * system but Windows) it is doubled, so that the escapes stay unambiguous; on Windows it is the path
 * separator and no name holds a control character, so paths are printed as they are.
 */
final class LineText {
    private static final boolean BACKSLASH_IN_NAMES = File.separatorChar != '\\';

    private LineText() {}

    static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            String replacement = replacement(ch);
            if (replacement == null) {
                if (sb != null) {
                    sb.append(ch);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            sb.append(replacement);
        }
        return sb == null ? s : sb.toString();
    }

    private static String replacement(char ch) {
        switch (ch) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            case '\\':
                return BACKSLASH_IN_NAMES ? "\\\\" : null;
            default:
                if (Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029') {
                    return String.format("\\u%04x", (int) ch);
                }
                return null;
        }
    }
}
