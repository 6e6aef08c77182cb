package com.reportworkbench.indicator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small set of words looked up in place inside a longer string: by first character (words starting at a
 * position) and by last character (words ending at a position), longest first, building no substrings.
 * Immutable, thread-safe.
 */
final class WordSet {
    private static final String[] NONE = new String[0];
    private final Map<Character, String[]> byFirst = new HashMap<>();
    private final Map<Character, String[]> byLast = new HashMap<>();
    private final java.util.BitSet firsts = new java.util.BitSet(65536);
    private final java.util.BitSet lasts = new java.util.BitSet(65536);

    WordSet(Collection<String> words) {
        Map<Character, List<String>> first = new HashMap<>();
        Map<Character, List<String>> last = new HashMap<>();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            first.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
            last.computeIfAbsent(w.charAt(w.length() - 1), k -> new ArrayList<>()).add(w);
            firsts.set(w.charAt(0));
            lasts.set(w.charAt(w.length() - 1));
        }
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed();
        first.forEach((c, l) -> byFirst.put(c, l.stream().distinct().sorted(longestFirst).toArray(String[]::new)));
        last.forEach((c, l) -> byLast.put(c, l.stream().distinct().sorted(longestFirst).toArray(String[]::new)));
    }

    /** Length of the longest word of the set in s[from, limit) starting at from, or 0. */
    int longestAt(String s, int from, int limit) {
        if (from >= limit || !firsts.get(s.charAt(from))) {
            return 0;
        }
        for (String w : byFirst.getOrDefault(s.charAt(from), NONE)) {
            if (from + w.length() <= limit && s.startsWith(w, from)) {
                return w.length();
            }
        }
        return 0;
    }

    /** Lengths, longest first, of the words of the set in s[from, end) that end at end. */
    int[] endingAt(String s, int from, int end) {
        if (end <= from || !lasts.get(s.charAt(end - 1))) {
            return new int[0];
        }
        String[] candidates = byLast.getOrDefault(s.charAt(end - 1), NONE);
        int[] out = new int[candidates.length];
        int n = 0;
        for (String w : candidates) {
            int start = end - w.length();
            if (start >= from && s.startsWith(w, start)) {
                out[n++] = w.length();
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** Whether s[from, to) is a word of the set. */
    boolean isWord(String s, int from, int to) {
        if (to <= from || !firsts.get(s.charAt(from))) {
            return false;
        }
        for (String w : byFirst.getOrDefault(s.charAt(from), NONE)) {
            if (w.length() == to - from && s.startsWith(w, from)) {
                return true;
            }
        }
        return false;
    }
}
