package com.reportworkbench.text;

import java.util.Optional;
import java.util.function.Function;

/** Finds an enum constant by its stored id, ignoring case and surrounding blanks. */
final class EnumIds {
    private EnumIds() {}

    static <E extends Enum<E>> Optional<E> find(E[] values, Function<E, String> id, String wanted) {
        if (wanted == null) {
            return Optional.empty();
        }
        for (E e : values) {
            if (id.apply(e).equalsIgnoreCase(wanted.trim())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
