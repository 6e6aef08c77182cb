package com.reportworkbench.store;

import com.reportworkbench.text.DocumentMetadata;
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
        List<TextRange> boilerplate) {

    public NewDocument {
        metadata = metadata == null ? DocumentMetadata.empty() : metadata;
        boilerplate = boilerplate == null ? List.of() : List.copyOf(boilerplate);
    }
}
