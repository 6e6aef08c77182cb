package com.reportworkbench.importer;

import java.nio.file.Path;

/**
 * A file read and decoded to text, before anything is stored.
 *
 * @param format "txt", "docx", "pdf" or "html"
 * @param encoding the charset a text file was decoded with (e.g. "UTF-8", "GB18030", "UTF-16LE"); for
 *     other formats the container's own (e.g. "docx")
 * @param text the decoded text exactly as read (a BOM removed, nothing else changed): every offset of
 *     every figure indexes this string
 * @param sha256 hex SHA-256 of the file's bytes: the same content imported twice is one document
 */
public record DecodedDocument(Path source, String fileName, String format, String encoding, String text, String sha256) {}
