package com.reportworkbench.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hostile files made on the fly (no big binaries in the repository). */
public final class HostileFiles {
    private HostileFiles() {}

    /** A .docx whose body is {@code depth} tables nested in each other. */
    public static Path deeplyNestedDocx(Path file, int depth) throws IOException {
        String ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    </Relationships>""");
            StringBuilder sb = new StringBuilder(depth * 40);
            sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"").append(ns)
                    .append("\"><w:body>");
            sb.append("<w:tbl><w:tr><w:tc>".repeat(depth));
            sb.append("<w:p><w:r><w:t>地区生产总值增长6%</w:t></w:r></w:p>");
            sb.append("</w:tc></w:tr></w:tbl>".repeat(depth));
            sb.append("</w:body></w:document>");
            byte[] xml = sb.toString().getBytes(StandardCharsets.UTF_8);
            // stored, not deflated: the repetition would compress so well that POI refuses it as a zip bomb
            ZipEntry body = new ZipEntry("word/document.xml");
            body.setMethod(ZipEntry.STORED);
            body.setSize(xml.length);
            CRC32 crc = new CRC32();
            crc.update(xml);
            body.setCrc(crc.getValue());
            zip.putNextEntry(body);
            zip.write(xml);
            zip.closeEntry();
        }
        return file;
    }

    /** A small PDF whose page dictionary holds arrays nested {@code depth} deep. */
    public static Path deeplyNestedPdf(Path file, int depth) throws IOException {
        String nested = "[".repeat(depth) + "]".repeat(depth);
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Deep " + nested + " >>"
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        Files.writeString(file, pdf, StandardCharsets.ISO_8859_1);
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Writes {@code n} zero bytes. */
    public static void zeros(OutputStream out, long n) throws IOException {
        byte[] block = new byte[1 << 16];
        for (long left = n; left > 0; left -= block.length) {
            out.write(block, 0, (int) Math.min(block.length, left));
        }
    }
}
