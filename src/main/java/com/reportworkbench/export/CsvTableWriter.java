package com.reportworkbench.export;

import com.reportworkbench.csv.SafeCsv;
import com.reportworkbench.files.AtomicFile;
import com.reportworkbench.extract.PlainDecimal;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes each table as {@code DIR/<fileStem>.csv}: UTF-8 with a byte-order mark (so Excel reads the
 * Chinese correctly), RFC 4180 quoting by Apache Commons CSV, CRLF line ends, one header row of the stable
 * English keys. Text cells are defused against formula injection ({@link SafeCsv}); numbers stay numbers.
 * Each file is written to a temporary file beside it and moved into place only when whole.
 */
final class CsvTableWriter implements TableWriter {
    static final char BOM = '\uFEFF';

    private final Path directory;
    private final List<Path> files = new ArrayList<>();
    private Path file;
    private Path temp;
    private CSVPrinter out;

    CsvTableWriter(Path directory) throws IOException {
        this.directory = Files.createDirectories(directory);
    }

    List<Path> files() {
        return files;
    }

    @Override
    public void begin(String name, String fileStem, List<Column> columns) throws IOException {
        file = directory.resolve(fileStem + ".csv");
        temp = AtomicFile.temporaryFor(file);
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8),
                1 << 16);
        writer.write(BOM);
        out = new CSVPrinter(writer, SafeCsv.EXCEL);
        List<String> keys = new ArrayList<>(columns.size());
        for (Column c : columns) {
            keys.add(c.key());
        }
        out.printRecord(keys);
    }

    @Override
    public void row(Object[] cells) throws IOException {
        for (Object cell : cells) {
            out.print(format(cell));
        }
        out.println();
    }

    static String format(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof UnitNumber n) {
            return format(n.value());
        }
        if (v instanceof BigDecimal d) {
            return PlainDecimal.of(d).toPlainString();
        }
        if (v instanceof Double d) {
            return format(BigDecimal.valueOf(d));
        }
        if (v instanceof Number || v instanceof Boolean || v instanceof java.time.LocalDate) {
            return v.toString(); // Integer, Long; true/false; ISO dates
        }
        return SafeCsv.text(v.toString());
    }

    @Override
    public void end() throws IOException {
        if (out != null) {
            out.close(true);
            out = null;
            AtomicFile.commit(temp, file);
            files.add(file);
            temp = null;
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) { // a table left unfinished by a failure: its temporary file goes, the old file stays
            try {
                out.close();
            } finally {
                out = null;
                AtomicFile.deleteQuietly(temp);
            }
        }
    }
}
