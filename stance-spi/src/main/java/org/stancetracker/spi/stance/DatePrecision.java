package org.stancetracker.spi.stance;

import java.util.Locale;

/** How precisely the day a stance was expressed is known. */
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
