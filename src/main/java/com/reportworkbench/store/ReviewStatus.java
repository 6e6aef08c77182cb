package com.reportworkbench.store;

/** Where a figure stands in the analyst's review. */
public enum ReviewStatus {
    /** As the machine proposed it; nobody looked yet. */
    PROPOSED,
    /** Checked and kept as is. */
    ACCEPTED,
    /** Not a figure, or not one worth keeping; never counted in comparisons or exports of accepted data. */
    REJECTED,
    /** Corrected by the analyst. */
    EDITED;

    public boolean isReviewed() {
        return this != PROPOSED;
    }
}
