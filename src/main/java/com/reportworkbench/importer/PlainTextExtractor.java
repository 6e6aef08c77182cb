package com.reportworkbench.importer;

import com.reportworkbench.importer.TextDecoder.DecodedText;

/** A .txt file: its decoded bytes, untouched (CRLF stays CRLF), only a byte-order mark removed. */
final class PlainTextExtractor implements FormatTextExtractor {
    private final TextDecoder decoder = new TextDecoder();

    @Override
    public DecodedText extract(byte[] bytes) throws UnreadableDocumentException {
        DecodedText decoded = decoder.decode(bytes);
        if (decoded.text().isBlank()) {
            throw new UnreadableDocumentException("the file contains only whitespace");
        }
        return decoded;
    }
}
