package com.reportworkbench.store;

import com.reportworkbench.extract.Figure;
import com.reportworkbench.text.AdminLevel;
import com.reportworkbench.text.DocumentMetadata;
import com.reportworkbench.text.MetadataCue;
import com.reportworkbench.text.MetadataEvidence;
import com.reportworkbench.text.MetadataState;
import com.reportworkbench.text.RegionCodes;
import com.reportworkbench.text.TextRange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Documents: their untouched text, detected metadata and debris ranges. */
public final class DocumentRepository {
    private static final String SUMMARY_SELECT = """
            SELECT d.id, d.file_name, d.source_path, d.content_sha256, d.file_format, d.text_encoding, d.title,
                   d.region, d.admin_level, d.report_date, d.report_year, d.imported_at, d.char_count,
                   d.figure_count, d.reviewed_count, d.region_code,
                   CASE WHEN EXISTS (SELECT 1 FROM document_evidence e WHERE e.document_id = d.id
                       AND e.confidence = 'doubtful' AND e.field_name IN ('region', 'level', 'year'))
                   THEN 1 ELSE 0 END AS doubtful
              FROM document d
            """;

    private final Store store;

    DocumentRepository(Store store) {
        this.store = store;
    }

    public Optional<Long> idBySha256(String sha256) {
        return store.read(c -> idBySha256(c, sha256));
    }

    private static Optional<Long> idBySha256(Connection c, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM document WHERE content_sha256 = ?")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /**
     * Stores a document, its debris ranges and its machine figures in one transaction: after a crash the
     * document is either complete or absent.
     */
    public long insert(NewDocument doc, List<Figure> figures) {
        return store.write(c -> insertWhole(c, doc, figures, store.analyst()));
    }

    private static long insertWhole(Connection c, NewDocument doc, List<Figure> figures, String analyst)
            throws SQLException {
        long id = insertDocument(c, doc, analyst);
        insertBoilerplate(c, id, doc.boilerplate());
        DocumentMetadataHistory.insertEvidence(c, id, doc.evidence());
        FigureRepository.insertMachineFigures(c, id, figures);
        refreshCounts(c, List.of(id));
        return id;
    }

    /** Recounts the figures and reviewed figures of documents, inside the transaction that changed them. */
    static void refreshCounts(Connection c, java.util.Collection<Long> documentIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE document SET
                    figure_count = (SELECT COUNT(*) FROM figure f WHERE f.document_id = document.id AND f.removed = FALSE),
                    reviewed_count = (SELECT COUNT(*) FROM figure f WHERE f.document_id = document.id AND f.removed = FALSE
                        AND (f.review_status <> 'PROPOSED' OR f.origin = 'ANALYST'))
                 WHERE id = ?""")) {
            for (long id : documentIds) {
                ps.setLong(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** A document and its machine figures, about to be stored together. */
    public record Extracted(NewDocument document, List<Figure> figures) {}

    /** Where a document of a group went: its new id, or the id of the document that already had its content. */
    public record Stored(long id, boolean inserted) {}

    /**
     * Stores a group of documents in one transaction. A bulk import commits in groups because every
     * commit writes a new chunk of the store file: thousands of one-document commits leave a file many
     * times the size of its data. Each document is still whole or absent after a crash. A document
     * whose content is already stored (earlier in the group, or by another process) is not stored again.
     */
    public List<Stored> insertAll(List<Extracted> group) {
        return store.write(c -> {
            List<Stored> out = new ArrayList<>(group.size());
            for (Extracted e : group) {
                Optional<Long> inserted = insertUnlessStored(c, e.document(), store.analyst());
                if (inserted.isEmpty()) {
                    long existing = idBySha256(c, e.document().sha256()).orElseThrow(() -> new StoreException(
                            "the content of " + e.document().fileName() + " was refused as stored, but is not there"));
                    out.add(new Stored(existing, false));
                    continue;
                }
                long id = inserted.get();
                insertBoilerplate(c, id, e.document().boilerplate());
                DocumentMetadataHistory.insertEvidence(c, id, e.document().evidence());
                FigureRepository.insertMachineFigures(c, id, e.figures());
                refreshCounts(c, List.of(id));
                out.add(new Stored(id, true));
            }
            return out;
        });
    }

    /**
     * Inserts the document row unless its content is stored already, and says which. The database's
     * unique constraint on the content hash decides, not a look-up first: two workstations importing
     * the same file at the same moment both try, PostgreSQL makes the second wait for the first's commit
     * and then refuses it, and the second takes the first's document. A savepoint keeps the refused
     * insert from spoiling the rest of the group's transaction (PostgreSQL aborts a transaction on any error).
     */
    private static Optional<Long> insertUnlessStored(Connection c, NewDocument doc, String analyst)
            throws SQLException {
        Savepoint before = c.setSavepoint();
        try {
            long id = insertDocument(c, doc, analyst);
            c.releaseSavepoint(before);
            return Optional.of(id);
        } catch (SQLException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            c.rollback(before);
            return Optional.empty();
        }
    }

    /** Who imported a document (the analyst of the importing session); empty for documents imported before V10. */
    public Optional<String> importedBy(long documentId) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT imported_by FROM document WHERE id = ?")) {
                ps.setLong(1, documentId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** SQLSTATE 23505, the same on H2 and PostgreSQL. */
    static boolean isUniqueViolation(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if ("23505".equals(x.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Inserts the row, signed with the importing analyst (imported_by, V10). */
    private static long insertDocument(Connection c, NewDocument doc, String analyst) throws SQLException {
        String sql = """
                INSERT INTO document (file_name, source_path, content_sha256, file_format, text_encoding, original_text,
                    char_count, title, region, admin_level, report_date, report_year, imported_at, region_code,
                    imported_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """;
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            DocumentMetadata m = doc.metadata();
            ps.setString(1, doc.fileName());
            ps.setString(2, doc.sourcePath());
            ps.setString(3, doc.sha256());
            ps.setString(4, doc.format());
            ps.setString(5, doc.encoding());
            ps.setString(6, doc.text());
            ps.setInt(7, doc.text().length());
            ps.setString(8, StoreLimits.fit(m.title(), StoreLimits.TITLE_CHARS)); // derived from the text, kept whole
            ps.setString(9, StoreLimits.fit(m.region(), StoreLimits.REGION_CHARS));
            ps.setString(10, m.level() == null ? null : m.level().id());
            Sql.setNullableDate(ps, 11, m.reportDate());
            Sql.setNullableInt(ps, 12, m.year());
            ps.setTimestamp(13, Sql.now());
            ps.setString(14, RegionCodes.standard().codeOf(m.region()).orElse(null));
            ps.setString(15, StoreLimits.fit(analyst, 200));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void insertBoilerplate(Connection c, long documentId, List<TextRange> ranges) throws SQLException {
        if (ranges.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO boilerplate_range (document_id, start_offset, end_offset) VALUES (?, ?, ?)")) {
            int lastStart = -1;
            for (TextRange r : ranges.stream().sorted((a, b) -> Integer.compare(a.start(), b.start())).toList()) {
                if (r.start() == lastStart) {
                    continue; // the key is (document, start): keep the first of two ranges starting together
                }
                lastStart = r.start();
                ps.setLong(1, documentId);
                ps.setInt(2, r.start());
                ps.setInt(3, r.end());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public List<DocumentRecord> list() {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SUMMARY_SELECT + " ORDER BY d.id");
                    ResultSet rs = ps.executeQuery()) {
                List<DocumentRecord> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(summary(rs));
                }
                return out;
            }
        });
    }

    public Optional<DocumentRecord> get(long id) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SUMMARY_SELECT + " WHERE d.id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(summary(rs)) : Optional.empty();
                }
            }
        });
    }

    public int count() {
        return store.read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM document")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** The original text exactly as decoded at import. */
    public String text(long id) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT original_text FROM document WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException("no document " + id);
                    }
                    return rs.getString(1);
                }
            }
        });
    }

    public List<TextRange> boilerplate(long id) {
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT start_offset, end_offset FROM boilerplate_range WHERE document_id = ? ORDER BY start_offset")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    List<TextRange> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new TextRange(rs.getInt(1), rs.getInt(2)));
                    }
                    return out;
                }
            }
        });
    }

    /**
     * The analyst's corrections of region, level, date, year and title, as one undoable action; the
     * region's code follows its name. Returns the change set, or 0 when nothing changed.
     */
    public long updateMetadata(long id, DocumentMetadata m) {
        return updateMetadata(id, m, RegionCodes.standard().codeOf(m.region()).orElse(null));
    }

    /** As {@link #updateMetadata(long, DocumentMetadata)}, with the region code the analyst gave. */
    public long updateMetadata(long id, DocumentMetadata m, String regionCode) {
        return store.write(c -> {
            long changeSet = FigureRepository.newChangeSet(c, "metadata: " + id, store.analyst());
            int changed = DocumentMetadataHistory.update(c, changeSet, id, m, regionCode, MetadataCue.ANALYST);
            return dropIfEmpty(c, changeSet, changed);
        });
    }

    /**
     * Sets region, level or year (the non-null fields of {@code edit}) on many documents in one transaction
     * and one undoable action. Returns the change set, or 0 when no document changed.
     */
    public long bulkUpdate(String description, Collection<Long> documentIds, MetadataEdit edit) {
        if (edit.isEmpty() || documentIds.isEmpty()) {
            return 0;
        }
        return store.write(c -> {
            long changeSet = FigureRepository.newChangeSet(c, description, store.analyst());
            int changed = 0;
            for (long id : documentIds) {
                changed += DocumentMetadataHistory.update(c, changeSet, id, edit);
            }
            return dropIfEmpty(c, changeSet, changed);
        });
    }

    private static long dropIfEmpty(Connection c, long changeSet, int changed) throws SQLException {
        if (changed > 0) {
            return changeSet;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM change_set WHERE id = ?")) {
            ps.setLong(1, changeSet);
            ps.executeUpdate();
        }
        return 0L;
    }

    /** Where each metadata field of a document came from and how sure it is. */
    public MetadataEvidence evidence(long id) {
        return store.read(c -> DocumentMetadataHistory.evidence(c, id));
    }

    public boolean delete(long id) {
        return store.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM document WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /**
     * Finds a plain string or a regular expression in every document's text, in document order, up to
     * a limit.
     */
    public List<TextHit> search(String query, boolean regex, int limit) {
        if (query == null || query.isEmpty()) {
            return List.of();
        }
        Pattern pattern = regex ? Pattern.compile(query) : Pattern.compile(Pattern.quote(query));
        return store.read(c -> {
            // documents are read one by one and matched in Java, stopping at the limit: H2's LIKE over
            // every text first was slower than this, and its full-text index finds nothing in Chinese
            try (PreparedStatement ps = c.prepareStatement("SELECT id, file_name, original_text FROM document ORDER BY id")) {
                List<TextHit> hits = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && hits.size() < limit) {
                        long id = rs.getLong(1);
                        String file = rs.getString(2);
                        String text = rs.getString(3);
                        Matcher m = pattern.matcher(text);
                        while (m.find() && hits.size() < limit) {
                            if (m.end() == m.start()) {
                                continue;
                            }
                            hits.add(new TextHit(id, file, m.start(), m.end(), context(text, m.start(), m.end())));
                        }
                    }
                }
                return hits;
            }
        });
    }

    private static String context(String text, int start, int end) {
        int from = Math.max(0, start - 30);
        int to = Math.min(text.length(), end + 30);
        return text.substring(from, to).replaceAll("\\s+", " ").trim();
    }

    /** The stored code; documents stored before codes existed get theirs from the name. */
    private static String regionCode(ResultSet rs) throws SQLException {
        String code = rs.getString("region_code");
        return code != null ? code : RegionCodes.standard().codeOf(rs.getString("region")).orElse(null);
    }

    private static DocumentRecord summary(ResultSet rs) throws SQLException {
        Timestamp imported = rs.getTimestamp("imported_at");
        String region = rs.getString("region");
        AdminLevel level = AdminLevel.fromId(rs.getString("admin_level")).orElse(null);
        Integer year = Sql.nullableInt(rs, "report_year");
        MetadataState state = region == null || level == null || year == null ? MetadataState.MISSING
                : rs.getInt("doubtful") == 1 ? MetadataState.DOUBTFUL : MetadataState.OK;
        return new DocumentRecord(
                rs.getLong("id"),
                rs.getString("file_name"),
                rs.getString("source_path"),
                rs.getString("content_sha256"),
                rs.getString("file_format"),
                rs.getString("text_encoding"),
                rs.getString("title"),
                region,
                level,
                Sql.nullableDate(rs, "report_date"),
                year,
                imported == null ? null : imported.toInstant(),
                rs.getInt("char_count"),
                rs.getInt("figure_count"),
                rs.getInt("reviewed_count"),
                regionCode(rs),
                state);
    }
}
