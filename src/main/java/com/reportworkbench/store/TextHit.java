package com.reportworkbench.store;

/** A search match: where in which document, with a little context for the result list. */
public record TextHit(long documentId, String fileName, int start, int end, String context) {}
