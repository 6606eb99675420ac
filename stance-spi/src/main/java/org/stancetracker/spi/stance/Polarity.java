package org.stancetracker.spi.stance;

import java.util.Locale;

/** Whether an actor supports or opposes a position. */
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
