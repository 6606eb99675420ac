package org.stancetracker.spi.internal;

import java.util.Objects;

/** Argument checks whose messages name the field at fault, shared by the domain's records. */
public final class Require {
    private Require() {
    }

    public static <T> T present(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " must not be null");
    }

    public static String text(String value, String field) {
        present(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    public static void that(boolean condition, String field, String rule) {
        if (!condition) {
            throw new IllegalArgumentException(field + " " + rule);
        }
    }
}
