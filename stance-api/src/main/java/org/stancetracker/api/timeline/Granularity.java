package org.stancetracker.api.timeline;

import java.util.Locale;
import java.util.Optional;

/** How long a timeline period is; weeks start on Monday (ISO 8601). */
public enum Granularity {
    DAY,
    WEEK,
    MONTH;

    public static Optional<Granularity> parse(String word) {
        for (Granularity g : values()) {
            if (g.word().equals(word)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /** The PostgreSQL {@code date_trunc} field, and the word the API uses. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
