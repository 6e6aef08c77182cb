package com.reportworkbench.team;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntBinaryOperator;

/**
 * The matching of {@code score_figures.py} ({@code figures.md} section 5), once: spans that overlap are
 * paired one to one, largest overlap first; values agree when their base values are equal (relative 1e-6)
 * in the same unit family. Coder agreement and the seed score both use it.
 */
public final class ScorerMatching {
    private static final String MULTIPLIERS = "十百千万亿";
    private static final List<String> KILO_UNITS = List.of("千瓦时", "千瓦", "千米", "千克", "千伏安", "千伏");

    private ScorerMatching() {}

    /** A matched pair: index {@code a} of the first list, {@code b} of the second. */
    public record Pair(int a, int b) {}

    /**
     * The one-to-one matches of {@code sizeA} and {@code sizeB} figures, in the order the scorer takes them;
     * {@code overlap} gives the characters two spans share (0 or less: no match).
     */
    public static List<Pair> match(int sizeA, int sizeB, IntBinaryOperator overlap) {
        record Candidate(int overlap, int a, int b) {}
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < sizeA; i++) {
            for (int j = 0; j < sizeB; j++) {
                int o = overlap.applyAsInt(i, j);
                if (o > 0) {
                    candidates.add(new Candidate(o, i, j));
                }
            }
        }
        // the scorer sorts (overlap, i, j) tuples in reverse: largest overlap first, then larger indices
        candidates.sort(Comparator.comparingInt(Candidate::overlap).thenComparingInt(Candidate::a)
                .thenComparingInt(Candidate::b).reversed());
        Set<Integer> usedA = new HashSet<>();
        Set<Integer> usedB = new HashSet<>();
        List<Pair> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (usedA.contains(c.a()) || usedB.contains(c.b())) {
                continue;
            }
            usedA.add(c.a());
            usedB.add(c.b());
            out.add(new Pair(c.a(), c.b()));
        }
        return out;
    }

    /** Characters two spans [startA, endA) and [startB, endB) share. */
    public static int overlap(int startA, int endA, int startB, int endB) {
        return Math.min(endA, endB) - Math.max(startA, startB);
    }

    /** The scorer's same_value: the same unit family (a bare multiplier fits any) and equal base values. */
    public static boolean sameValue(double baseA, String unitA, double baseB, String unitB) {
        String fa = unitFamily(unitA);
        String fb = unitFamily(unitB);
        if (!fa.equals(fb) && !"*".equals(fa) && !"*".equals(fb)) {
            return false;
        }
        return Math.abs(baseA - baseB) <= 1e-6 * Math.max(1.0, Math.abs(baseA));
    }

    /** 个百分点 → pp; 亿元 → 元; 万千瓦 → 千瓦; 万吨/年 → 吨; a bare multiplier → * (matches any). */
    public static String unitFamily(String unit) {
        String u = (unit == null ? "" : unit.strip()).replace("％", "%");
        if (u.endsWith("/年")) {
            u = u.substring(0, u.length() - 2);
        }
        if (u.equals("个百分点") || u.equals("百分点")) {
            return "pp";
        }
        while (!u.isEmpty() && MULTIPLIERS.indexOf(u.charAt(0)) >= 0 && !KILO_UNITS.contains(u)) {
            u = u.substring(1);
        }
        return u.isEmpty() ? "*" : u;
    }
}
