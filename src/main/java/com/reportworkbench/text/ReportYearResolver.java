package com.reportworkbench.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides a report's plan year from the claims of its cues, with a fixed precedence: the claims are read
 * in the order given (the detector lists them strongest first: date line, plan heading, review heading,
 * title year, congress session, plan sentence, "今年是…", the year just reviewed, the file name). Each
 * claim narrows the years still possible; a claim that allows none of them is a conflict and is set aside.
 * The year is the first claim's own year that is still possible, so a mid-year date (August: that year or
 * the next) lets a plan heading decide, while a January date overrules a contradicting heading.
 *
 * <p>Confidence: the chosen claim's own, lowered to DOUBTFUL by a conflicting sure claim and by one step
 * by any other conflict, so the document list marks reports whose cues disagree.
 */
final class ReportYearResolver {
    private ReportYearResolver() {}

    static FieldEvidenceAndYear resolve(List<YearClaim> claims) {
        if (claims.stream().allMatch(YearClaim::checkOnly)) {
            return null;
        }
        Set<Integer> possible = null;
        List<YearClaim> conflicts = new ArrayList<>();
        for (YearClaim claim : claims) {
            if (possible == null) {
                possible = new HashSet<>(claim.allowed());
                continue;
            }
            Set<Integer> narrowed = new HashSet<>(possible);
            narrowed.retainAll(claim.allowed());
            if (narrowed.isEmpty()) {
                conflicts.add(claim);
            } else {
                possible = narrowed;
            }
        }
        YearClaim chosen = null;
        for (YearClaim claim : claims) {
            if (!claim.checkOnly() && !conflicts.contains(claim) && possible.contains(claim.preferred())) {
                chosen = claim;
                break;
            }
        }
        int year = chosen != null ? chosen.preferred() : possible.stream().min(Integer::compare).orElseThrow();
        YearClaim source = chosen != null ? chosen
                : claims.stream().filter(c -> !c.checkOnly()).findFirst().orElseThrow();
        Confidence confidence = source.confidence();
        for (YearClaim conflict : conflicts) {
            confidence = conflict.confidence() == Confidence.SURE ? Confidence.DOUBTFUL
                    : worse(confidence, source.confidence().lower());
        }
        String conflictNote = conflicts.isEmpty() ? null : conflicts.get(0).describe();
        return new FieldEvidenceAndYear(year, new FieldEvidence(source.cue(), source.quote(), confidence, conflictNote));
    }

    private static Confidence worse(Confidence a, Confidence b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    /** The resolved year with its evidence. */
    record FieldEvidenceAndYear(int year, FieldEvidence evidence) {}
}
