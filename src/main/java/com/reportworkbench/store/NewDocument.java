package com.reportworkbench.store;

import com.reportworkbench.text.DocumentMetadata;
import com.reportworkbench.text.MetadataEvidence;
import com.reportworkbench.text.TextRange;
import java.util.List;

/** A document about to be stored: the decoded file, what was detected in it, and its debris ranges. */
public record NewDocument(
        String fileName,
        String sourcePath,
        String sha256,
        String format,
        String encoding,
        String text,
        DocumentMetadata metadata,
        List<TextRange> boilerplate,
        MetadataEvidence evidence) {

    public NewDocument {
        metadata = metadata == null ? DocumentMetadata.empty() : metadata;
        boilerplate = boilerplate == null ? List.of() : List.copyOf(boilerplate);
        evidence = evidence == null ? MetadataEvidence.none() : evidence;
    }

    /** A document whose metadata came without evidence (made by hand or by a test). */
    public NewDocument(String fileName, String sourcePath, String sha256, String format, String encoding, String text,
            DocumentMetadata metadata, List<TextRange> boilerplate) {
        this(fileName, sourcePath, sha256, format, encoding, text, metadata, boilerplate, null);
    }
}
