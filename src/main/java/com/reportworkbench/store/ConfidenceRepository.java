package com.reportworkbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The confidence side of the store (migration V9): each machine figure's confidence, flags and
 * evidence, the consistency-check flags across documents, and the calibrations fitted on analysts'
 * decisions. Plain values only (evidence and models as text): the confidence code does the meaning.
 * Confidence is no analyst field: writing it records no history and is never undone.
 */
public final class ConfidenceRepository {
    /** One figure as the confidence sees it. */
    public record Scored(long figureId, long documentId, Double confidence, String flags, String evidence,
            ReviewStatus status, Origin origin) {
    }

    /** A new confidence for a figure. */
    public record Update(long figureId, double confidence, String flags, String evidence) {
    }

    /** A consistency flag on a figure, with its reason in words. */
    public record Check(long figureId, String code, String reason) {
    }

    /** A stored calibration. */
    public record Calibration(long id, Instant createdAt, int examples, int wrong, String modelTsv) {
    }

    private final Store store;

    private ConfidenceRepository(Store store) {
        this.store = store;
    }

    public static ConfidenceRepository of(Store store) {
        return new ConfidenceRepository(store);
    }

    /** Documents holding a figure that has no confidence yet (just imported or re-extracted). */
    public List<Long> documentsWithoutConfidence() {
        return store.read(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT DISTINCT document_id FROM figure
                     WHERE confidence IS NULL AND origin = 'MACHINE' AND removed = FALSE ORDER BY document_id""");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });
    }

    /** Every machine figure (of one document, or all when documentId is null), not removed. */
    public List<Scored> machineFigures(Long documentId) {
        return store.read(c -> {
            String sql = "SELECT id, document_id, confidence, flags, evidence, review_status, origin FROM figure"
                    + " WHERE origin = 'MACHINE' AND removed = FALSE"
                    + (documentId == null ? "" : " AND document_id = ?") + " ORDER BY document_id, start_offset, id";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (documentId != null) {
                    ps.setLong(1, documentId);
                }
                ps.setFetchSize(1000);
                List<Scored> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        double conf = rs.getDouble(3);
                        out.add(new Scored(rs.getLong(1), rs.getLong(2), rs.wasNull() ? null : conf, rs.getString(4),
                                rs.getString(5), ReviewStatus.valueOf(rs.getString(6)), Origin.valueOf(rs.getString(7))));
                    }
                }
                return out;
            }
        });
    }

    public void save(Collection<Update> updates) {
        if (updates.isEmpty()) {
            return;
        }
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE figure SET confidence = ?, flags = ?, evidence = ? WHERE id = ?")) {
                for (Update u : updates) {
                    ps.setDouble(1, u.confidence());
                    ps.setString(2, u.flags());
                    if (u.evidence() == null) {
                        ps.setNull(3, Types.VARCHAR);
                    } else {
                        ps.setString(3, u.evidence().length() > 2000 ? u.evidence().substring(0, 2000) : u.evidence());
                    }
                    ps.setLong(4, u.figureId());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Replaces every consistency flag by those given (the checks look at the whole store at once). */
    public void replaceChecks(Collection<Check> checks) {
        store.write(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("DELETE FROM figure_check");
            }
            insertChecks(c, checks);
            return null;
        });
    }

    /** Replaces the consistency flags of the given documents' figures by those given; other documents keep theirs. */
    public void replaceChecks(Collection<Long> documentIds, Collection<Check> checks) {
        store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM figure_check WHERE figure_id IN (SELECT id FROM figure WHERE document_id = ?)")) {
                for (long d : documentIds) {
                    ps.setLong(1, d);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            insertChecks(c, checks);
            return null;
        });
    }

    private static void insertChecks(java.sql.Connection c, Collection<Check> checks) throws java.sql.SQLException {
        Map<String, Check> unique = new LinkedHashMap<>();
        for (Check k : checks) {
            unique.putIfAbsent(k.figureId() + "\t" + k.code(), k);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO figure_check (figure_id, code, reason) VALUES (?, ?, ?)")) {
            for (Check k : unique.values()) {
                ps.setLong(1, k.figureId());
                ps.setString(2, k.code());
                ps.setString(3, k.reason().length() > 1000 ? k.reason().substring(0, 1000) : k.reason());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The consistency flags of one document's figures (or of all when documentId is null), by figure id. */
    public Map<Long, List<Check>> checks(Long documentId) {
        return store.read(c -> {
            String sql = "SELECT fc.figure_id, fc.code, fc.reason FROM figure_check fc"
                    + (documentId == null ? "" : " JOIN figure f ON f.id = fc.figure_id WHERE f.document_id = ?")
                    + " ORDER BY fc.figure_id, fc.code";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (documentId != null) {
                    ps.setLong(1, documentId);
                }
                Map<Long, List<Check>> out = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new Check(rs.getLong(1), rs.getString(2), rs.getString(3)));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Per document: how many unreviewed figures are doubtful — confidence below {@code threshold}, or
     * flagged by a consistency check.
     */
    public Map<Long, Integer> doubtfulLeft(double threshold) {
        return store.read(c -> {
            Map<Long, Integer> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT f.document_id, COUNT(*) FROM figure f
                     WHERE f.removed = FALSE AND f.review_status = 'PROPOSED'
                       AND (f.confidence < ? OR EXISTS (SELECT 1 FROM figure_check k WHERE k.figure_id = f.id))
                     GROUP BY f.document_id""")) {
                ps.setDouble(1, threshold);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), rs.getInt(2));
                    }
                }
            }
            return out;
        });
    }

    /** The least confident machine figure nobody reviewed yet, anywhere in the store (check flags ignored). */
    public Optional<Scored> leastConfidentProposed() {
        return mostDoubtfulProposed(0.0);
    }

    /**
     * The unreviewed figure to review first, anywhere in the store: the lowest confidence minus
     * {@code checkPenalty} when a consistency check flags the figure (see DoubtService.doubtScore).
     */
    public Optional<Scored> mostDoubtfulProposed(double checkPenalty) {
        // the penalty is a literal, not a parameter: PostgreSQL cannot type a bare ? inside CASE
        String penalty = String.format(java.util.Locale.ROOT, "%.6f", checkPenalty);
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT f.id, f.document_id, f.confidence, f.flags, f.evidence, f.review_status, f.origin FROM figure f
                     WHERE f.review_status = 'PROPOSED' AND f.removed = FALSE AND f.confidence IS NOT NULL
                     ORDER BY f.confidence - CASE WHEN EXISTS (SELECT 1 FROM figure_check k WHERE k.figure_id = f.id)
                              THEN %s ELSE 0 END, f.document_id, f.start_offset, f.id""".formatted(penalty))) {
                ps.setMaxRows(1);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Scored(rs.getLong(1), rs.getLong(2), rs.getDouble(3), rs.getString(4),
                            rs.getString(5), ReviewStatus.valueOf(rs.getString(6)), Origin.valueOf(rs.getString(7))));
                }
            }
        });
    }

    /** One coder's verdict on a machine figure of a double-coded document. */
    public record CoderVerdict(long figureId, String coder, ReviewStatus status) {
    }

    /**
     * The status decisions (accept, edit, reject) of coders who finished their document, on machine
     * figures not removed. Decisions of a coder still at work stay out: the calibration re-scores every
     * figure, and an unfinished coder's verdicts would reach the other coder through the confidence.
     */
    public List<CoderVerdict> finishedCoderVerdicts() {
        return store.read(c -> {
            List<CoderVerdict> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT cd.figure_id, cd.analyst, cd.new_value FROM coder_decision cd
                      JOIN figure f ON f.id = cd.figure_id
                      JOIN assignment a ON a.document_id = cd.document_id AND a.analyst = cd.analyst
                     WHERE cd.field_name = 'STATUS' AND f.origin = 'MACHINE' AND f.removed = FALSE
                       AND a.done_at IS NOT NULL
                     ORDER BY cd.figure_id, cd.analyst""");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ReviewStatus status = ReviewStatus.valueOf(rs.getString(3));
                    if (status != ReviewStatus.PROPOSED) {
                        out.add(new CoderVerdict(rs.getLong(1), rs.getString(2), status));
                    }
                }
            }
            return out;
        });
    }

    public long saveCalibration(int examples, int wrong, String modelTsv) {
        return store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO calibration (created_at, examples, wrong, model_tsv) VALUES (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setTimestamp(1, Sql.now());
                ps.setInt(2, examples);
                ps.setInt(3, wrong);
                ps.setString(4, modelTsv);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** The newest calibration, if the store has one. */
    public Optional<Calibration> latestCalibration() {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, created_at, examples, wrong, model_tsv FROM calibration ORDER BY id DESC");) {
                ps.setMaxRows(1);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Calibration(rs.getLong(1), Sql.instant(rs, "created_at"), rs.getInt(3),
                            rs.getInt(4), rs.getString(5)));
                }
            }
        });
    }
}
