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

    /**
     * The granularity a request names in its {@code granularity} parameter, or {@code otherwise} when it
     * names none; a word that is not one is a 400 problem naming the parameter.
     */
    public static Granularity ofParameter(String value, Granularity otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        return parse(value)
                .orElseThrow(() -> org.stancetracker.api.problem.ProblemException.badParameter(
                        "granularity",
                        "granularity must be day, week or month, was "
                                + org.stancetracker.api.problem.ProblemException.shown(value)));
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
