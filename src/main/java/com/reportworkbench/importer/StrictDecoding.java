package com.reportworkbench.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Checks that bytes are valid in a charset without building the decoded text: it decodes through a small
 * reusable buffer, so checking a 50 MB file against several charsets costs no extra heap. The text itself
 * is then built once with {@code new String(bytes, charset)}.
 */
final class StrictDecoding {
    private static final int CHUNK_CHARS = 64 * 1024;

    private StrictDecoding() {}

    /** The byte offset of the first malformed or unmappable sequence, or -1 when all bytes decode. */
    static long firstErrorOffset(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(CHUNK_CHARS);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                break;
            }
            out.clear(); // overflow: the chunk is full, discard it and go on
        }
        while (true) {
            CoderResult result = decoder.flush(out);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return -1;
            }
            out.clear();
        }
    }
}
