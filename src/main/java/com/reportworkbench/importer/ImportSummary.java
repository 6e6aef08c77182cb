package com.reportworkbench.importer;

import java.util.List;

/** The outcome of a batch: one entry per file, in order, and whether it was cancelled part-way. */
public record ImportSummary(List<ImportOutcome> outcomes, boolean cancelled) {
    public ImportSummary {
        outcomes = List.copyOf(outcomes);
    }

    public long count(ImportOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public List<ImportOutcome> failures() {
        return outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.FAILED).toList();
    }
}
