package com.reportworkbench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.reportworkbench.extract.Figure;
import com.reportworkbench.extract.Kind;
import com.reportworkbench.extract.Qualifier;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every limit that StoreLimits checks is one the store really has: past it, the insert fails. */
class StoreLimitsTest {
    @TempDir
    Path dir;

    private static Figure figure(String span, BigDecimal value, String unit) {
        return new Figure(0, 2, span, value, null, unit, value, Qualifier.NONE, Kind.OTHER, false, null, null, null, 0, 2);
    }

    @Test
    void whatTheLimitsRefuseTheStoreCannotHoldAndWhatTheyAllowItCan() {
        Figure ok = figure("6%", new BigDecimal("9".repeat(StoreLimits.INTEGER_DIGITS)), "%");
        Figure digits = figure("6%", new BigDecimal("9".repeat(StoreLimits.INTEGER_DIGITS + 1)), "%");
        Figure span = figure("6".repeat(StoreLimits.SPAN_CHARS + 1), BigDecimal.ONE, "%");
        Figure unit = figure("6%", BigDecimal.ONE, "万".repeat(StoreLimits.UNIT_CHARS + 1));
        assertThat(StoreLimits.whyNot(ok)).isNull();
        assertThat(StoreLimits.whyNot(digits)).contains("29 digits");
        assertThat(StoreLimits.whyNot(span)).contains("figure text");
        assertThat(StoreLimits.whyNot(unit)).contains("unit");
        try (Store store = Store.open(dir.resolve("store"))) {
            store.documents().insert(StoreTestData.document("ok"), List.of(ok));
            for (Figure bad : List.of(digits, span, unit)) {
                assertThatThrownBy(() -> store.documents().insert(StoreTestData.document("bad" + bad.hashCode()), List.of(bad)))
                        .isInstanceOf(StoreException.class);
            }
            assertThat(store.documents().count()).isEqualTo(1);
            NewDocument longPath = new NewDocument("p.txt", "/" + "d".repeat(50_000), "sha-path", "txt", "UTF-8",
                    StoreTestData.TEXT, null, List.of());
            store.documents().insert(longPath, List.of()); // a path has no limit (V5)
            assertThat(store.documents().count()).isEqualTo(2);
        }
    }
}
