package com.reportworkbench.store;

import com.reportworkbench.text.AdminLevel;
import com.reportworkbench.text.Confidence;
import com.reportworkbench.text.DocumentMetadata;
import com.reportworkbench.text.FieldEvidence;
import com.reportworkbench.text.MetadataCue;
import com.reportworkbench.text.MetadataEvidence;
import com.reportworkbench.text.MetadataField;
import com.reportworkbench.text.RegionCodes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Metadata of documents as the analyst changes it: every change is a row of {@code document_change} in a
 * change set shared with figure edits, so undo and redo (in {@link FigureRepository}) replay both. The
 * evidence of a field changes with it (the analyst's value is sure, its cue "analyst" or "bulk-edit"), and is
 * recorded in the history too, so an undo brings back the detector's cue.
 */
final class DocumentMetadataHistory {
    static final String EVIDENCE_PREFIX = "evidence:";

    /** The stored columns of a document's metadata, by history field name. */
    private static final List<String> COLUMNS = List.of("title", "region", "region_code", "admin_level", "report_date",
            "report_year");

    private DocumentMetadataHistory() {}

    /** Writes the evidence rows of a newly stored document. */
    static void insertEvidence(Connection c, long documentId, MetadataEvidence evidence) throws SQLException {
        for (Map.Entry<MetadataField, FieldEvidence> e : evidence.byField().entrySet()) {
            writeEvidence(c, documentId, e.getKey(), e.getValue());
        }
    }

    static MetadataEvidence evidence(Connection c, long documentId) throws SQLException {
        Map<MetadataField, FieldEvidence> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT field_name, cue, cue_quote, confidence, conflict_note FROM document_evidence WHERE document_id = ?")) {
            ps.setLong(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    MetadataField field = MetadataField.fromId(rs.getString(1)).orElse(null);
                    MetadataCue cue = MetadataCue.fromId(rs.getString(2)).orElse(null);
                    if (field != null && cue != null) {
                        out.put(field, new FieldEvidence(cue, rs.getString(3),
                                Confidence.fromId(rs.getString(4)).orElse(Confidence.DOUBTFUL), rs.getString(5)));
                    }
                }
            }
        }
        return new MetadataEvidence(out);
    }

    /**
     * Sets one document's metadata as the analyst entered it; fields that differ get history rows and the
     * analyst's evidence. Returns the number of fields changed.
     */
    static int update(Connection c, long changeSet, long documentId, DocumentMetadata m, String regionCode,
            MetadataCue cue) throws SQLException {
        Map<String, String> current = read(c, documentId);
        Map<String, String> wanted = new LinkedHashMap<>();
        wanted.put("title", m.title());
        wanted.put("region", m.region());
        wanted.put("region_code", regionCode);
        wanted.put("admin_level", m.level() == null ? null : m.level().id());
        wanted.put("report_date", m.reportDate() == null ? null : m.reportDate().toString());
        wanted.put("report_year", m.year() == null ? null : m.year().toString());
        return apply(c, changeSet, documentId, current, wanted, cue);
    }

    /** Sets the non-null fields of a bulk edit on one document. */
    static int update(Connection c, long changeSet, long documentId, MetadataEdit edit) throws SQLException {
        Map<String, String> current = read(c, documentId);
        Map<String, String> wanted = new LinkedHashMap<>(current);
        if (edit.region() != null) {
            wanted.put("region", blankToNull(edit.region()));
            wanted.put("region_code", edit.regionCode() != null ? blankToNull(edit.regionCode())
                    : RegionCodes.standard().codeOf(edit.region()).orElse(null));
        } else if (edit.regionCode() != null) {
            wanted.put("region_code", blankToNull(edit.regionCode()));
        }
        if (edit.level() != null) {
            wanted.put("admin_level", edit.level().id());
        }
        if (edit.year() != null) {
            wanted.put("report_year", edit.year().toString());
        }
        return apply(c, changeSet, documentId, current, wanted, MetadataCue.BULK_EDIT);
    }

    private static int apply(Connection c, long changeSet, long documentId, Map<String, String> current,
            Map<String, String> wanted, MetadataCue cue) throws SQLException {
        int changed = 0;
        Set<MetadataField> touched = new LinkedHashSet<>();
        for (String column : COLUMNS) {
            String old = current.get(column);
            String neu = wanted.get(column);
            if (!Objects.equals(old, neu)) {
                record(c, changeSet, documentId, column, old, neu);
                writeColumn(c, documentId, column, neu);
                changed++;
                MetadataField field = fieldOf(column);
                if (field != null) {
                    touched.add(field);
                }
            }
        }
        MetadataEvidence before = evidence(c, documentId);
        for (MetadataField field : touched) {
            FieldEvidence old = before.get(field).orElse(null);
            FieldEvidence neu = FieldEvidence.byAnalyst(cue);
            record(c, changeSet, documentId, EVIDENCE_PREFIX + field.id(), encode(old), encode(neu));
            writeEvidence(c, documentId, field, neu);
        }
        return changed;
    }

    private static MetadataField fieldOf(String column) {
        return switch (column) {
            case "region" -> MetadataField.REGION;
            case "admin_level" -> MetadataField.LEVEL;
            case "report_date" -> MetadataField.REPORT_DATE;
            case "report_year" -> MetadataField.YEAR;
            default -> null;
        };
    }

    /** Replays the metadata rows of a change set; returns the documents it touched. */
    static Set<Long> replay(Connection c, long changeSet, boolean backwards) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT document_id, field_name, old_value, new_value FROM document_change WHERE change_set_id = ? ORDER BY id "
                        + (backwards ? "DESC" : "ASC"))) {
            ps.setLong(1, changeSet);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)});
                }
            }
        }
        Set<Long> documents = new LinkedHashSet<>();
        for (Object[] row : rows) {
            long documentId = (Long) row[0];
            String field = (String) row[1];
            String value = (String) (backwards ? row[2] : row[3]);
            if (field.startsWith(EVIDENCE_PREFIX)) {
                MetadataField f = MetadataField.fromId(field.substring(EVIDENCE_PREFIX.length())).orElseThrow();
                writeEvidence(c, documentId, f, decode(value));
            } else {
                writeColumn(c, documentId, field, value);
            }
            documents.add(documentId);
        }
        return documents;
    }

    private static Map<String, String> read(Connection c, long documentId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT title, region, region_code, admin_level, report_date, report_year FROM document WHERE id = ?")) {
            ps.setLong(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("no document " + documentId);
                }
                Map<String, String> values = new LinkedHashMap<>();
                values.put("title", rs.getString(1));
                values.put("region", rs.getString(2));
                values.put("region_code", rs.getString(3));
                values.put("admin_level", rs.getString(4));
                LocalDate date = Sql.nullableDate(rs, "report_date");
                values.put("report_date", date == null ? null : date.toString());
                Integer year = Sql.nullableInt(rs, "report_year");
                values.put("report_year", year == null ? null : year.toString());
                return values;
            }
        }
    }

    private static void writeColumn(Connection c, long documentId, String column, String value) throws SQLException {
        if (!COLUMNS.contains(column)) {
            throw new StoreException("not a metadata column: " + column);
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE document SET " + column + " = ? WHERE id = ?")) {
            switch (column) {
                case "report_date" -> Sql.setNullableDate(ps, 1, value == null ? null : LocalDate.parse(value));
                case "report_year" -> Sql.setNullableInt(ps, 1, value == null ? null : Integer.valueOf(value));
                case "admin_level" -> ps.setString(1, value == null ? null
                        : AdminLevel.fromId(value).map(AdminLevel::id).orElse(null));
                default -> ps.setString(1, value);
            }
            ps.setLong(2, documentId);
            if (ps.executeUpdate() != 1) {
                throw new StoreException("no document " + documentId);
            }
        }
    }

    private static void writeEvidence(Connection c, long documentId, MetadataField field, FieldEvidence e)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM document_evidence WHERE document_id = ? AND field_name = ?")) {
            ps.setLong(1, documentId);
            ps.setString(2, field.id());
            ps.executeUpdate();
        }
        if (e == null) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO document_evidence (document_id, field_name, cue, cue_quote, confidence, conflict_note)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            ps.setLong(1, documentId);
            ps.setString(2, field.id());
            ps.setString(3, e.cue().id());
            ps.setString(4, StoreLimits.fit(e.quote(), StoreLimits.EVIDENCE_CHARS)); // a quote of the text, kept whole there
            ps.setString(5, e.confidence().id());
            ps.setString(6, StoreLimits.fit(e.conflict(), StoreLimits.EVIDENCE_CHARS));
            ps.executeUpdate();
        }
    }

    private static void record(Connection c, long changeSet, long documentId, String field, String old, String neu)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO document_change (change_set_id, document_id, field_name, old_value, new_value, changed_at)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            ps.setLong(1, changeSet);
            ps.setLong(2, documentId);
            ps.setString(3, field);
            ps.setString(4, old);
            ps.setString(5, neu);
            ps.setTimestamp(6, Sql.now());
            ps.executeUpdate();
        }
    }

    /** Evidence as one history value: cue, confidence, quote and conflict separated by tabs (none holds a tab). */
    static String encode(FieldEvidence e) {
        if (e == null) {
            return null;
        }
        return String.join("\t", e.cue().id(), e.confidence().id(), Objects.toString(e.quote(), ""),
                Objects.toString(e.conflict(), ""));
    }

    static FieldEvidence decode(String s) {
        if (s == null) {
            return null;
        }
        String[] p = s.split("\t", -1);
        return new FieldEvidence(MetadataCue.fromId(p[0]).orElse(MetadataCue.ANALYST),
                p.length > 2 && !p[2].isEmpty() ? p[2] : null,
                Confidence.fromId(p.length > 1 ? p[1] : null).orElse(Confidence.DOUBTFUL),
                p.length > 3 && !p[3].isEmpty() ? p[3] : null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
