package com.reportworkbench.importer;

import java.util.Locale;
import org.mozilla.universalchardet.UniversalDetector;

/** juniversalchardet's guess, used only to break ties between charsets that all decode the bytes. */
final class CharsetDetectorHint {
    /** The detector settles within the first few hundred KB; feeding it 50 MB would only cost time. */
    private static final int SAMPLE_BYTES = 1024 * 1024;

    private CharsetDetectorHint() {}

    /** An upper-case charset name such as "BIG5" or "GB18030", or null when the detector has no opinion. */
    static String guess(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, SAMPLE_BYTES));
        detector.dataEnd();
        String charset = detector.getDetectedCharset();
        return charset == null ? null : charset.toUpperCase(Locale.ROOT);
    }
}
