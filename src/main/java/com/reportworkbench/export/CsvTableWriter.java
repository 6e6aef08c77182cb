package com.reportworkbench.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes each table as {@code DIR/<fileStem>.csv}: UTF-8 with a byte-order mark (so Excel reads the
 * Chinese correctly), RFC 4180 quoting, CRLF line ends, one header row of the stable English keys.
 */
final class CsvTableWriter implements TableWriter {
    static final char BOM = '\uFEFF';

    private final Path directory;
    private final List<Path> files = new ArrayList<>();
    private Writer out;

    CsvTableWriter(Path directory) throws IOException {
        this.directory = Files.createDirectories(directory);
    }

    List<Path> files() {
        return files;
    }

    @Override
    public void begin(String name, String fileStem, List<Column> columns) throws IOException {
        Path file = directory.resolve(fileStem + ".csv");
        files.add(file);
        out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
        out.write(BOM);
        for (int c = 0; c < columns.size(); c++) {
            if (c > 0) {
                out.write(',');
            }
            out.write(quote(columns.get(c).key()));
        }
        out.write("\r\n");
    }

    @Override
    public void row(Object[] cells) throws IOException {
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                out.write(',');
            }
            out.write(quote(format(cells[c])));
        }
        out.write("\r\n");
    }

    static String format(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof UnitNumber n) {
            return format(n.value());
        }
        if (v instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof Double d) {
            return format(BigDecimal.valueOf(d));
        }
        return v.toString(); // String, Integer, Long, LocalDate (ISO), Boolean (true/false)
    }

    static String quote(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
                return '"' + s.replace("\"", "\"\"") + '"';
            }
        }
        return s;
    }

    @Override
    public void end() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    @Override
    public void close() throws IOException {
        end();
    }
}
