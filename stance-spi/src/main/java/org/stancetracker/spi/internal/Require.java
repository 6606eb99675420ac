package org.stancetracker.spi.internal;

import static org.stancetracker.spi.Stability.Status.INTERNAL;

import java.util.Objects;
import org.stancetracker.spi.Stability;

/**
 * Argument checks whose messages name the field at fault, shared by the SPI's records and the
 * tracker's domain. Internal: it is in the SPI only because the SPI's own records use it, and a
 * plugin that used it would break when it changes.
 *
 * @since 2.0
 */
@Stability(status = INTERNAL, since = "2.0")
public final class Require {
    private Require() {}

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
