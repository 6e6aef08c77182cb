package com.reportworkbench.export;

import java.io.IOException;
import java.util.List;

/**
 * Where the exporter writes its tables, one after the other: sheets of a workbook or CSV files. Cells are
 * String, Number (BigDecimal, Integer, Long, Double), {@link UnitNumber}, LocalDate, Boolean or null.
 */
interface TableWriter extends AutoCloseable {
    /** Starts a table. {@code name} is the sheet name; {@code fileStem} names the CSV file. */
    void begin(String name, String fileStem, List<Column> columns) throws IOException;

    void row(Object[] cells) throws IOException;

    /** Ends the current table. */
    void end() throws IOException;

    @Override
    void close() throws IOException;
}
