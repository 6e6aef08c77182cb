package com.reportworkbench.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Enumeration;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Gives each sheet of a workbook written by fastexcel its true dimension. fastexcel streams a sheet's
 * head before its rows and writes {@code <dimension ref="A1"/>} for every sheet (up to its newest
 * release: the head is written before the size is known); readers that trust the dimension (openpyxl
 * read-only, csvkit/agate, some BI tools) then see one row. This copies the workbook once, replacing
 * that element in each sheet's head; every other entry is copied as it is, without recompressing.
 */
final class XlsxDimensions {
    private static final String WRITTEN = "<dimension ref=\"A1\"/>";
    private static final String SHEET_PREFIX = "xl/worksheets/sheet";
    private static final int HEAD_BYTES = 64 * 1024;

    private XlsxDimensions() {}

    /**
     * @param refs the range of each sheet by its 1-based position ("A1:AC1002")
     */
    static void copyWithDimensions(Path workbook, Path out, Map<Integer, String> refs) throws IOException {
        try (ZipFile in = ZipFile.builder().setPath(workbook).get();
                OutputStream file = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW);
                ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            zip.setLevel(1);
            Enumeration<ZipArchiveEntry> entries = in.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                Integer number = sheetNumber(entry.getName());
                String ref = number == null ? null : refs.get(number);
                if (ref == null) {
                    try (InputStream raw = in.getRawInputStream(entry)) {
                        zip.addRawArchiveEntry(entry, raw);
                    }
                    continue;
                }
                ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
                copy.setMethod(ZipArchiveEntry.DEFLATED);
                copy.setTime(entry.getTime());
                zip.putArchiveEntry(copy);
                try (InputStream sheet = in.getInputStream(entry)) {
                    byte[] head = sheet.readNBytes(HEAD_BYTES);
                    zip.write(withDimension(head, ref));
                    sheet.transferTo(zip);
                }
                zip.closeArchiveEntry();
            }
        }
    }

    /** The sheet's head with the written dimension replaced (byte-exact elsewhere: the head is XML in UTF-8). */
    static byte[] withDimension(byte[] head, String ref) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(WRITTEN);
        if (at < 0) {
            return head; // a later fastexcel that writes the dimension itself
        }
        String fixed = text.substring(0, at) + "<dimension ref=\"" + ref + "\"/>" + text.substring(at + WRITTEN.length());
        return fixed.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** "A1:AC1002" for a sheet of {@code rows} rows and {@code columns} columns. */
    static String ref(int rows, int columns) {
        return rows <= 1 && columns <= 1 ? "A1" : "A1:" + columnName(Math.max(1, columns) - 1) + Math.max(1, rows);
    }

    static String columnName(int index) {
        StringBuilder sb = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            sb.insert(0, (char) ('A' + i % 26));
        }
        return sb.toString();
    }

    private static Integer sheetNumber(String entry) {
        if (!entry.startsWith(SHEET_PREFIX) || !entry.endsWith(".xml")) {
            return null;
        }
        String number = entry.substring(SHEET_PREFIX.length(), entry.length() - 4);
        return number.isEmpty() || !number.chars().allMatch(Character::isDigit) ? null : Integer.valueOf(number);
    }
}
