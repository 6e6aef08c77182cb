package com.reportworkbench.ui.doubt;

import java.util.List;

/**
 * What the table shows of a figure's doubt: its confidence (null before it was scored) and its flags,
 * evidence codes first, then consistency checks with their reasons.
 */
public record FigureDoubt(Double confidence, List<String> flags, List<String> reasons) {
    public FigureDoubt {
        flags = List.copyOf(flags);
        reasons = List.copyOf(reasons);
    }

    boolean hasCheck() {
        return !reasons.isEmpty();
    }
}
