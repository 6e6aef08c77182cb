package com.reportworkbench.importer;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognises bytes that are not text at all (an image renamed .txt, an archive, a program), so that the
 * analyst reads "a PNG image, not text" instead of a page of mojibake. Run it only on bytes without a
 * UTF-16/UTF-32 BOM: those encodings legitimately contain NUL bytes.
 */
final class BinaryContentSniffer {
    /** How far to look for NUL bytes: text files have none, binary files nearly always have one early. */
    private static final int NUL_SCAN_LIMIT = 64 * 1024;

    private record Magic(byte[] prefix, String description) {
        static Magic of(String description, int... bytes) {
            byte[] prefix = new byte[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                prefix[i] = (byte) bytes[i];
            }
            return new Magic(prefix, description);
        }

        static Magic ascii(String description, String prefix) {
            return new Magic(prefix.getBytes(StandardCharsets.US_ASCII), description);
        }
    }

    private static final Magic[] MAGICS = {
        Magic.of("a PNG image", 0x89, 'P', 'N', 'G'),
        Magic.of("a JPEG image", 0xFF, 0xD8, 0xFF),
        Magic.ascii("a GIF image", "GIF8"),
        Magic.ascii("a PDF document (rename it .pdf)", "%PDF-"),
        Magic.of("a ZIP archive or Office document (.docx?)", 'P', 'K', 0x03, 0x04),
        Magic.of("a Word 97-2003 or other OLE2 file (save it as .docx)", 0xD0, 0xCF, 0x11, 0xE0),
        Magic.of("a GZIP archive", 0x1F, 0x8B),
        Magic.of("a 7-Zip archive", '7', 'z', 0xBC, 0xAF),
        Magic.ascii("a RAR archive", "Rar!"),
        Magic.of("an executable program", 0x7F, 'E', 'L', 'F'),
        Magic.ascii("a TIFF image", "II*\0"),
        Magic.ascii("a TIFF image", "MM\0*"),
        Magic.ascii("an RTF document (save it as .docx or .txt)", "{\\rtf"),
    };

    private BinaryContentSniffer() {}

    /** A description such as "a PNG image" when the bytes are evidently not text. */
    static Optional<String> describeBinary(byte[] bytes) {
        for (Magic magic : MAGICS) {
            if (startsWith(bytes, magic.prefix())) {
                return Optional.of(magic.description());
            }
        }
        int limit = Math.min(bytes.length, NUL_SCAN_LIMIT);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                return Optional.of(looksLikeUtf16WithoutBom(bytes, limit)
                        ? "UTF-16 text without a byte-order mark (save it as UTF-8)"
                        : "binary data (NUL byte at offset " + i + ")");
            }
        }
        return Optional.empty();
    }

    /**
     * ASCII in UTF-16 puts its NUL bytes at even (BE) or odd (LE) offsets; Han characters U+xx00 add a few
     * on the other side. Binary data mixes them.
     */
    private static boolean looksLikeUtf16WithoutBom(byte[] bytes, int limit) {
        int even = 0;
        int odd = 0;
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        int nuls = even + odd;
        return bytes.length % 2 == 0 && nuls >= 4 && Math.max(even, odd) >= nuls * 0.9;
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
