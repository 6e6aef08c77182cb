package com.reportworkbench.extract;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A decimal without trailing zeros and never with a positive exponent: 7.50 → 7.5, 1.665E+9 → 1665000000.
 *
 * <p>{@link BigDecimal#stripTrailingZeros()} removes one zero per division by ten, so on a number with
 * many thousand trailing zeros (a hostile file's digit groups) it is quadratic: 300 KB of digits took
 * minutes. Here the trailing zeros are counted on the decimal digits once and removed with one division.
 */
public final class PlainDecimal {
    private PlainDecimal() {}

    public static BigDecimal of(BigDecimal v) {
        if (v.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (v.scale() <= 0) {
            return v.setScale(0); // an integer: no zeros after the point to strip
        }
        BigInteger unscaled = v.unscaledValue();
        if (unscaled.testBit(0)) {
            return v; // odd: cannot end in 0
        }
        int zeros = trailingZeros(unscaled, v.scale());
        if (zeros == 0) {
            return v;
        }
        return new BigDecimal(unscaled.divide(BigInteger.TEN.pow(zeros)), v.scale() - zeros);
    }

    /** Trailing decimal zeros of {@code n}, at most {@code max}. */
    private static int trailingZeros(BigInteger n, int max) {
        if (n.bitLength() < 64) {
            long x = Math.abs(n.longValue());
            int zeros = 0;
            while (zeros < max && x % 10 == 0) {
                x /= 10;
                zeros++;
            }
            return zeros;
        }
        String digits = n.abs().toString();
        int zeros = 0;
        while (zeros < max && zeros < digits.length() && digits.charAt(digits.length() - 1 - zeros) == '0') {
            zeros++;
        }
        return zeros;
    }
}
