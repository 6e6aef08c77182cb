package com.reportworkbench.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.reportworkbench.csv.SafeCsv;
import com.reportworkbench.store.FigureField;
import com.reportworkbench.store.FigureRecord;
import com.reportworkbench.store.FigureValues;
import com.reportworkbench.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads decisions from a JSONL file (one object per figure: {@code id}, the changed fields of
 * figures.md, {@code status}, optionally {@code version}) or from the Figures sheet of an exported
 * workbook (.xlsx) or its CSV, where only the cells that differ from the store count as decisions.
 */
public final class DecisionFile {
    /** The export's column keys (and JSONL names) of the fields a decision may set. */
    static final Map<String, FigureField> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("value", FigureField.VALUE);
        FIELDS.put("value_high", FigureField.VALUE_HIGH);
        FIELDS.put("unit", FigureField.UNIT);
        FIELDS.put("base_value", FigureField.BASE_VALUE);
        FIELDS.put("qualifier", FigureField.QUALIFIER);
        FIELDS.put("kind", FigureField.KIND);
        FIELDS.put("estimated", FigureField.ESTIMATED);
        FIELDS.put("indicator", FigureField.INDICATOR);
        FIELDS.put("indicator_text", FigureField.INDICATOR_TEXT);
        FIELDS.put("period", FigureField.PERIOD);
        FIELDS.put("status", FigureField.STATUS);
    }

    private DecisionFile() {}

    public static List<Decision> read(Path file, Store store) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return fromSheet(xlsxRows(file), store);
        }
        if (name.endsWith(".csv")) {
            return fromSheet(csvRows(file), store);
        }
        return jsonl(file);
    }

    /** A status word of the export or of the store ("rejected", "REJECTED", "machine"), as the store's status; null for "added". */
    static String status(String word) {
        if (word == null || word.isBlank()) {
            return null;
        }
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "machine", "proposed" -> "PROPOSED";
            case "accepted" -> "ACCEPTED";
            case "edited" -> "EDITED";
            case "rejected" -> "REJECTED";
            case "added" -> null; // an analyst's own figure: its origin is not a decision
            default -> throw new IllegalArgumentException("unknown status '" + word + "'");
        };
    }

    static List<Decision> jsonl(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Decision> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            String where = file.getFileName() + ":" + n;
            try {
                JsonNode o = json.readTree(line);
                if (!o.hasNonNull("id")) {
                    out.add(Decision.unreadable(where, "no figure id"));
                    continue;
                }
                Map<FigureField, String> fields = new EnumMap<>(FigureField.class);
                for (var e : FIELDS.entrySet()) {
                    if (o.has(e.getKey())) {
                        JsonNode v = o.get(e.getKey());
                        String text = v.isNull() ? null : v.isNumber() ? v.decimalValue().toPlainString() : v.asText();
                        if (e.getValue() == FigureField.STATUS) {
                            text = status(text);
                            if (text == null) {
                                continue;
                            }
                        }
                        fields.put(e.getValue(), text);
                    }
                }
                Long version = o.hasNonNull("version") ? o.get("version").asLong() : null;
                out.add(new Decision(o.get("id").asLong(), fields, version, null, where));
            } catch (IOException | IllegalArgumentException e) {
                out.add(Decision.unreadable(where, e.getMessage()));
            }
        }
        return out;
    }

    /** Rows of the Figures sheet by column key; the key row is found among the first rows (xlsx has a Chinese row above). */
    private static List<Decision> fromSheet(List<List<String>> rows, Store store) {
        int keyRow = -1;
        for (int i = 0; i < Math.min(3, rows.size()); i++) {
            if (rows.get(i).contains("figure_id")) {
                keyRow = i;
                break;
            }
        }
        if (keyRow < 0) {
            return List.of(Decision.unreadable("sheet", "no figure_id column: not a Figures sheet of an export"));
        }
        List<String> keys = rows.get(keyRow);
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            column.putIfAbsent(keys.get(i), i);
        }
        List<Decision> out = new ArrayList<>();
        for (int r = keyRow + 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String where = "row " + (r + 1);
            String id = cell(row, column.get("figure_id"));
            if (id == null) {
                continue;
            }
            try {
                long figureId = new BigDecimal(id).longValueExact();
                Optional<FigureRecord> stored = store.figures().get(figureId);
                if (stored.isEmpty()) {
                    out.add(new Decision(figureId, Map.of(), null, "no figure " + figureId + " in this store", where));
                    continue;
                }
                Map<FigureField, String> changed = new EnumMap<>(FigureField.class);
                for (var e : FIELDS.entrySet()) {
                    Integer col = column.get(e.getKey());
                    if (col == null) {
                        continue;
                    }
                    String cell = cell(row, col);
                    if (e.getValue() == FigureField.STATUS) {
                        String now = stored.get().exportStatus();
                        if (cell != null && !cell.equalsIgnoreCase(now)) {
                            String s = status(cell);
                            if (s != null) {
                                changed.put(FigureField.STATUS, s);
                            }
                        }
                    } else if (!same(e.getValue(), cell, FigureValues.text(stored.get().current(), e.getValue()))) {
                        changed.put(e.getValue(), cell);
                    }
                }
                String version = cell(row, column.get("version"));
                out.add(new Decision(figureId, changed, version == null ? null : new BigDecimal(version).longValue(), null,
                        where));
            } catch (RuntimeException e) {
                out.add(Decision.unreadable(where, e.getMessage()));
            }
        }
        return out;
    }

    private static boolean same(FigureField field, String cell, String storedText) {
        String stored = storedText == null || storedText.isEmpty() ? null : storedText; // no qualifier is an empty cell
        if (cell == null || stored == null) {
            return cell == null && stored == null;
        }
        if (field == FigureField.VALUE || field == FigureField.VALUE_HIGH || field == FigureField.BASE_VALUE) {
            try {
                return new BigDecimal(cell).compareTo(new BigDecimal(stored)) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return cell.equals(stored);
    }

    private static String cell(List<String> row, Integer col) {
        if (col == null || col >= row.size()) {
            return null;
        }
        String v = row.get(col);
        if (v == null || v.isBlank()) {
            return null;
        }
        // the export defuses formula-like text with a leading ' (SafeCsv); it is not part of the value
        if (v.length() > 1 && v.charAt(0) == '\'' && "=+-@\t\r".indexOf(v.charAt(1)) >= 0) {
            v = v.substring(1);
        }
        return v.strip();
    }

    private static List<List<String>> csvRows(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            for (CSVRecord r : SafeCsv.EXCEL.builder().setRecordSeparator("\n").get().parse(in)) {
                rows.add(r.toList());
            }
        }
        return rows;
    }

    private static List<List<String>> xlsxRows(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Figures");
            if (sheet == null) {
                throw new IOException(file + " has no Figures sheet");
            }
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(text(row.getCell(c)));
                }
                while (rows.size() < row.getRowNum()) {
                    rows.add(List.of());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case STRING -> cell.getStringCellValue();
            default -> null;
        };
    }
}
