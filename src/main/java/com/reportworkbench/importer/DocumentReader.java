package com.reportworkbench.importer;

import com.reportworkbench.importer.TextDecoder.DecodedText;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Reads one file (.txt, .docx, .pdf, .html/.htm) into a {@link DecodedDocument}, or refuses it with a
 * one-line reason the analyst can act on. Holds at most the file's bytes and one decoded text at a time.
 */
public final class DocumentReader {
    /** Government work reports are under 1 MB of text; 64 MB leaves room for big PDFs and merged files. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final long maxBytes;

    public DocumentReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes larger files are refused before they are read */
    public DocumentReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public DecodedDocument read(Path file) throws UnreadableDocumentException {
        if (Files.isDirectory(file)) {
            throw new UnreadableDocumentException("this is a folder, not a file");
        }
        if (!Files.exists(file)) {
            throw new UnreadableDocumentException("file not found: it was moved or deleted");
        }
        DocumentFormat format = DocumentFormat.of(file).orElseThrow(() -> unsupported(file));
        byte[] bytes = readBytes(file);
        DecodedText decoded;
        try {
            decoded = extractorFor(format).extract(bytes);
        } catch (OutOfMemoryError e) {
            // one large allocation failed and was released: the application can go on with other files
            throw new UnreadableDocumentException("too large to decode in the memory available (" + megabytes(bytes.length)
                    + "); give the application more memory or split the file");
        }
        Path name = file.getFileName();
        return new DecodedDocument(file.toAbsolutePath().normalize(), name == null ? file.toString() : name.toString(),
                format.id(), decoded.encoding(), decoded.text(), sha256(bytes));
    }

    private byte[] readBytes(Path file) throws UnreadableDocumentException {
        try {
            long size = Files.size(file);
            checkSize(size);
            byte[] bytes = Files.readAllBytes(file);
            checkSize(bytes.length); // the file may have grown since it was measured
            return bytes;
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException("file not found: it was moved or deleted", e);
        } catch (AccessDeniedException e) {
            throw new UnreadableDocumentException("permission denied: the file cannot be read", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException("cannot read the file: " + Reasons.firstLine(e), e);
        } catch (OutOfMemoryError e) {
            throw new UnreadableDocumentException("too large to load in the memory available; split the file");
        }
    }

    private void checkSize(long size) throws UnreadableDocumentException {
        if (size == 0) {
            throw new UnreadableDocumentException("empty file (0 bytes)");
        }
        if (size > maxBytes) {
            String shown = megabytes(size).equals(megabytes(maxBytes)) ? size + " bytes" : megabytes(size);
            throw new UnreadableDocumentException("file too large: " + shown + " (the limit is " + megabytes(maxBytes) + ")");
        }
    }

    private static FormatTextExtractor extractorFor(DocumentFormat format) {
        return switch (format) {
            case TXT -> new PlainTextExtractor();
            case DOCX -> new DocxTextExtractor();
            case PDF -> new PdfTextExtractor();
            case HTML -> new HtmlTextExtractor();
        };
    }

    private static UnreadableDocumentException unsupported(Path file) {
        Path name = file.getFileName();
        String extension = name == null ? "" : DocumentFormat.extensionOf(name.toString());
        String what = extension.isEmpty() ? "a file without extension" : "." + extension.toLowerCase(Locale.ROOT) + " files";
        return new UnreadableDocumentException("unsupported file type: " + what + " cannot be imported (supported: "
                + DocumentFormat.supportedList() + ")");
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb >= 10 ? String.format(Locale.ROOT, "%.0f MB", mb) : String.format(Locale.ROOT, "%.1f MB", mb);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
