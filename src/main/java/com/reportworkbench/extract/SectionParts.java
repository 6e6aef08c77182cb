package com.reportworkbench.extract;

/**
 * A read-only view of the report parts the kind rules use (review or plan), for code outside this
 * package that weighs the extractor's evidence (the confidence of a figure). A thin hook: it adds no
 * rule, it only exposes the part a position lies in.
 */
public final class SectionParts {
    /** The part of a report a position lies in. */
    public enum Part { REVIEW, PLAN }

    private static volatile ReportStructure.Rules rules;

    private final ReportStructure structure;

    private SectionParts(ReportStructure structure) {
        this.structure = structure;
    }

    /** The parts of one document, found as the extractor finds them. */
    public static SectionParts of(ExtractionInput input) {
        ReportStructure.Rules r = rules;
        if (r == null) {
            r = new ReportStructure.Rules();
            rules = r;
        }
        return new SectionParts(new ReportStructure(r, input));
    }

    public Part at(int offset) {
        return structure.roleAt(offset) == ReportStructure.Role.PLAN ? Part.PLAN : Part.REVIEW;
    }

}
