package com.reportworkbench.importer;

import java.nio.charset.Charset;
import java.util.Optional;

/** A byte-order mark at the start of a file: when present it decides the charset, no guessing. */
enum ByteOrderMark {
    // UTF-32LE before UTF-16LE: its mark begins with the UTF-16LE one
    UTF_32LE("UTF-32LE", 0xFF, 0xFE, 0x00, 0x00),
    UTF_32BE("UTF-32BE", 0x00, 0x00, 0xFE, 0xFF),
    UTF_8("UTF-8", 0xEF, 0xBB, 0xBF),
    UTF_16LE("UTF-16LE", 0xFF, 0xFE),
    UTF_16BE("UTF-16BE", 0xFE, 0xFF);

    private final String charsetName;
    private final byte[] bytes;

    ByteOrderMark(String charsetName, int... marks) {
        this.charsetName = charsetName;
        this.bytes = new byte[marks.length];
        for (int i = 0; i < marks.length; i++) {
            bytes[i] = (byte) marks[i];
        }
    }

    static Optional<ByteOrderMark> at(byte[] content) {
        for (ByteOrderMark mark : values()) {
            if (BinaryContentSniffer.startsWith(content, mark.bytes)) {
                return Optional.of(mark);
            }
        }
        return Optional.empty();
    }

    Charset charset() {
        return Charset.forName(charsetName);
    }

    int length() {
        return bytes.length;
    }
}
