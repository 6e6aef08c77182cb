package com.reportworkbench.extract;

import com.reportworkbench.text.AssetLines;

/**
 * Old and typeset text forms read the modern way (assets/text_forms.tsv, assets/traditional_chars.tsv):
 * full-width digits and letters, decimal points written ·/．, digits separated by spaces
 * ("4 9 2 5 0 万吨"), traditional characters (億元, 點). The extractor's rules then see one form only.
 * The stored text is never touched: {@link #view} returns the text as the rules read it together with a
 * map back to the original offsets. A modern report needs no change and costs one pass over its
 * characters. Immutable, thread-safe.
 */
final class TextForms {
    private static final byte ALWAYS = 1;
    private static final byte BETWEEN_DIGITS = 2;
    private static final byte TRADITIONAL = 4;
    private static final byte THOUSANDS = 8;

    /** What may happen to a character: bits of ALWAYS, BETWEEN_DIGITS, TRADITIONAL. */
    private final byte[] flags = new byte[65536];
    private final char[] always = new char[65536];
    private final char[] betweenDigits = new char[65536];
    private final char[] traditional = new char[65536];
    private final char[] thousands = new char[65536];
    private final int spacedDigitsMin;
    private final double traditionalShare;
    /** Least number of "33，212"-shaped groups (half-width digits) that make a text one that groups thousands so. */
    private final int halfWidthGroupsMin;

    private static volatile TextForms standard;

    private TextForms() {
        int spacedMin = 3;
        double tradShare = 0.002;
        int groupsMin = 3;
        for (String[] cols : AssetLines.readColumns("text_forms.tsv")) {
            switch (cols[0]) {
                case "char" -> addChars(cols[1], cols[2], cols[3]);
                case "setting" -> {
                    switch (cols[1]) {
                        case "spaced_digits_min" -> spacedMin = Integer.parseInt(cols[2]);
                        case "traditional_share" -> tradShare = Double.parseDouble(cols[2]);
                        case "half_width_groups_min" -> groupsMin = Integer.parseInt(cols[2]);
                        default -> throw new IllegalStateException("text_forms.tsv: unknown setting " + cols[1]);
                    }
                }
                default -> throw new IllegalStateException("text_forms.tsv: unknown rule " + cols[0]);
            }
        }
        for (String[] cols : AssetLines.readColumns("traditional_chars.tsv")) {
            char from = cols[0].charAt(0);
            traditional[from] = cols[1].charAt(0);
            flags[from] |= TRADITIONAL;
        }
        this.spacedDigitsMin = spacedMin;
        this.traditionalShare = tradShare;
        this.halfWidthGroupsMin = groupsMin;
    }

    /** The forms of the bundled assets (loaded once). */
    static TextForms standard() {
        TextForms forms = standard;
        if (forms == null) {
            synchronized (TextForms.class) {
                if (standard == null) {
                    standard = new TextForms();
                }
                forms = standard;
            }
        }
        return forms;
    }

    private void addChars(String from, String to, String where) {
        char[] target = switch (where) {
            case "always" -> always;
            case "between_digits" -> betweenDigits;
            case "thousands" -> thousands;
            default -> throw new IllegalStateException("text_forms.tsv: unknown place " + where);
        };
        byte flag = switch (where) {
            case "always" -> ALWAYS;
            case "between_digits" -> BETWEEN_DIGITS;
            default -> THOUSANDS;
        };
        char fromFirst = from.charAt(0);
        char fromLast = from.length() == 4 && from.startsWith("..", 1) ? from.charAt(3) : fromFirst;
        char toFirst = to.charAt(0);
        for (int c = fromFirst; c <= fromLast; c++) {
            target[c] = (char) (toFirst + (c - fromFirst));
            flags[c] |= flag;
        }
    }

    static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static boolean isPercentSign(char c) {
        return c == '%' || c == '％' || c == '‰';
    }

    /** The text as the rules read it. */
    View view(String text) {
        char[] chars = text.toCharArray();
        int n = chars.length;
        boolean change = false;
        boolean dropsSpaces = false;
        int spacedDigits = 0;
        int traditionalChars = 0;
        int hanChars = 0;
        int halfWidthGroups = 0;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            byte f = flags[c];
            if (f == 0) {
                if (c == ' ' && i > 0 && isDigit(chars[i - 1]) && i + 1 < n) {
                    if (isDigit(chars[i + 1]) && digitsOfToken(chars, i - 1) == 1) {
                        spacedDigits++;
                    } else if (isPercentSign(chars[i + 1]) || (chars[i + 1] == ' ' && i + 2 < n && isPercentSign(chars[i + 2]))) {
                        change = true;
                        dropsSpaces = true;
                    }
                }
                continue;
            }
            if ((f & ALWAYS) != 0 || ((f & BETWEEN_DIGITS) != 0 && betweenDigits(chars, i))
                    || ((f & THOUSANDS) != 0 && thousandsSeparator(chars, i))) {
                change = true;
            } else if ((f & THOUSANDS) != 0 && halfWidthGroup(chars, i)) {
                halfWidthGroups++;
            }
            if ((f & TRADITIONAL) != 0) {
                traditionalChars++;
            }
        }
        if (traditionalChars > 0) {
            for (char c : chars) { // counted only where traditional forms occur at all
                if (c >= '\u4e00' && c <= '\u9fff') {
                    hanChars++;
                }
            }
        }
        boolean spaced = spacedDigits >= spacedDigitsMin;
        boolean traditionalText = traditionalChars > 0 && traditionalChars >= traditionalShare * hanChars;
        // one "33，212万吨" may be a list (分别为33，212); a text that writes many groups so groups thousands
        boolean groupedText = halfWidthGroups >= halfWidthGroupsMin;
        if (!change && !spaced && !traditionalText && !groupedText) {
            return new View(text, null);
        }
        if (!spaced && !dropsSpaces) {
            return new View(replaceInPlace(chars, traditionalText, groupedText), null); // one for one: offsets stay
        }
        return rewrite(chars, spaced, traditionalText, groupedText);
    }

    /** The view of a text whose forms are replaced one for one (no space dropped): the same offsets. */
    private String replaceInPlace(char[] chars, boolean traditionalText, boolean groupedText) {
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            byte f = flags[c];
            if (f != 0) {
                chars[i] = replacement(chars, i, f, traditionalText, groupedText);
            }
        }
        return new String(chars);
    }

    private char replacement(char[] chars, int i, byte f, boolean traditionalText, boolean groupedText) {
        char c = chars[i];
        if ((f & ALWAYS) != 0) {
            return always[c];
        }
        if ((f & BETWEEN_DIGITS) != 0 && betweenDigits(chars, i)) {
            return betweenDigits[c];
        }
        if ((f & THOUSANDS) != 0 && (thousandsSeparator(chars, i) || (groupedText && halfWidthGroup(chars, i)))) {
            return thousands[c];
        }
        if ((f & TRADITIONAL) != 0 && traditionalText) {
            return traditional[c];
        }
        return c;
    }

    /** "３，０３６万担": a full-width comma between full-width digits, before a group of exactly three. */
    private static boolean thousandsSeparator(char[] chars, int i) {
        // the digit before may already read as ASCII (the in-place replacement goes left to right)
        if (i == 0 || i + 3 >= chars.length || !isDigit(chars[i - 1])) {
            return false;
        }
        for (int k = i + 1; k <= i + 3; k++) {
            if (!isFullWidthDigit(chars[k])) {
                return false;
            }
        }
        return i + 4 >= chars.length || !isDigit(chars[i + 4]);
    }

    /**
     * "粮食产量33，212万吨": a full-width comma after one to three half-width digits (no decimal point, no
     * longer number before them) and before exactly three half-width digits that no digit follows. Read as a
     * separator only in a text that writes several such groups (setting half_width_groups_min).
     */
    private static boolean halfWidthGroup(char[] chars, int i) {
        if (i + 3 >= chars.length) {
            return false;
        }
        for (int k = i + 1; k <= i + 3; k++) {
            if (!isAsciiDigit(chars[k])) {
                return false;
            }
        }
        if (i + 4 < chars.length && (isDigit(chars[i + 4]) || chars[i + 4] == '，' && i + 5 < chars.length && isDigit(chars[i + 5])
                && !halfWidthGroup(chars, i + 4))) {
            return false;
        }
        int run = 0;
        int k = i - 1;
        while (k >= 0 && isAsciiDigit(chars[k])) {
            run++;
            k--;
        }
        if (run < 1 || run > 3) {
            return false;
        }
        // a group before (1，062，000) is part of the same number; a point or another digit is not
        return k < 0 || (chars[k] != '.' && !isDigit(chars[k]) && chars[k] != '，' && chars[k] != ',')
                || ((chars[k] == '，' || chars[k] == ',') && run == 3 && k > 0 && isAsciiDigit(chars[k - 1]));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isFullWidthDigit(char c) {
        return c >= '０' && c <= '９';
    }

    private View rewrite(char[] chars, boolean spaced, boolean traditionalText, boolean groupedText) {
        int n = chars.length;
        char[] out = new char[n];
        int[] toOriginal = new int[n + 1];
        int k = 0;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c == ' ' && droppedSpace(chars, i, spaced)) {
                continue;
            }
            byte f = flags[c];
            toOriginal[k] = i;
            out[k++] = f == 0 ? c : replacement(chars, i, f, traditionalText, groupedText);
        }
        toOriginal[k] = n;
        return new View(new String(out, 0, k), k == n ? toOriginal : java.util.Arrays.copyOf(toOriginal, k + 1));
    }

    /** A decimal point between digits; in spaced text one space may stand before it ("8 ．8"). */
    private static boolean betweenDigits(char[] chars, int i) {
        int before = i - 1;
        if (before > 0 && chars[before] == ' ') {
            before--;
        }
        return before >= 0 && isDigit(chars[before]) && i + 1 < chars.length && isDigit(chars[i + 1]);
    }

    /** Number of digits in the run of digits and points that ends at {@code last}. */
    private static int digitsOfToken(char[] chars, int last) {
        int digits = 0;
        for (int k = last; k >= 0; k--) {
            char c = chars[k];
            if (isDigit(c)) {
                digits++;
            } else if (c != '.' && c != '．' && c != '·' && c != '・') {
                break;
            }
        }
        return digits;
    }

    /**
     * A space after a digit that the view leaves out: before %/％/‰ (up to two spaces) in any text; in a
     * text that spaces its digits, the single space after a one-digit token before a digit, a decimal
     * point or a Chinese character ("1 9 9 7 年", "8 ．8 ％", "4 9 2 5 0 万吨").
     */
    private boolean droppedSpace(char[] chars, int i, boolean spaced) {
        int n = chars.length;
        int digitAt = i - 1;
        if (digitAt >= 0 && chars[digitAt] == ' ') {
            digitAt--; // the second of two spaces before %
        }
        if (digitAt < 0 || !isDigit(chars[digitAt]) || i + 1 >= n) {
            return false;
        }
        char next = chars[i + 1];
        if (isPercentSign(next) || (next == ' ' && digitAt == i - 1 && i + 2 < n && isPercentSign(chars[i + 2]))) {
            return true;
        }
        if (!spaced || digitAt != i - 1 || digitsOfToken(chars, digitAt) != 1) {
            return false;
        }
        return isDigit(next) || (flags[next] & BETWEEN_DIGITS) != 0 || next == '.'
                || (next >= '\u4e00' && next <= '\u9fff');
    }

    /**
     * A text as the extractor's rules read it, with the way back: {@code toOriginal} is null when the
     * view is the original text, else toOriginal[k] is the original offset of view character k
     * (toOriginal[length] = the original length).
     */
    static final class View {
        private final String text;
        private final int[] toOriginal;

        View(String text, int[] toOriginal) {
            this.text = text;
            this.toOriginal = toOriginal;
        }

        String text() {
            return text;
        }

        /** Whether the view has the original offsets (its characters may still differ: 全角 digits). */
        boolean sameOffsets() {
            return toOriginal == null;
        }

        /** Original offset of the view character at {@code viewOffset}. */
        int originalStart(int viewOffset) {
            return toOriginal == null ? viewOffset : toOriginal[viewOffset];
        }

        /** Original end (exclusive) of a view range ending (exclusive) at {@code viewEnd}. */
        int originalEnd(int viewEnd) {
            if (toOriginal == null) {
                return viewEnd;
            }
            return viewEnd == 0 ? 0 : toOriginal[viewEnd - 1] + 1;
        }

        /** View offset of the first view character at or after original offset {@code original}. */
        int viewOffset(int original) {
            if (toOriginal == null) {
                return original;
            }
            int lo = 0;
            int hi = toOriginal.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (toOriginal[mid] < original) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
