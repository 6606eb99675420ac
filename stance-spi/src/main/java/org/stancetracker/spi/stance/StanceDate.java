package org.stancetracker.spi.stance;

import static org.stancetracker.spi.Stability.Status.STABLE;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.stancetracker.spi.Stability;
import org.stancetracker.spi.internal.Require;

/**
 * When a stance was expressed, as precisely as the article tells. A month-precise date is stored
 * as the month's first day; an unknown date has none, rather than a guess.
 *
 * @since 2.0
 */
@Stability(status = STABLE, since = "2.0")
public record StanceDate(Optional<LocalDate> date, DatePrecision precision) {
    /**
     * How far after the publication day a stance's date may lie: only a day ahead that the text names
     * ("talks due to resume on 28 November"); every other date lies on or before publication.
     *
     * @since 2.1
     */
    public static final int MAX_DAYS_AHEAD = 120;

    public StanceDate {
        Require.present(date, "date");
        Require.present(precision, "precision");
        Require.that(
                date.isPresent() == (precision != DatePrecision.UNKNOWN),
                "precision",
                "must be unknown exactly when there is no date");
        Require.that(
                precision != DatePrecision.MONTH || date.get().getDayOfMonth() == 1,
                "date",
                "of month precision must be the month's first day");
    }

    public static StanceDate day(LocalDate day) {
        return new StanceDate(Optional.of(day), DatePrecision.DAY);
    }

    public static StanceDate month(YearMonth month) {
        return new StanceDate(Optional.of(month.atDay(1)), DatePrecision.MONTH);
    }

    public static StanceDate unknown() {
        return new StanceDate(Optional.empty(), DatePrecision.UNKNOWN);
    }

    public boolean isKnown() {
        return date.isPresent();
    }
}
