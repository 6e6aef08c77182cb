package com.reportworkbench.text;

/**
 * Walks the lines of a text with their surrounding white space trimmed, reporting offsets into the
 * original text (headings and debris lines are recognised on trimmed lines, but ranges must index the
 * untouched text).
 */
public final class TrimmedLines {
    private TrimmedLines() {}

    /** Receives one non-blank line: [start, end) into the text, white space trimmed on both sides. */
    @FunctionalInterface
    public interface Visitor {
        void line(int start, int end);
    }

    public static void forEach(String text, Visitor visitor) {
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int a = lineStart;
            int b = lineEnd;
            while (a < b && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            if (b > a) {
                visitor.line(a, b);
            }
            lineStart = lineEnd + 1;
        }
    }
}
