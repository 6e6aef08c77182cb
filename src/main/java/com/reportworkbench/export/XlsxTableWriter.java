package com.reportworkbench.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes tables as sheets of one .xlsx with fastexcel, streaming: rows go to the zip stream every
 * {@value #FLUSH_EVERY} rows, so memory does not grow with the number of rows. Long texts are inline
 * strings (the shared-string table is kept in memory until the end). A table longer than a sheet (1,048,576
 * rows) continues on a sheet "name (2)".
 */
final class XlsxTableWriter implements TableWriter {
    static final int HEADER_ROWS = 2;
    private static final int FLUSH_EVERY = 1000;
    private static final int MAX_CELL_CHARS = 32_767;
    private static final String HEADER_FILL = "DDEBF7";
    private static final String KEY_FILL = "F2F2F2";

    private final Workbook workbook;
    private Worksheet sheet;
    private List<Column> columns;
    private String name;
    private int part;
    private int row;
    private int sheets;
    private boolean closed;
    /** Each sheet's true range by its 1-based position, for {@link XlsxDimensions}. */
    private final Map<Integer, String> dimensions = new HashMap<>();

    XlsxTableWriter(OutputStream out) {
        this.workbook = new Workbook(out, "Report Workbench", "1.0");
        this.workbook.setCompressionLevel(1);
    }

    @Override
    public void begin(String name, String fileStem, List<Column> columns) throws IOException {
        this.name = name;
        this.columns = columns;
        this.part = 1;
        openSheet(name);
    }

    private void openSheet(String sheetName) {
        sheet = workbook.newWorksheet(sheetName);
        sheets++;
        for (int c = 0; c < columns.size(); c++) {
            sheet.width(c, columns.get(c).width());
        }
        sheet.freezePane(0, HEADER_ROWS); // before the first flush: the sheet's head is written then
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c).header());
            sheet.value(1, c, columns.get(c).key());
        }
        int last = columns.size() - 1;
        sheet.range(0, 0, 0, last).style().bold().fillColor(HEADER_FILL).wrapText(true).verticalAlignment("top")
                .set();
        sheet.range(1, 0, 1, last).style().italic().fontColor("595959").fillColor(KEY_FILL).set();
        row = HEADER_ROWS;
    }

    @Override
    public void row(Object[] cells) throws IOException {
        if (row >= Worksheet.MAX_ROWS) {
            finishSheet();
            part++;
            openSheet(name + " (" + part + ")");
        }
        for (int c = 0; c < cells.length; c++) {
            Object v = cells[c];
            if (v != null) {
                write(c, columns.get(c).type(), v);
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    private void write(int c, Column.Type type, Object v) {
        if (v instanceof String s) {
            s = clean(s);
            if (type == Column.Type.LONG_TEXT) {
                sheet.inlineString(row, c, s);
            } else {
                sheet.value(row, c, s);
            }
        } else if (v instanceof UnitNumber n) {
            sheet.value(row, c, n.value() == null ? null : plain(n.value()));
            String format = unitFormat(n.unit());
            if (format != null) {
                sheet.style(row, c).format(format).set();
            }
        } else if (v instanceof Number n) {
            sheet.value(row, c, n instanceof BigDecimal d ? plain(d) : n);
            if (type == Column.Type.PERCENT) {
                sheet.style(row, c).format("0%").set();
            } // integers and decimals as written: General shows 6, 7.5, 130.41 without a fixed scale
        } else if (v instanceof LocalDate d) {
            sheet.value(row, c, d);
            sheet.style(row, c).format("yyyy-mm-dd").set();
        } else if (v instanceof Boolean b) {
            sheet.value(row, c, b);
        } else {
            sheet.value(row, c, clean(v.toString()));
        }
    }

    /**
     * "General" followed by the unit as escaped literal characters ({@code General\万\吨}, {@code General\%}: a
     * literal percent sign, no scaling). Backslashes rather than quotes: fastexcel writes the format code into
     * an XML attribute without escaping it.
     */
    static String unitFormat(String unit) {
        if (unit == null || unit.isBlank()) {
            return null;
        }
        StringBuilder sb = new StringBuilder("General");
        for (int i = 0; i < unit.length(); i++) {
            char ch = unit.charAt(i);
            if (ch == '"' || ch == '<' || ch == '>' || ch == '&' || ch == '\'' || ch == '\\' || Character.isISOControl(ch)) {
                continue;
            }
            sb.append('\\').append(ch);
        }
        return sb.length() == "General".length() ? null : sb.toString();
    }

    /** Without trailing zeros and never with a positive exponent (13041000000, not 1.3041E+10). */
    static BigDecimal plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** Drops the control characters XML 1.0 cannot hold and cuts a text to Excel's cell limit. */
    static String clean(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean bad = (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || ch == 0xFFFE || ch == 0xFFFF;
            if (bad && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!bad && sb != null) {
                sb.append(ch);
            }
        }
        String out = sb == null ? s : sb.toString();
        return out.length() > MAX_CELL_CHARS ? out.substring(0, MAX_CELL_CHARS) : out;
    }

    @Override
    public void end() throws IOException {
        finishSheet();
        sheet = null;
    }

    private void finishSheet() throws IOException {
        int lastRow = Math.max(row - 1, HEADER_ROWS - 1);
        sheet.setAutoFilter(HEADER_ROWS - 1, 0, lastRow, columns.size() - 1);
        dimensions.put(sheets, XlsxDimensions.ref(lastRow + 1, columns.size()));
        sheet.finish();
    }

    Map<Integer, String> dimensions() {
        return Map.copyOf(dimensions);
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (sheet != null) {
            end();
        }
        workbook.finish();
    }
}
