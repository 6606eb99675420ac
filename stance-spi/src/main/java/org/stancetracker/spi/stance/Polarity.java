package org.stancetracker.spi.stance;

import static org.stancetracker.spi.Stability.Status.STABLE;

import java.util.Locale;
import org.stancetracker.spi.Stability;

/**
 * Whether an actor supports or opposes a position.
 *
 * @since 2.0
 */
@Stability(status = STABLE, since = "2.0")
public enum Polarity {
    SUPPORT,
    OPPOSE;

    /** The lower-case word used in files, the database and the API. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Polarity ofWord(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}
