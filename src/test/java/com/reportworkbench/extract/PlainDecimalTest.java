package com.reportworkbench.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlainDecimalTest {
    /** What FigureJson wrote before (stripTrailingZeros, then no positive exponent), on small numbers. */
    private static BigDecimal reference(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    @Test
    void sameAsStrippingTrailingZerosOnOrdinaryValues() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            long unscaled = random.nextInt(5) == 0 ? random.nextLong() : random.nextInt(1_000_000) * (long) Math.pow(10, random.nextInt(6));
            BigDecimal v = BigDecimal.valueOf(unscaled, random.nextInt(24) - 8);
            BigDecimal plain = PlainDecimal.of(v);
            assertThat(plain).isEqualTo(reference(v)); // equals: same value and same scale
            assertThat(plain.toPlainString()).isEqualTo(reference(v).toPlainString());
        }
        assertThat(PlainDecimal.of(new BigDecimal("7.50")).toPlainString()).isEqualTo("7.5");
        assertThat(PlainDecimal.of(new BigDecimal("1.665E+9")).toPlainString()).isEqualTo("1665000000");
        assertThat(PlainDecimal.of(new BigDecimal("0.000")).toPlainString()).isEqualTo("0");
        assertThat(PlainDecimal.of(new BigDecimal("-120.0100")).toPlainString()).isEqualTo("-120.01");
    }

    @Test
    void aHundredThousandTrailingZerosAreStrippedExactly() {
        String digits = "1" + "0".repeat(100_000);
        BigDecimal v = new BigDecimal(digits + ".000");
        assertThat(PlainDecimal.of(v).toPlainString()).isEqualTo(digits);
        BigDecimal fraction = new BigDecimal("0." + "0".repeat(50_000) + "25" + "0".repeat(50_000));
        assertThat(PlainDecimal.of(fraction).scale()).isEqualTo(50_002);
    }

    @Test
    void longNumbersAreParsedExactly() {
        Random random = new Random(3);
        for (int length : new int[] {1, 17, 399, 400, 401, 1_000, 12_345, 100_001}) {
            StringBuilder digits = new StringBuilder();
            digits.append((char) ('1' + random.nextInt(9)));
            for (int i = 1; i < length; i++) {
                digits.append((char) ('0' + random.nextInt(10)));
            }
            String whole = digits.toString();
            assertThat(PlainDecimal.parse(whole)).isEqualTo(new BigDecimal(whole));
            String fraction = whole.substring(0, (length + 1) / 2) + "." + whole.substring((length + 1) / 2) + "0";
            assertThat(PlainDecimal.parse(fraction)).isEqualTo(new BigDecimal(fraction));
            assertThat(PlainDecimal.parse("-" + fraction)).isEqualTo(new BigDecimal("-" + fraction));
        }
    }
}
