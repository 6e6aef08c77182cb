package com.reportworkbench.importer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the bytes of a text file into text without ever using the platform default charset. Order, from
 * strongest evidence to weakest: a byte-order mark decides; else bytes that are strictly valid UTF-8 are
 * UTF-8; else GB18030 (a superset of GBK and GB2312), provided the result reads as Chinese; Big5 only when
 * juniversalchardet names it and Big5 reads better. The detector is a tie-breaker, never the first word:
 * detectors misread mostly-ASCII GB18030 text.
 */
public final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    /** Traditional text shares fewer characters with the (simplified) common list than simplified text. */
    private static final double MIN_COMMON_SHARE_SIMPLIFIED = 0.5;
    private static final double MIN_COMMON_SHARE_TRADITIONAL = 0.3;

    /** Decoded text and the name of the charset it was decoded with. */
    public record DecodedText(String text, String encoding) {}

    /** Decodes a text file's bytes, detecting the charset. */
    public DecodedText decode(byte[] bytes) throws UnreadableDocumentException {
        return decode(bytes, null);
    }

    /**
     * Decodes bytes whose container declares a charset (an HTML meta tag). A BOM still wins, and a
     * declaration the bytes contradict is ignored: pages often lie about their charset.
     */
    public DecodedText decode(byte[] bytes, Charset declared) throws UnreadableDocumentException {
        Optional<ByteOrderMark> bom = ByteOrderMark.at(bytes);
        if (bom.isPresent()) {
            return decodeWithBom(bytes, bom.get());
        }
        Optional<String> binary = BinaryContentSniffer.describeBinary(bytes);
        if (binary.isPresent()) {
            throw new UnreadableDocumentException("not a text file: looks like " + binary.get());
        }
        if (declared != null) {
            Charset charset = widen(declared);
            if (StrictDecoding.firstErrorOffset(bytes, 0, charset) < 0) {
                return new DecodedText(new String(bytes, charset), charset.name());
            }
        }
        return detect(bytes);
    }

    private static DecodedText decodeWithBom(byte[] bytes, ByteOrderMark bom) throws UnreadableDocumentException {
        Charset charset = bom.charset();
        long error = StrictDecoding.firstErrorOffset(bytes, bom.length(), charset);
        if (error >= 0) {
            throw new UnreadableDocumentException("starts with a " + charset.name() + " byte-order mark but is not valid "
                    + charset.name() + " (bad bytes at offset " + error + ")");
        }
        return new DecodedText(new String(bytes, bom.length(), bytes.length - bom.length(), charset), charset.name());
    }

    private static DecodedText detect(byte[] bytes) throws UnreadableDocumentException {
        long utf8Error = StrictDecoding.firstErrorOffset(bytes, 0, StandardCharsets.UTF_8);
        if (utf8Error < 0) {
            return new DecodedText(new String(bytes, StandardCharsets.UTF_8), "UTF-8");
        }
        String hint = CharsetDetectorHint.guess(bytes);
        DecodedText gb = decodeIfPlausible(bytes, GB18030, MIN_COMMON_SHARE_SIMPLIFIED);
        if ("BIG5".equals(hint)) {
            DecodedText big5 = decodeIfPlausible(bytes, BIG5, MIN_COMMON_SHARE_TRADITIONAL);
            if (big5 != null && (gb == null || commonShare(big5) >= commonShare(gb))) {
                return big5;
            }
        }
        if (gb != null) {
            return gb;
        }
        String suggestion = hint == null || hint.equals("UTF-8") || hint.equals("GB18030")
                ? "" : "; it may be " + hint + ", which is not supported";
        throw new UnreadableDocumentException("unreadable text encoding: not valid UTF-8 (bad byte at offset " + utf8Error
                + ") and not GB18030 Chinese text either" + suggestion + " — save it as UTF-8");
    }

    private static DecodedText decodeIfPlausible(byte[] bytes, Charset charset, double minCommonShare) {
        if (StrictDecoding.firstErrorOffset(bytes, 0, charset) >= 0) {
            return null;
        }
        String text = new String(bytes, charset);
        return ChineseTextPlausibility.score(text).plausible(minCommonShare) ? new DecodedText(text, charset.name()) : null;
    }

    private static double commonShare(DecodedText decoded) {
        return ChineseTextPlausibility.score(decoded.text()).commonHanShare();
    }

    /** GB2312 and GBK pages routinely use characters only their superset GB18030 has. */
    private static Charset widen(Charset declared) {
        String name = declared.name().toUpperCase(Locale.ROOT);
        return name.equals("GB2312") || name.equals("GBK") || name.equals("X-GBK") ? GB18030 : declared;
    }
}
