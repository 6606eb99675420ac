package org.stancetracker.api.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/** How long a timeline period is; weeks start on Monday (ISO 8601), as PostgreSQL's date_trunc has them. */
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

    /** The PostgreSQL {@code date_trunc} field, the stance_tally granularity, and the word the API uses. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The first day of the period that holds {@code day}. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    /** The first day of the period after the one that holds {@code day}. */
    public LocalDate next(LocalDate day) {
        return switch (this) {
            case DAY -> day.plusDays(1);
            case WEEK -> start(day).plusWeeks(1);
            case MONTH -> start(day).plusMonths(1);
        };
    }
}
