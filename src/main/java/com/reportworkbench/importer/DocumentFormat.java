package com.reportworkbench.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats the importer reads, chosen by file extension (case-insensitive). */
public enum DocumentFormat {
    TXT("txt", List.of("txt")),
    DOCX("docx", List.of("docx")),
    PDF("pdf", List.of("pdf")),
    HTML("html", List.of("html", "htm"));

    private final String id;
    private final List<String> extensions;

    DocumentFormat(String id, List<String> extensions) {
        this.id = id;
        this.extensions = extensions;
    }

    /** The id stored in {@link DecodedDocument#format()}. */
    public String id() {
        return id;
    }

    public List<String> extensions() {
        return extensions;
    }

    public static Optional<DocumentFormat> of(Path file) {
        Path name = file.getFileName();
        return name == null ? Optional.empty() : ofExtension(extensionOf(name.toString()));
    }

    public static Optional<DocumentFormat> ofExtension(String extension) {
        String wanted = extension.toLowerCase(Locale.ROOT);
        for (DocumentFormat format : values()) {
            if (format.extensions.contains(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The text after the last dot, or "" when the name has none (a leading dot alone does not count). */
    static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1);
    }

    /** "txt, docx, pdf, html, htm" — for messages. */
    static String supportedList() {
        StringBuilder list = new StringBuilder();
        for (DocumentFormat format : values()) {
            for (String extension : format.extensions) {
                list.append(list.length() == 0 ? "" : ", ").append('.').append(extension);
            }
        }
        return list.toString();
    }
}
