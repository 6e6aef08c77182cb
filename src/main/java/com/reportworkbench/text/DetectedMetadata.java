package com.reportworkbench.text;

/** What the detector found in a report, with the evidence of each field. */
public record DetectedMetadata(DocumentMetadata metadata, MetadataEvidence evidence) {
    public DetectedMetadata {
        metadata = metadata == null ? DocumentMetadata.empty() : metadata;
        evidence = evidence == null ? MetadataEvidence.none() : evidence;
    }
}
