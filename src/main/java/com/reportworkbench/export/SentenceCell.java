package com.reportworkbench.export;

/**
 * The sentence cell of a figure, at most {@value #MAX_CHARS} characters. A sentence is cut at its
 * punctuation, so a line without any (a table dumped as one line, a hostile file) would make every one
 * of its figures carry the whole line: a 1 MB line with a thousand figures is a gigabyte of cells. A
 * longer sentence is cut to a window around the figure, each cut marked with "…".
 */
final class SentenceCell {
    static final int MAX_CHARS = 2000;
    private static final char ELLIPSIS = '…';

    private SentenceCell() {}

    /** The sentence {@code [from, to)} of {@code text}, cut around the figure {@code [start, end)} if too long. */
    static String around(String text, int from, int to, int start, int end) {
        if (to - from <= MAX_CHARS) {
            return text.substring(from, to);
        }
        int figureStart = Math.max(from, Math.min(start, to));
        int figureEnd = Math.max(figureStart, Math.min(end, to));
        int room = MAX_CHARS - 2; // two marks at most
        int before = Math.max(0, (room - (figureEnd - figureStart)) / 2);
        int cutFrom = Math.max(from, figureStart - before);
        int cutTo = Math.min(to, cutFrom + room);
        cutFrom = Math.max(from, cutTo - room);
        if (cutFrom > from && Character.isLowSurrogate(text.charAt(cutFrom))) {
            cutFrom++; // never half a character
        }
        if (cutTo < to && Character.isHighSurrogate(text.charAt(cutTo - 1))) {
            cutTo--;
        }
        StringBuilder sb = new StringBuilder(MAX_CHARS);
        if (cutFrom > from) {
            sb.append(ELLIPSIS);
        }
        sb.append(text, cutFrom, cutTo);
        if (cutTo < to) {
            sb.append(ELLIPSIS);
        }
        return sb.toString();
    }
}
