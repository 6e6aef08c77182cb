package com.reportworkbench.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reportworkbench.files.AtomicFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * An engine-neutral copy of a store, to move it between H2 and PostgreSQL with its history: every
 * table of the schema, row by row, as gzipped JSON lines ({@code {"table": …, "columns": […]}} then one
 * {@code [values…]} line per row). Ids are kept, so history, change sets and undo stay as they were;
 * the identity counters are moved past them afterwards. Loading goes into an empty store only.
 */
public final class StoreDump {
    /** Every table, parents before children. */
    static final List<String> TABLES = List.of("document", "boilerplate_range", "figure", "change_set", "figure_change",
            "user_synonym", "document_evidence", "document_change", "assignment", "coder_decision", "adjudication",
            "coder_decision_change", "figure_check", "calibration");
    /** Tables whose id is an identity column. */
    private static final List<String> IDENTITIES = List.of("document", "figure", "change_set", "figure_change",
            "document_change", "coder_decision_change", "calibration");
    public static final String SUFFIX = ".jsonl.gz";

    /** What a dump or a load moved. */
    public record Counts(int documents, int figures, int changeSets, long rows) {}

    private StoreDump() {}

    /** A backup of this store goes to the dump: always for a PostgreSQL store, else when the file is named so. */
    public static boolean isDumpTarget(Store store, Path file) {
        return store.isPostgres() || isDump(file);
    }

    public static boolean isDump(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(SUFFIX);
    }

    /** Writes the whole store to {@code target} (atomically: a failure leaves no half file), in one read transaction. */
    public static Counts dump(Store store, Path target) {
        ObjectMapper json = new ObjectMapper();
        return store.write(c -> { // a transaction: one consistent snapshot of every table
            Path temp;
            try {
                temp = AtomicFile.temporaryFor(target);
            } catch (IOException e) {
                throw new StoreException("cannot write " + target + ": " + e.getMessage(), e);
            }
            long rows = 0;
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(temp), 1 << 16);
                    JsonGenerator gen = json.getFactory().createGenerator(out)) {
                gen.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
                for (String table : TABLES) {
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                        ResultSetMetaData md = rs.getMetaData();
                        gen.writeStartObject();
                        gen.writeStringField("table", table);
                        gen.writeArrayFieldStart("columns");
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            gen.writeString(md.getColumnLabel(i).toLowerCase(Locale.ROOT));
                        }
                        gen.writeEndArray();
                        gen.writeEndObject();
                        while (rs.next()) {
                            gen.writeStartArray();
                            for (int i = 1; i <= md.getColumnCount(); i++) {
                                writeValue(gen, rs, i, md.getColumnType(i));
                            }
                            gen.writeEndArray();
                            rows++;
                        }
                    }
                }
                gen.writeRaw("\n");
            } catch (IOException e) {
                AtomicFile.deleteQuietly(temp);
                throw new StoreException("cannot write " + target + ": " + e.getMessage(), e);
            } catch (SQLException | RuntimeException e) {
                AtomicFile.deleteQuietly(temp); // a failed read leaves no half-written temporary file either
                throw e;
            }
            try {
                AtomicFile.commit(temp, target);
            } catch (IOException e) {
                throw new StoreException("cannot write " + target + ": " + e.getMessage(), e);
            }
            return new Counts(count(c, "document"), count(c, "figure"), count(c, "change_set"), rows);
        });
    }

    private static void writeValue(JsonGenerator gen, ResultSet rs, int i, int type) throws SQLException, IOException {
        switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT -> {
                long v = rs.getLong(i);
                if (rs.wasNull()) {
                    gen.writeNull();
                } else {
                    gen.writeNumber(v);
                }
            }
            case Types.DECIMAL, Types.NUMERIC -> {
                BigDecimal d = rs.getBigDecimal(i);
                if (d == null) {
                    gen.writeNull();
                } else {
                    gen.writeString(d.toPlainString()); // as text: no rounding through a double
                }
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean b = rs.getBoolean(i);
                if (rs.wasNull()) {
                    gen.writeNull();
                } else {
                    gen.writeBoolean(b);
                }
            }
            case Types.TIMESTAMP -> {
                Timestamp t = rs.getTimestamp(i);
                if (t == null) {
                    gen.writeNull();
                } else {
                    gen.writeString(t.toLocalDateTime().toString());
                }
            }
            case Types.DATE -> {
                java.sql.Date d = rs.getDate(i);
                if (d == null) {
                    gen.writeNull();
                } else {
                    gen.writeString(d.toLocalDate().toString());
                }
            }
            default -> gen.writeString(rs.getString(i));
        }
    }

    /** Loads a dump into an empty store (a new folder, or a new PostgreSQL database), in one transaction. */
    public static Counts load(Path dump, Store store) {
        if (store.documents().count() > 0) {
            throw new StoreException("the store " + store.location() + " is not empty: load a dump into a new store");
        }
        ObjectMapper json = new ObjectMapper();
        return store.write(c -> {
            long rows = 0;
            try (BufferedReader in = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(dump), 1 << 16), StandardCharsets.UTF_8))) {
                PreparedStatement insert = null;
                int[] types = null;
                int pending = 0;
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode node = json.readTree(line);
                    if (node.isObject()) {
                        if (insert != null) {
                            insert.executeBatch();
                            insert.close();
                        }
                        String table = node.get("table").asText();
                        if (!TABLES.contains(table)) {
                            throw new StoreException("not a store dump: unknown table " + table);
                        }
                        List<String> columns = new ArrayList<>();
                        node.get("columns").forEach(n -> columns.add(n.asText()));
                        types = columnTypes(c, table, columns);
                        insert = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                                + "?, ".repeat(columns.size() - 1) + "?)");
                        pending = 0;
                        continue;
                    }
                    if (insert == null) {
                        throw new StoreException("not a store dump: rows before a table");
                    }
                    for (int i = 0; i < types.length; i++) {
                        bind(insert, i + 1, types[i], node.get(i));
                    }
                    insert.addBatch();
                    rows++;
                    if (++pending == 500) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (insert != null) {
                    insert.executeBatch();
                    insert.close();
                }
            } catch (IOException e) {
                throw new StoreException("cannot read the dump " + dump + ": " + e.getMessage(), e);
            }
            for (String table : IDENTITIES) {
                restartIdentity(c, table);
            }
            return new Counts(count(c, "document"), count(c, "figure"), count(c, "change_set"), rows);
        });
    }

    private static int[] columnTypes(Connection c, String table, List<String> columns) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            int[] types = new int[columns.size()];
            for (int i = 0; i < types.length; i++) {
                types[i] = md.getColumnType(i + 1);
            }
            return types;
        }
    }

    private static void bind(PreparedStatement ps, int i, int type, JsonNode v) throws SQLException {
        if (v == null || v.isNull()) {
            ps.setNull(i, type);
            return;
        }
        switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT -> ps.setLong(i, v.asLong());
            case Types.DECIMAL, Types.NUMERIC -> ps.setBigDecimal(i, new BigDecimal(v.asText()));
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> ps.setDouble(i, v.asDouble()); // V9's confidence
            case Types.BOOLEAN, Types.BIT -> ps.setBoolean(i, v.asBoolean());
            case Types.TIMESTAMP -> ps.setTimestamp(i, Timestamp.valueOf(LocalDateTime.parse(v.asText())));
            case Types.DATE -> ps.setDate(i, java.sql.Date.valueOf(LocalDate.parse(v.asText())));
            default -> ps.setString(i, v.asText());
        }
    }

    /** Moves a table's identity counter past the ids loaded, so new rows do not collide with them. */
    private static void restartIdentity(Connection c, String table) throws SQLException {
        long next;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rs.next();
            next = rs.getLong(1);
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next); // the same words on both
        }
    }

    private static int count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
