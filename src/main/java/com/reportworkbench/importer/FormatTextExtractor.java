package com.reportworkbench.importer;

import com.reportworkbench.importer.TextDecoder.DecodedText;

/** Turns one format's file bytes into text; the message of any failure is shown to the analyst as is. */
interface FormatTextExtractor {
    DecodedText extract(byte[] bytes) throws UnreadableDocumentException;
}
