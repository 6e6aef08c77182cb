package com.reportworkbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Assignment and double coding. A document assigned to two (or more) analysts is double-coded: each
 * coder's decisions are stored apart from the shared figures and from the other coder's, and a coder
 * sees only their own until every coder is done. Then the agreement is computed ({@code team.Agreement})
 * and an adjudicator's final decision on each disagreement becomes a normal signed change of the figure.
 */
public final class CodingRepository {
    private final Store store;

    CodingRepository(Store store) {
        this.store = store;
    }

    /** Assigns a document to analysts (already assigned ones stay as they are); signed by this store's analyst. */
    public void assign(long documentId, Collection<String> analysts) {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO assignment (document_id, analyst, assigned_at, assigned_by) VALUES (?, ?, ?, ?)")) {
                for (String analyst : new LinkedHashSet<>(analysts)) {
                    Savepoint before = c.setSavepoint();
                    try {
                        ps.setLong(1, documentId);
                        ps.setString(2, analyst.strip());
                        ps.setTimestamp(3, Sql.now());
                        ps.setString(4, store.analyst());
                        ps.executeUpdate();
                        c.releaseSavepoint(before);
                    } catch (SQLException e) {
                        if (!DocumentRepository.isUniqueViolation(e)) {
                            throw e;
                        }
                        c.rollback(before); // assigned already: a concurrent or repeated assignment is no error
                    }
                }
            }
            return null;
        });
    }

    public List<Assignment> assignments(long documentId) {
        return store.read(c -> assignments(c, documentId));
    }

    private static List<Assignment> assignments(Connection c, long documentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT analyst, assigned_at, assigned_by, done_at FROM assignment WHERE document_id = ? ORDER BY analyst")) {
            ps.setLong(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                List<Assignment> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Assignment(documentId, rs.getString(1), Sql.instant(rs, "assigned_at"), rs.getString(3),
                            Sql.instant(rs, "done_at")));
                }
                return out;
            }
        }
    }

    /** An analyst's assignments (whether each is done), in document order: the window marks them in its list. */
    public List<Assignment> assignmentsOf(String analyst) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT document_id, assigned_at, assigned_by, done_at "
                    + "FROM assignment WHERE analyst = ? ORDER BY document_id")) {
                ps.setString(1, analyst);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Assignment> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Assignment(rs.getLong(1), analyst, Sql.instant(rs, "assigned_at"), rs.getString(3),
                                Sql.instant(rs, "done_at")));
                    }
                    return out;
                }
            }
        });
    }

    /** Documents coded by two or more analysts who are all done: the ones agreement is computed on. */
    public List<Long> doubleCodedAndDone() {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT document_id FROM assignment GROUP BY document_id
                    HAVING COUNT(*) >= 2 AND COUNT(done_at) = COUNT(*) ORDER BY document_id""")) {
                return ids(ps);
            }
        });
    }

    private static List<Long> ids(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            List<Long> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
            return out;
        }
    }

    /** True while a document is double-coded and some coder is not done: decisions go to the coders' own layers. */
    public boolean isCoding(long documentId, String analyst) {
        List<Assignment> all = assignments(documentId);
        return all.size() >= 2 && all.stream().anyMatch(a -> a.analyst().equals(analyst) && !a.done());
    }

    /** The analyst says the document is done. */
    public void finish(long documentId, String analyst) {
        int n = store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE assignment SET done_at = ? WHERE document_id = ? AND analyst = ? AND done_at IS NULL")) {
                ps.setTimestamp(1, Sql.now());
                ps.setLong(2, documentId);
                ps.setString(3, analyst);
                return ps.executeUpdate();
            }
        });
        if (n == 0 && assignments(documentId).stream().noneMatch(a -> a.analyst().equals(analyst))) {
            throw new StoreException("document " + documentId + " is not assigned to " + analyst);
        }
    }

    /**
     * The figures of a document as one coder sees them. Until every coder is done, a coder may see only
     * their own decisions: asking for another coder's is refused.
     */
    public List<CodedFigure> codedFigures(long documentId, String coder) {
        return store.read(c -> {
            List<Assignment> all = assignments(c, documentId);
            String me = store.analyst();
            boolean allDone = all.stream().allMatch(Assignment::done);
            boolean iAmCoder = all.stream().anyMatch(a -> a.analyst().equals(me));
            if (!coder.equals(me) && iAmCoder && !allDone) {
                throw new StoreException("the decisions of " + coder + " on document " + documentId
                        + " are hidden until every coder is done");
            }
            Map<Long, Map<FigureField, String>> decisions = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT figure_id, field_name, new_value FROM coder_decision WHERE document_id = ? AND analyst = ?")) {
                ps.setLong(1, documentId);
                ps.setString(2, coder);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        decisions.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(FigureField.class))
                                .put(FigureField.valueOf(rs.getString(2)), rs.getString(3));
                    }
                }
            }
            List<CodedFigure> out = new ArrayList<>();
            for (FigureRecord r : store.figures().shared(documentId)) {
                Map<FigureField, String> values = new EnumMap<>(FigureField.class);
                var base = r.machine() != null ? r.machine() : r.current();
                for (FigureField f : FigureField.values()) {
                    if (f.isContent()) {
                        values.put(f, FigureValues.text(base, f));
                    }
                }
                Map<FigureField, String> mine = decisions.getOrDefault(r.id(), Map.of());
                ReviewStatus status = r.origin() == Origin.ANALYST ? ReviewStatus.ACCEPTED : ReviewStatus.PROPOSED;
                for (var d : mine.entrySet()) {
                    if (d.getKey() == FigureField.STATUS) {
                        status = ReviewStatus.valueOf(d.getValue());
                    } else if (d.getKey().isContent()) {
                        values.put(d.getKey(), d.getValue());
                    }
                }
                out.add(new CodedFigure(r.id(), r.current().start(), r.current().end(), r.current().text(), values, status,
                        !mine.isEmpty()));
            }
            return out;
        });
    }

    /**
     * Records this store's analyst's decisions on one figure of a document they code, as one signed,
     * undoable change set. A content change without a status makes the figure edited, as in the shared
     * review.
     *
     * @return how many fields changed
     */
    public int decide(long figureId, Map<FigureField, String> fields) {
        return decide("coder decision: figure " + figureId, Map.of(figureId, fields)).fields();
    }

    /** What one save of a coder's decisions wrote: its change set (0 when nothing changed) and how many fields. */
    public record Decided(long changeSet, int fields) {
    }

    /**
     * Records this store's analyst's decisions on figures of documents they code, in one transaction and
     * one change set signed with the analyst: undo and redo ({@link FigureRepository#undo()}) treat it as
     * any other action of theirs.
     */
    public Decided decide(String description, Map<Long, Map<FigureField, String>> decisions) {
        String coder = store.analyst();
        Map<Long, Map<FigureField, String>> changes = new java.util.LinkedHashMap<>();
        Map<Long, Long> documentOf = new HashMap<>();
        for (var d : decisions.entrySet()) {
            long figureId = d.getKey();
            FigureRecord figure = store.figures().sharedGet(figureId)
                    .orElseThrow(() -> new StoreException("no figure " + figureId));
            long documentId = figure.documentId();
            if (!isCoding(documentId, coder)) {
                throw new StoreException(coder + " is not coding document " + documentId + " (not assigned, or done)");
            }
            CodedFigure now = codedFigures(documentId, coder).stream().filter(f -> f.figureId() == figureId).findFirst()
                    .orElseThrow(() -> new StoreException("no figure " + figureId));
            Map<FigureField, String> fields = d.getValue();
            Map<FigureField, String> changed = new EnumMap<>(FigureField.class);
            for (var e : fields.entrySet()) {
                String v = FigureValues.normalize(e.getKey(), e.getValue());
                String old = e.getKey() == FigureField.STATUS ? now.status().name() : now.value(e.getKey());
                if (!java.util.Objects.equals(old, v)) {
                    changed.put(e.getKey(), v);
                }
            }
            if (!changed.containsKey(FigureField.STATUS) && !fields.containsKey(FigureField.STATUS)
                    && changed.keySet().stream().anyMatch(FigureField::isContent) && now.status() != ReviewStatus.REJECTED) {
                changed.put(FigureField.STATUS, ReviewStatus.EDITED.name());
            }
            if (!changed.isEmpty()) {
                changes.put(figureId, changed);
                documentOf.put(figureId, documentId);
            }
        }
        if (changes.isEmpty()) {
            return new Decided(0, 0);
        }
        return store.write(c -> {
            long changeSet = FigureRepository.newChangeSet(c, description, coder);
            int n = 0;
            for (var d : changes.entrySet()) {
                for (var e : d.getValue().entrySet()) {
                    Optional<Optional<String>> before = layerValue(c, d.getKey(), coder, e.getKey());
                    setLayer(c, d.getKey(), coder, documentOf.get(d.getKey()), e.getKey(), Optional.of(
                            Optional.ofNullable(e.getValue())));
                    try (PreparedStatement ps = c.prepareStatement("""
                            INSERT INTO coder_decision_change (change_set_id, figure_id, document_id, analyst, field_name,
                                old_present, old_value, new_value, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                        ps.setLong(1, changeSet);
                        ps.setLong(2, d.getKey());
                        ps.setLong(3, documentOf.get(d.getKey()));
                        ps.setString(4, coder);
                        ps.setString(5, e.getKey().name());
                        ps.setBoolean(6, before.isPresent());
                        ps.setString(7, before.flatMap(v -> v).orElse(null));
                        ps.setString(8, e.getValue());
                        ps.setTimestamp(9, Sql.now());
                        ps.executeUpdate();
                    }
                    n++;
                }
            }
            return new Decided(changeSet, n);
        });
    }

    /** A coder's decision on one field: empty when there is none; a present empty value is a decision to clear it. */
    private static Optional<Optional<String>> layerValue(Connection c, long figureId, String coder, FigureField field)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT new_value FROM coder_decision WHERE figure_id = ? AND analyst = ? AND field_name = ?")) {
            ps.setLong(1, figureId);
            ps.setString(2, coder);
            ps.setString(3, field.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Optional.ofNullable(rs.getString(1))) : Optional.empty();
            }
        }
    }

    /** Writes (or, with an empty value, removes) a coder's decision on one field. */
    private static void setLayer(Connection c, long figureId, String coder, long documentId, FigureField field,
            Optional<Optional<String>> value) throws SQLException {
        try (PreparedStatement del = c.prepareStatement(
                "DELETE FROM coder_decision WHERE figure_id = ? AND analyst = ? AND field_name = ?")) {
            del.setLong(1, figureId);
            del.setString(2, coder);
            del.setString(3, field.name());
            del.executeUpdate();
        }
        if (value.isEmpty()) {
            return;
        }
        try (PreparedStatement ins = c.prepareStatement("""
                INSERT INTO coder_decision (figure_id, analyst, document_id, field_name, new_value, decided_at)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            ins.setLong(1, figureId);
            ins.setString(2, coder);
            ins.setLong(3, documentId);
            ins.setString(4, field.name());
            ins.setString(5, value.get().orElse(null));
            ins.setTimestamp(6, Sql.now());
            ins.executeUpdate();
        }
    }

    /**
     * Undoes ({@code backwards}) or redoes the coder-layer part of a change set; returns the figures it
     * touched. Refused when the layer no longer holds what the change set left (the same analyst changed
     * it since, e.g. from a second window).
     */
    static Set<Long> replay(Connection c, long changeSet, boolean backwards) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT figure_id, document_id, analyst, field_name, old_present, old_value, new_value
                  FROM coder_decision_change WHERE change_set_id = ? ORDER BY id""" + (backwards ? " DESC" : " ASC"))) {
            ps.setLong(1, changeSet);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getBoolean(5), rs.getString(6), rs.getString(7)});
                }
            }
        }
        Set<Long> figures = new java.util.LinkedHashSet<>();
        for (Object[] r : rows) {
            long figureId = (Long) r[0];
            String coder = (String) r[2];
            FigureField field = FigureField.valueOf((String) r[3]);
            Optional<Optional<String>> oldValue = (Boolean) r[4] ? Optional.of(Optional.ofNullable((String) r[5]))
                    : Optional.empty();
            Optional<Optional<String>> newValue = Optional.of(Optional.ofNullable((String) r[6]));
            Optional<Optional<String>> expected = backwards ? newValue : oldValue;
            if (!layerValue(c, figureId, coder, field).equals(expected)) {
                throw new StoreException("the decision of " + coder + " on figure " + figureId
                        + " changed since: reload the document");
            }
            setLayer(c, figureId, coder, (Long) r[1], field, backwards ? oldValue : newValue);
            figures.add(figureId);
        }
        return figures;
    }

    /**
     * The SQL condition (on {@code change_set}) that leaves out coder decisions on a document whose coder
     * is done: the layer is frozen once agreement can be computed, so undo passes over them.
     */
    static String notFrozen() {
        return " AND NOT EXISTS (SELECT 1 FROM coder_decision_change d JOIN assignment a"
                + " ON a.document_id = d.document_id AND a.analyst = d.analyst"
                + " WHERE d.change_set_id = change_set.id AND a.done_at IS NOT NULL)";
    }

    /**
     * The adjudicator's final decision on a figure of a double-coded, done document: the chosen coder's
     * values and status become a normal signed, undoable change of the shared figure, and the choice is
     * recorded. Returns the change set (0 when the figure already had those values).
     */
    public long adjudicate(long figureId, String chosenCoder) {
        FigureRecord figure = store.figures().sharedGet(figureId).orElseThrow(() -> new StoreException("no figure " + figureId));
        long documentId = figure.documentId();
        List<Assignment> all = assignments(documentId);
        if (all.size() < 2 || !all.stream().allMatch(Assignment::done)) {
            throw new StoreException("document " + documentId + " is not double-coded with every coder done");
        }
        CodedFigure chosen = codedFigures(documentId, chosenCoder).stream().filter(f -> f.figureId() == figureId)
                .findFirst().orElseThrow();
        List<FigureEdit> edits = new ArrayList<>();
        for (var e : chosen.values().entrySet()) {
            edits.add(new FigureEdit(figureId, e.getKey(), e.getValue()));
        }
        edits.add(new FigureEdit(figureId, FigureField.STATUS, chosen.status().name()));
        long changeSet = store.figures().apply("adjudication: figure " + figureId + " as " + chosenCoder, edits);
        store.write(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM adjudication WHERE figure_id = ?");
                    PreparedStatement ins = c.prepareStatement("""
                            INSERT INTO adjudication (figure_id, document_id, chosen, adjudicator, change_set_id, decided_at)
                            VALUES (?, ?, ?, ?, ?, ?)""")) {
                del.setLong(1, figureId);
                del.executeUpdate();
                ins.setLong(1, figureId);
                ins.setLong(2, documentId);
                ins.setString(3, chosenCoder);
                ins.setString(4, store.analyst());
                if (changeSet == 0) {
                    ins.setNull(5, java.sql.Types.BIGINT);
                } else {
                    ins.setLong(5, changeSet);
                }
                ins.setTimestamp(6, Sql.now());
                ins.executeUpdate();
            }
            return null;
        });
        return changeSet;
    }

    /** Which coder's decision the adjudicator took for a figure, if any. */
    public Optional<String> adjudicated(long figureId) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT chosen FROM adjudication WHERE figure_id = ?")) {
                ps.setLong(1, figureId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }
}
