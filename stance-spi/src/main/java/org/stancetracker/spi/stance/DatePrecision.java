package org.stancetracker.spi.stance;

import static org.stancetracker.spi.Stability.Status.STABLE;

import java.util.Locale;
import org.stancetracker.spi.Stability;

/**
 * How precisely the day a stance was expressed is known.
 *
 * @since 2.0
 */
@Stability(status = STABLE, since = "2.0")
public enum DatePrecision {
    DAY,
    MONTH,
    UNKNOWN;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DatePrecision ofWord(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}
