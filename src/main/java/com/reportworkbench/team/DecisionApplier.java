package com.reportworkbench.team;

import com.reportworkbench.store.FigureChangedException;
import com.reportworkbench.store.FigureEdit;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.store.Store;
import com.reportworkbench.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records decisions from outside ({@link DecisionFile}) as the store's analyst. Each decision is one
 * normal, signed, undoable change of its figure — or, on a document this analyst double-codes, a
 * decision in their own layer. A figure changed by someone else since the decision's version, or a
 * figure of a document others are double-coding, is a conflict; nothing is overwritten.
 */
public final class DecisionApplier {
    /** The outcome of one decision: {@code applied}, {@code conflict} or {@code failed}, and why. */
    public record Outcome(String status, long figureId, String reason) {}

    private final Store store;

    public DecisionApplier(Store store) {
        this.store = store;
    }

    public List<Outcome> apply(List<Decision> decisions, String source) {
        List<Outcome> out = new ArrayList<>();
        for (Decision d : decisions) {
            out.add(applyOne(d, source));
        }
        return out;
    }

    private Outcome applyOne(Decision d, String source) {
        if (d.problem() != null) {
            return new Outcome("failed", d.figureId(), d.where() + ": " + d.problem());
        }
        try {
            Optional<FigureRecord> figure = store.figures().get(d.figureId());
            if (figure.isEmpty()) {
                return new Outcome("failed", d.figureId(), "no figure " + d.figureId() + " in this store");
            }
            if (d.fields().isEmpty()) {
                return new Outcome("applied", d.figureId(), "no change");
            }
            long documentId = figure.get().documentId();
            String me = store.analyst();
            var coders = store.coding().assignments(documentId);
            boolean doubleCoded = coders.size() >= 2;
            boolean settled = coders.stream().allMatch(a -> a.done());
            if (doubleCoded && store.coding().isCoding(documentId, me)) {
                int n = store.coding().decide(d.figureId(), d.fields());
                return new Outcome("applied", d.figureId(), "coder decision of " + me + ": " + n + " field(s)");
            }
            if (doubleCoded && !settled) {
                return new Outcome("conflict", d.figureId(), "document " + documentId
                        + " is being double-coded and " + me + " is not one of its coders still coding");
            }
            List<FigureEdit> edits = d.fields().entrySet().stream()
                    .map(e -> new FigureEdit(d.figureId(), e.getKey(), e.getValue())).toList();
            Map<Long, Long> basedOn = d.basedOnVersion() == null ? Map.of() : Map.of(d.figureId(), d.basedOnVersion());
            long changeSet = store.figures().apply("apply " + source + ": figure " + d.figureId(), edits, basedOn);
            return new Outcome("applied", d.figureId(), changeSet == 0 ? "no change" : edits.size() + " field(s), change " + changeSet);
        } catch (FigureChangedException e) {
            return new Outcome("conflict", d.figureId(), e.getMessage());
        } catch (StoreException | IllegalArgumentException e) {
            return new Outcome("failed", d.figureId(), e.getMessage());
        }
    }
}
