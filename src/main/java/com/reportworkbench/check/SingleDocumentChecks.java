package com.reportworkbench.check;

import com.reportworkbench.extract.Figure;
import com.reportworkbench.text.DocumentMetadata;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The consistency checks that one document can fail on its own (two values for one indicator and year,
 * level vs growth, a target whose year has passed), for {@code extract}, which sees no store.
 */
public final class SingleDocumentChecks {
    private final ConsistencyChecks checks = new ConsistencyChecks();

    /** The check codes of each figure of a document of which only the date and year are known. */
    public List<List<String>> flags(java.time.LocalDate reportDate, Integer year, List<Figure> figures) {
        return flags(new DocumentMetadata(null, null, null, reportDate, year), "", figures);
    }

    /** The check codes of each figure, in the order given. */
    public List<List<String>> flags(DocumentMetadata metadata, String fileName, List<Figure> figures) {
        CheckedDocument doc = new CheckedDocument(0, fileName, metadata == null ? null : metadata.region(),
                metadata == null || metadata.level() == null ? null : metadata.level().id(),
                metadata == null ? null : metadata.year(), metadata == null ? null : metadata.reportDate());
        List<CheckedFigure> checked = new ArrayList<>(figures.size());
        for (int i = 0; i < figures.size(); i++) {
            checked.add(new CheckedFigure(i, 0, figures.get(i)));
        }
        List<Set<String>> codes = new ArrayList<>(figures.size());
        for (int i = 0; i < figures.size(); i++) {
            codes.add(new LinkedHashSet<>());
        }
        for (CheckFlag f : checks.run(List.of(doc), checked)) {
            codes.get((int) f.figureId()).add(f.code());
        }
        return codes.stream().map(s -> (List<String>) new ArrayList<>(s)).toList();
    }
}
