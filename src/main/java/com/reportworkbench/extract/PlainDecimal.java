package com.reportworkbench.extract;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * Decimals of any length in time close to linear: a hostile file's digit groups can make one number of
 * hundreds of thousands of digits, and the JDK's simple paths are quadratic on those.
 *
 * <ul>
 *   <li>{@link #of}: a decimal without trailing zeros and never with a positive exponent (7.50 → 7.5,
 *       1.665E+9 → 1665000000). {@link BigDecimal#stripTrailingZeros()} removes one zero per division by
 *       ten; here the trailing zeros are counted on the digits once and removed with one division.</li>
 *   <li>{@link #parse}: {@code new BigDecimal(String)} multiplies by ten digit group by digit group
 *       (quadratic); a long number is parsed by halves, joined by the JDK's sub-quadratic multiplication.</li>
 * </ul>
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

    /** Digits parsed one group at a time below this length; by halves above it. */
    private static final int SHORT_DIGITS = 400;

    /** A plain decimal number ("123", "-4.50"; no exponent) of any length. */
    public static BigDecimal parse(String written) {
        int point = written.indexOf('.');
        int start = written.startsWith("-") || written.startsWith("+") ? 1 : 0;
        if (written.length() <= SHORT_DIGITS || written.indexOf('.', point + 1) >= 0 || written.indexOf('e') >= 0
                || written.indexOf('E') >= 0) {
            return new BigDecimal(written);
        }
        String digits = point < 0 ? written.substring(start) : written.substring(start, point) + written.substring(point + 1);
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new BigDecimal(written); // let the JDK say what is wrong with it
        }
        BigInteger unscaled = digits(digits, 0, digits.length(), new HashMap<>());
        int scale = point < 0 ? 0 : written.length() - point - 1;
        return new BigDecimal(written.startsWith("-") ? unscaled.negate() : unscaled, scale);
    }

    /** The number written by {@code digits[from, to)}: high half × 10^(low length) + low half. */
    private static BigInteger digits(String digits, int from, int to, Map<Integer, BigInteger> powers) {
        int length = to - from;
        if (length <= SHORT_DIGITS) {
            return new BigInteger(digits.substring(from, to));
        }
        int low = length / 2;
        BigInteger high = digits(digits, from, to - low, powers);
        BigInteger rest = digits(digits, to - low, to, powers);
        return high.multiply(powers.computeIfAbsent(low, BigInteger.TEN::pow)).add(rest);
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
