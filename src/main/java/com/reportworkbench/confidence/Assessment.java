package com.reportworkbench.confidence;

import java.util.List;

/**
 * How much to trust one extracted figure: the calibrated probability that the whole record is right,
 * the short codes saying why it is doubtful, and the evidence both were computed from.
 */
public record Assessment(double confidence, List<String> flags, Evidence evidence) {
    public Assessment {
        flags = List.copyOf(flags);
    }

    /** Flags as stored and shown: codes joined by ",", the empty string for none. */
    public String flagText() {
        return String.join(",", flags);
    }
}
