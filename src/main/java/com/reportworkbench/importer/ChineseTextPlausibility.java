package com.reportworkbench.importer;

import com.reportworkbench.text.AssetLines;
import java.util.BitSet;

/**
 * Tells real Chinese text from bytes decoded with the wrong charset. GB18030 and Big5 accept almost any
 * byte sequence, so "decodes without error" proves little; mojibake instead shows up as rare characters,
 * private-use code points and control characters. Real reports draw over 90% of their Han characters
 * from the 1000 most common ones (assets/common-hanzi.txt); mojibake draws about 6%.
 */
final class ChineseTextPlausibility {
    /** Below this many Han characters a share is noise: then every one of them must be common. */
    private static final int MIN_HAN_FOR_SHARE = 10;
    /** More than 1% control, private-use or replacement characters is damage, not text. */
    private static final double MAX_SUSPICIOUS_SHARE = 0.01;

    private static final BitSet COMMON_HAN = loadCommonHan();

    /** Counts over one decoded text. */
    record Score(long visible, long han, long commonHan, long suspicious) {
        double commonHanShare() {
            return han == 0 ? 0 : (double) commonHan / han;
        }

        double suspiciousShare() {
            return visible == 0 ? 0 : (double) suspicious / visible;
        }

        /** Whether the text reads as Chinese, given the share of common characters a charset must reach. */
        boolean plausible(double minCommonHanShare) {
            if (suspiciousShare() > MAX_SUSPICIOUS_SHARE) {
                return false;
            }
            if (han < MIN_HAN_FOR_SHARE) {
                return commonHan == han && (han > 0 || suspicious == 0);
            }
            return commonHanShare() >= minCommonHanShare;
        }
    }

    private ChineseTextPlausibility() {}

    static Score score(CharSequence text) {
        long visible = 0;
        long han = 0;
        long common = 0;
        long suspicious = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (cp == '\n' || cp == '\r' || cp == '\t' || cp == ' ' || cp == '\f') {
                continue;
            }
            visible++;
            if (isSuspicious(cp)) {
                suspicious++;
            } else if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
                if (cp < 0x10000 && COMMON_HAN.get(cp)) {
                    common++;
                }
            }
        }
        return new Score(visible, han, common, suspicious);
    }

    private static boolean isSuspicious(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL // C0 other than the whitespace skipped above, DEL, C1
                || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED
                || type == Character.SURROGATE
                || cp == 0xFFFD;
    }

    private static BitSet loadCommonHan() {
        BitSet set = new BitSet(0x10000);
        for (String line : AssetLines.read("common-hanzi.txt")) {
            line.codePoints().filter(cp -> cp < 0x10000).forEach(set::set);
        }
        return set;
    }
}
