package com.reportworkbench.store;

import com.reportworkbench.extract.Figure;
import com.reportworkbench.extract.Kind;
import com.reportworkbench.extract.Qualifier;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Figures and their history. Every analyst action is one transaction that writes the new values and
 * one history row per changed field, grouped in a change set, so it can be audited, undone and redone.
 */
public final class FigureRepository {
    private static final String SELECT = "SELECT * FROM figure ";

    private final Store store;
    /**
     * The version of each figure as this session (this open store: one window, one command) last read
     * it. A save of a figure whose stored version has moved on since is refused: another analyst changed
     * it in between ({@link FigureChangedException}).
     */
    private final java.util.Map<Long, Long> seen = new java.util.concurrent.ConcurrentHashMap<>();

    FigureRepository(Store store) {
        this.store = store;
    }

    // ---------------------------------------------------------------- reading

    /**
     * The document's figures in text order; removed ones (an undone addition) are left out. To a coder of
     * a double-coded document that is not done yet, the figures as that coder decided them (the
     * machine's proposals with their own decisions over them, nobody else's).
     */
    public List<FigureRecord> forDocument(long documentId) {
        List<FigureRecord> shared = shared(documentId);
        if (shared.isEmpty() || !store.coding().isCoding(documentId, store.analyst())) {
            return shared;
        }
        java.util.Map<Long, CodedFigure> mine = new java.util.HashMap<>();
        for (CodedFigure f : store.coding().codedFigures(documentId, store.analyst())) {
            mine.put(f.figureId(), f);
        }
        return shared.stream().map(r -> asCoded(r, mine.get(r.id()))).toList();
    }

    /** A shared figure as the coder decided it. */
    private static FigureRecord asCoded(FigureRecord r, CodedFigure coded) {
        if (coded == null) {
            return r;
        }
        Figure base = r.machine() != null ? r.machine() : r.current();
        return new FigureRecord(r.id(), r.documentId(), FigureValues.with(base, coded.values()), r.machine(), r.origin(),
                coded.status(), r.updatedAt(), r.version(), r.updatedBy());
    }

    /** The shared figures of a document, whoever asks. */
    List<FigureRecord> shared(long documentId) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    SELECT + "WHERE document_id = ? AND removed = FALSE ORDER BY start_offset, end_offset, id")) {
                ps.setLong(1, documentId);
                return remember(readAll(ps));
            }
        });
    }

    private List<FigureRecord> remember(List<FigureRecord> read) {
        for (FigureRecord r : read) {
            seen.put(r.id(), r.version());
        }
        return read;
    }

    /** A figure; to a coder of its document while double coding, as that coder decided it. */
    public Optional<FigureRecord> get(long figureId) {
        Optional<FigureRecord> shared = sharedGet(figureId);
        if (shared.isEmpty() || !store.coding().isCoding(shared.get().documentId(), store.analyst())) {
            return shared;
        }
        return Optional.of(asCoded(shared.get(), store.coding().codedFigures(shared.get().documentId(), store.analyst())
                .stream().filter(f -> f.figureId() == figureId).findFirst().orElse(null)));
    }

    /** A shared figure, whoever asks. */
    Optional<FigureRecord> sharedGet(long figureId) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + "WHERE id = ?")) {
                ps.setLong(1, figureId);
                List<FigureRecord> found = remember(readAll(ps));
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    /**
     * Streams every figure (or those of the given documents) in document and text order without
     * holding them all in memory: exports of a million figures read through here.
     */
    public void forEach(Collection<Long> documentIds, Consumer<FigureRecord> sink) {
        store.read(c -> {
            String where = "WHERE removed = FALSE";
            if (documentIds != null) {
                if (documentIds.isEmpty()) {
                    return null;
                }
                where += " AND document_id IN (" + "?,".repeat(documentIds.size() - 1) + "?)";
            }
            try (PreparedStatement ps = c.prepareStatement(SELECT + where + " ORDER BY document_id, start_offset, id")) {
                ps.setFetchSize(1000);
                if (documentIds != null) {
                    int i = 1;
                    for (Long id : documentIds) {
                        ps.setLong(i++, id);
                    }
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(record(rs));
                    }
                }
            }
            return null;
        });
    }

    /**
     * Every figure that can enter a comparison — an indicator set, kind target or achievement, not
     * rejected — in document and text order. One query over the indicator index reads only those rows
     * (about one in ten); reading every figure of every document took seconds with thousands of reports.
     */
    public void forEachComparable(Consumer<FigureRecord> sink) {
        store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + """
                    WHERE indicator IS NOT NULL AND removed = FALSE
                      AND figure_kind IN ('target', 'achievement') AND review_status <> 'REJECTED'
                    ORDER BY document_id, start_offset, id""")) {
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(record(rs));
                    }
                }
            }
            return null;
        });
    }

    /** The history of one figure, oldest first. */
    public List<FigureChange> history(long figureId) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT fc.change_set_id, cs.description, fc.figure_id, fc.field_name, fc.old_value, fc.new_value,
                           fc.changed_at, cs.undone, cs.analyst
                      FROM figure_change fc JOIN change_set cs ON cs.id = fc.change_set_id
                     WHERE fc.figure_id = ? ORDER BY fc.id""")) {
                ps.setLong(1, figureId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<FigureChange> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new FigureChange(rs.getLong(1), rs.getString(2), rs.getLong(3),
                                FigureField.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                                Sql.instant(rs, "changed_at"), rs.getBoolean(8), rs.getString(9)));
                    }
                    return out;
                }
            }
        });
    }

    // ---------------------------------------------------------------- machine proposals

    static void insertMachineFigures(Connection c, long documentId, List<Figure> figures) throws SQLException {
        if (figures.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT_SQL)) {
            Timestamp now = Sql.now();
            for (Figure f : figures) {
                bindInsert(ps, documentId, f, Origin.MACHINE, ReviewStatus.PROPOSED, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Re-extraction: replaces the machine's untouched proposals of a document with new ones. A figure
     * the analyst touched (any history) or added stays as it is, and a new proposal overlapping it is
     * dropped, so re-extracting never overwrites an analyst's edit.
     *
     * @return how many new proposals were stored
     */
    public int replaceMachineProposals(long documentId, List<Figure> figures) {
        return store.write(c -> {
            try (PreparedStatement del = c.prepareStatement("""
                    DELETE FROM figure WHERE document_id = ? AND origin = 'MACHINE'
                       AND NOT EXISTS (SELECT 1 FROM figure_change fc WHERE fc.figure_id = figure.id)""")) {
                del.setLong(1, documentId);
                del.executeUpdate();
            }
            List<int[]> kept = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT start_offset, end_offset FROM figure WHERE document_id = ?")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        kept.add(new int[] {rs.getInt(1), rs.getInt(2)});
                    }
                }
            }
            List<Figure> fresh = figures.stream()
                    .filter(f -> kept.stream().noneMatch(k -> f.start() < k[1] && k[0] < f.end()))
                    .toList();
            insertMachineFigures(c, documentId, fresh);
            DocumentRepository.refreshCounts(c, List.of(documentId));
            return fresh.size();
        });
    }

    // ---------------------------------------------------------------- analyst actions

    /** A figure the machine missed, added by the analyst; undoing the addition removes it again. */
    public FigureRecord addByAnalyst(long documentId, Figure figure) {
        long id = store.write(c -> {
            long figureId;
            try (PreparedStatement ps = c.prepareStatement(INSERT_SQL, Statement.RETURN_GENERATED_KEYS)) {
                bindInsert(ps, documentId, figure, Origin.ANALYST, ReviewStatus.ACCEPTED, Sql.now());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    figureId = keys.getLong(1);
                }
            }
            long changeSet = newChangeSet(c, "add figure " + figure.text(), store.analyst());
            writeHistory(c, changeSet, figureId, FigureField.REMOVED, "true", "false");
            DocumentRepository.refreshCounts(c, List.of(documentId));
            return figureId;
        });
        return get(id).orElseThrow();
    }

    /**
     * As {@link #apply(String, List)}, refusing the whole action if any figure's stored version differs
     * from the one given (the version the caller's decision was based on).
     *
     * @throws FigureChangedException naming who changed the figure and when
     */
    public long apply(String description, List<FigureEdit> edits, java.util.Map<Long, Long> basedOn) {
        return applyChecked(description, edits, basedOn);
    }

    /**
     * Applies one analyst action (one or many fields of one or many figures) in one transaction.
     * Changing a content field of a machine figure marks it edited, unless the action sets the status
     * itself.
     *
     * @return the change set's id, or 0 when nothing actually changed
     */
    public long apply(String description, List<FigureEdit> edits) {
        java.util.Map<Long, Long> basedOn = new java.util.HashMap<>();
        for (FigureEdit e : edits) {
            Long version = seen.get(e.figureId());
            if (version != null) {
                basedOn.put(e.figureId(), version);
            }
        }
        return applyChecked(description, edits, basedOn);
    }

    private long applyChecked(String description, List<FigureEdit> edits, java.util.Map<Long, Long> basedOn) {
        if (edits.isEmpty()) {
            return 0;
        }
        try {
            return write(description, edits, basedOn);
        } catch (CoderLayer coding) {
            return toCoderLayer(description, edits, basedOn, coding.documents);
        }
    }

    /** Thrown inside a save when this analyst is coding a document of the edits: they go to the coder's layer. */
    private static final class CoderLayer extends RuntimeException {
        final Set<Long> documents;

        CoderLayer(Set<Long> documents) {
            super(null, null, false, false);
            this.documents = documents;
        }
    }

    /** Edits of documents this analyst double-codes become their own decisions; the rest is saved as usual. */
    private long toCoderLayer(String description, List<FigureEdit> edits, java.util.Map<Long, Long> basedOn,
            Set<Long> codedDocuments) {
        java.util.Map<Long, java.util.Map<FigureField, String>> decisions = new java.util.LinkedHashMap<>();
        List<FigureEdit> rest = new ArrayList<>();
        java.util.Map<Long, Long> documentOf = new java.util.HashMap<>();
        for (FigureEdit e : edits) {
            long doc = documentOf.computeIfAbsent(e.figureId(),
                    id -> sharedGet(id).map(FigureRecord::documentId).orElse(-1L));
            if (codedDocuments.contains(doc)) {
                decisions.computeIfAbsent(e.figureId(), k -> new java.util.EnumMap<>(FigureField.class))
                        .put(e.field(), e.newValue());
            } else {
                rest.add(e);
            }
        }
        long changeSet = store.coding().decide(description, decisions).changeSet(); // signed and undoable
        if (rest.isEmpty()) {
            return changeSet;
        }
        long shared = applyChecked(description, rest, basedOn);
        return shared != 0 ? shared : changeSet;
    }

    private long write(String description, List<FigureEdit> edits, java.util.Map<Long, Long> basedOn) {
        return store.write(c -> {
            refuseWhileDoubleCoded(c, edits, store.analyst());
            refuseIfChanged(c, basedOn);
            long changeSet = newChangeSet(c, description, store.analyst());
            boolean statusGiven = edits.stream().anyMatch(e -> e.field() == FigureField.STATUS);
            Set<Long> contentChanged = new LinkedHashSet<>();
            int changed = 0;
            for (FigureEdit edit : edits) {
                if (setField(c, changeSet, edit.figureId(), edit.field(), edit.newValue())) {
                    changed++;
                    if (edit.field().isContent()) {
                        contentChanged.add(edit.figureId());
                    }
                }
            }
            if (!statusGiven) {
                for (long figureId : contentChanged) {
                    String status = currentText(c, figureId, FigureField.STATUS); // once: a save is many round trips on a server
                    if ((status.equals(ReviewStatus.PROPOSED.name()) || status.equals(ReviewStatus.ACCEPTED.name()))
                            && isMachine(c, figureId)) {
                        setField(c, changeSet, figureId, FigureField.STATUS, ReviewStatus.EDITED.name());
                    }
                }
            }
            DocumentRepository.refreshCounts(c, documentsOf(c, edits.stream().map(FigureEdit::figureId).toList()));
            noteVersions(c, edits.stream().map(FigureEdit::figureId).toList());
            if (changed == 0) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM change_set WHERE id = ?")) {
                    ps.setLong(1, changeSet);
                    ps.executeUpdate();
                }
                return 0L;
            }
            return changeSet;
        });
    }

    /** Sets the status of several figures at once (accept, reject, back to proposed). */
    public long setStatus(String description, Collection<Long> figureIds, ReviewStatus status) {
        return apply(description, figureIds.stream()
                .map(id -> new FigureEdit(id, FigureField.STATUS, status.name()))
                .toList());
    }

    /** Puts the machine's proposal back in every content field and the status back to proposed. */
    public long revertToMachine(long figureId) {
        FigureRecord record = get(figureId).orElseThrow(() -> new StoreException("no figure " + figureId));
        if (record.machine() == null) {
            return 0;
        }
        List<FigureEdit> edits = new ArrayList<>();
        for (FigureField field : FigureField.values()) {
            if (field.isContent()) {
                edits.add(new FigureEdit(figureId, field, FigureValues.text(record.machine(), field)));
            }
        }
        edits.add(new FigureEdit(figureId, FigureField.STATUS, ReviewStatus.PROPOSED.name()));
        return apply("revert to machine proposal", edits);
    }

    /**
     * Undoes this analyst's latest action not yet undone (in a shared store, never another analyst's;
     * unsigned actions of a store from before signatures count as everyone's). Refused with
     * {@link FigureChangedException} when someone changed one of its figures since.
     */
    public Optional<UndoResult> undo() {
        return store.write(c -> {
            Long changeSet = scalarLong(c, "SELECT MAX(id) FROM change_set WHERE undone = FALSE" + mine());
            if (changeSet == null) {
                return Optional.empty();
            }
            return Optional.of(replay(c, changeSet, true));
        });
    }

    /** Redoes the earliest undone action newer than every action still in force. */
    public Optional<UndoResult> redo() {
        return store.write(c -> {
            Long latestDone = scalarLong(c, "SELECT MAX(id) FROM change_set WHERE undone = FALSE" + mine());
            Long changeSet = scalarLong(c, "SELECT MIN(id) FROM change_set WHERE undone = TRUE AND id > "
                    + (latestDone == null ? 0 : latestDone) + mine());
            if (changeSet == null) {
                return Optional.empty();
            }
            return Optional.of(replay(c, changeSet, false));
        });
    }

    private UndoResult replay(Connection c, long changeSet, boolean backwards) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT figure_id, field_name, old_value, new_value FROM figure_change WHERE change_set_id = ? ORDER BY id "
                        + (backwards ? "DESC" : "ASC"))) {
            ps.setLong(1, changeSet);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
        }
        Set<Long> figures = new LinkedHashSet<>();
        for (Object[] row : rows) {
            long figureId = (Long) row[0];
            FigureField field = FigureField.valueOf((String) row[1]);
            String expected = (String) (backwards ? row[3] : row[2]);
            String current = currentText(c, figureId, field);
            if (!java.util.Objects.equals(current, expected)) {
                throw changedBy(c, figureId); // another analyst changed it since: undoing would overwrite that
            }
            writeColumn(c, figureId, field, (String) (backwards ? row[2] : row[3]), store.analyst());
            figures.add(figureId);
        }
        noteVersions(c, figures);
        String description;
        try (PreparedStatement ps = c.prepareStatement("UPDATE change_set SET undone = ? WHERE id = ?")) {
            ps.setBoolean(1, backwards);
            ps.setLong(2, changeSet);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT description FROM change_set WHERE id = ?")) {
            ps.setLong(1, changeSet);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                description = rs.getString(1);
            }
        }
        figures.addAll(CodingRepository.replay(c, changeSet, backwards)); // a coder's own decisions
        Set<Long> documents = documentsOf(c, figures);
        DocumentRepository.refreshCounts(c, documents);
        Set<Long> metadataDocuments = DocumentMetadataHistory.replay(c, changeSet, backwards);
        long documentId = !documents.isEmpty() ? documents.iterator().next()
                : metadataDocuments.isEmpty() ? 0 : metadataDocuments.iterator().next();
        return new UndoResult(changeSet, description, documentId, figures);
    }

    // ---------------------------------------------------------------- row plumbing

    private static final String INSERT_SQL = """
            INSERT INTO figure (document_id, start_offset, end_offset, span_text, sentence_start, sentence_end,
                figure_value, value_high, unit, base_value, qualifier, figure_kind, estimated, indicator, indicator_text,
                period_label, origin, review_status, removed,
                m_value, m_value_high, m_unit, m_base_value, m_qualifier, m_kind, m_estimated, m_indicator,
                m_indicator_text, m_period, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private static void bindInsert(PreparedStatement ps, long documentId, Figure f, Origin origin,
            ReviewStatus status, Timestamp now) throws SQLException {
        ps.setLong(1, documentId);
        ps.setInt(2, f.start());
        ps.setInt(3, f.end());
        ps.setString(4, f.text());
        ps.setInt(5, f.sentenceStart());
        ps.setInt(6, f.sentenceEnd());
        int i = bindValues(ps, 7, f);
        ps.setString(i++, origin.name());
        ps.setString(i++, status.name());
        if (origin == Origin.MACHINE) {
            i = bindValues(ps, i, f);
        } else {
            for (int k = 0; k < 10; k++) {
                ps.setObject(i++, null);
            }
        }
        ps.setTimestamp(i, now);
    }

    /** Binds the ten content values in column order; returns the next parameter index. */
    private static int bindValues(PreparedStatement ps, int i, Figure f) throws SQLException {
        Sql.setDecimal(ps, i++, f.value());
        Sql.setDecimal(ps, i++, f.valueHigh());
        ps.setString(i++, f.unit());
        Sql.setDecimal(ps, i++, f.baseValue());
        ps.setString(i++, f.qualifier().id());
        ps.setString(i++, f.kind().id());
        ps.setBoolean(i++, f.estimated());
        ps.setString(i++, f.indicator());
        ps.setString(i++, f.indicatorText());
        ps.setString(i++, f.period());
        return i;
    }

    private static List<FigureRecord> readAll(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            List<FigureRecord> out = new ArrayList<>();
            while (rs.next()) {
                out.add(record(rs));
            }
            return out;
        }
    }

    private static FigureRecord record(ResultSet rs) throws SQLException {
        Origin origin = Origin.valueOf(rs.getString("origin"));
        Figure current = figure(rs, "figure_value", "value_high", "unit", "base_value", "qualifier", "figure_kind",
                "estimated", "indicator", "indicator_text", "period_label");
        Figure machine = origin == Origin.MACHINE && rs.getBigDecimal("m_value") != null
                ? figure(rs, "m_value", "m_value_high", "m_unit", "m_base_value", "m_qualifier", "m_kind",
                        "m_estimated", "m_indicator", "m_indicator_text", "m_period")
                : null;
        return new FigureRecord(rs.getLong("id"), rs.getLong("document_id"), current, machine, origin,
                ReviewStatus.valueOf(rs.getString("review_status")), Sql.instant(rs, "updated_at"),
                rs.getLong("row_version"), rs.getString("updated_by"));
    }

    private static Figure figure(ResultSet rs, String value, String valueHigh, String unit, String baseValue,
            String qualifier, String kind, String estimated, String indicator, String indicatorText, String period)
            throws SQLException {
        return new Figure(
                rs.getInt("start_offset"),
                rs.getInt("end_offset"),
                rs.getString("span_text"),
                Sql.decimal(rs, value),
                Sql.decimal(rs, valueHigh),
                rs.getString(unit),
                Sql.decimal(rs, baseValue),
                Qualifier.fromId(rs.getString(qualifier)),
                Kind.fromId(rs.getString(kind)),
                rs.getBoolean(estimated),
                rs.getString(indicator),
                rs.getString(indicatorText),
                rs.getString(period),
                rs.getInt("sentence_start"),
                rs.getInt("sentence_end"));
    }

    static long newChangeSet(Connection c, String description, String analyst) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO change_set (description, created_at, undone, analyst) VALUES (?, ?, FALSE, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, description.length() > 400 ? description.substring(0, 400) : description);
            ps.setTimestamp(2, Sql.now());
            ps.setString(3, StoreLimits.fit(analyst, 200));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The undo/redo filter: this analyst's change sets, and unsigned ones. */
    private String mine() {
        return " AND (analyst IS NULL OR analyst = '" + store.analyst().replace("'", "''") + "')"
                + CodingRepository.notFrozen();
    }

    /**
     * A document being double-coded keeps its shared figures as the machine proposed them until every
     * coder is done: each coder's decisions go to their own layer ({@link CodingRepository#decide}), and
     * an edit here would show one coder's decisions to the other.
     */
    private static void refuseWhileDoubleCoded(Connection c, List<FigureEdit> edits, String analyst) throws SQLException {
        Set<Long> ids = new LinkedHashSet<>();
        edits.forEach(e -> ids.add(e.figureId()));
        try (PreparedStatement ps = c.prepareStatement("SELECT document_id, "
                + "SUM(CASE WHEN analyst = ? AND done_at IS NULL THEN 1 ELSE 0 END) FROM assignment WHERE document_id IN "
                + "(SELECT document_id FROM figure WHERE id IN (" + "?,".repeat(ids.size() - 1) + "?)) "
                + "GROUP BY document_id HAVING COUNT(*) >= 2 AND COUNT(done_at) < COUNT(*)")) {
            ps.setString(1, analyst);
            int i = 2;
            for (long id : ids) {
                ps.setLong(i++, id);
            }
            Set<Long> mine = new LinkedHashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getLong(2) == 0) {
                        throw new StoreException("document " + rs.getLong(1) + " is being double-coded: until every coder is "
                                + "done, decisions go to each coder's own layer (apply --user NAME)");
                    }
                    mine.add(rs.getLong(1));
                }
            }
            if (!mine.isEmpty()) {
                throw new CoderLayer(mine);
            }
        }
    }

    /** Refuses when a figure's stored version is not the one the decision was based on; locks the rows until commit. */
    private static void refuseIfChanged(Connection c, java.util.Map<Long, Long> basedOn) throws SQLException {
        if (basedOn == null || basedOn.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT row_version, updated_by, updated_at FROM figure WHERE id = ? FOR UPDATE")) {
            for (var e : new java.util.TreeMap<>(basedOn).entrySet()) { // id order: two writers lock in the same order
                ps.setLong(1, e.getKey());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException("no figure " + e.getKey());
                    }
                    if (rs.getLong(1) != e.getValue()) {
                        throw new FigureChangedException(e.getKey(), rs.getString(2), Sql.instant(rs, "updated_at"));
                    }
                }
            }
        }
    }

    private static FigureChangedException changedBy(Connection c, long figureId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT updated_by, updated_at FROM figure WHERE id = ?")) {
            ps.setLong(1, figureId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new FigureChangedException(figureId, rs.getString(1), Sql.instant(rs, "updated_at"))
                        : new FigureChangedException(figureId, null, null);
            }
        }
    }

    /** Remembers the versions this session's own write left, so that its next save is not refused. */
    private void noteVersions(Connection c, Collection<Long> figureIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT row_version FROM figure WHERE id = ?")) {
            for (long id : new LinkedHashSet<>(figureIds)) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        seen.put(id, rs.getLong(1));
                    }
                }
            }
        }
    }

    /** Sets one field if it differs, with its history row; true when something changed. */
    private boolean setField(Connection c, long changeSet, long figureId, FigureField field, String newValue)
            throws SQLException {
        String normalized = FigureValues.normalize(field, newValue);
        String old = currentText(c, figureId, field);
        if (old == null ? normalized == null : old.equals(normalized)) {
            return false;
        }
        writeColumn(c, figureId, field, normalized, store.analyst());
        writeHistory(c, changeSet, figureId, field, old, normalized);
        return true;
    }

    private static String currentText(Connection c, long figureId, FigureField field) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + field.column() + " FROM figure WHERE id = ?")) {
            ps.setLong(1, figureId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("no figure " + figureId);
                }
                if (field.isDecimal()) {
                    BigDecimal d = rs.getBigDecimal(1);
                    return d == null ? null : Sql.normalize(d).toPlainString();
                }
                if (field.isBoolean()) {
                    return Boolean.toString(rs.getBoolean(1));
                }
                return rs.getString(1);
            }
        }
    }

    private static boolean isMachine(Connection c, long figureId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT origin FROM figure WHERE id = ?")) {
            ps.setLong(1, figureId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && Origin.MACHINE.name().equals(rs.getString(1));
            }
        }
    }

    private static void writeColumn(Connection c, long figureId, FigureField field, String value, String analyst)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE figure SET " + field.column()
                + " = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 WHERE id = ?")) {
            if (field.isDecimal()) {
                Sql.setDecimal(ps, 1, value == null ? null : new BigDecimal(value));
            } else if (field.isBoolean()) {
                ps.setBoolean(1, Boolean.parseBoolean(value));
            } else {
                ps.setString(1, value);
            }
            ps.setTimestamp(2, Sql.now());
            ps.setString(3, StoreLimits.fit(analyst, 200));
            ps.setLong(4, figureId);
            ps.executeUpdate();
        }
    }

    private static void writeHistory(Connection c, long changeSet, long figureId, FigureField field, String old,
            String now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO figure_change (change_set_id, figure_id, field_name, old_value, new_value, changed_at)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            ps.setLong(1, changeSet);
            ps.setLong(2, figureId);
            ps.setString(3, field.name());
            ps.setString(4, old);
            ps.setString(5, now);
            ps.setTimestamp(6, Sql.now());
            ps.executeUpdate();
        }
    }

    /** The documents the given figures belong to, in the order first met. */
    private static Set<Long> documentsOf(Connection c, Collection<Long> figureIds) throws SQLException {
        Set<Long> documents = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT document_id FROM figure WHERE id = ?")) {
            for (long figureId : new LinkedHashSet<>(figureIds)) {
                ps.setLong(1, figureId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        documents.add(rs.getLong(1));
                    }
                }
            }
        }
        return documents;
    }

    private static Long scalarLong(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                return null;
            }
            long v = rs.getLong(1);
            return rs.wasNull() ? null : v;
        }
    }
}
