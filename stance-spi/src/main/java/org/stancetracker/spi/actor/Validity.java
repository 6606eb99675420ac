package org.stancetracker.spi.actor;

import static org.stancetracker.spi.Stability.Status.STABLE;

import java.time.LocalDate;
import java.util.Optional;
import org.stancetracker.spi.Stability;
import org.stancetracker.spi.internal.Require;

/**
 * A half-open range of days {@code [from, until)}, as PostgreSQL's {@code daterange} stores it.
 * A missing bound is open: a role still held has no {@code until}.
 *
 * @since 2.0
 */
@Stability(status = STABLE, since = "2.0")
public record Validity(Optional<LocalDate> from, Optional<LocalDate> until) {
    public Validity {
        Require.present(from, "from");
        Require.present(until, "until");
        if (from.isPresent() && until.isPresent()) {
            Require.that(
                    from.get().isBefore(until.get()),
                    "until",
                    "must be after from, was " + from.get() + " to " + until.get());
        }
    }

    public static Validity between(LocalDate from, LocalDate until) {
        return new Validity(Optional.of(from), Optional.of(until));
    }

    public static Validity since(LocalDate from) {
        return new Validity(Optional.of(from), Optional.empty());
    }

    public static Validity always() {
        return new Validity(Optional.empty(), Optional.empty());
    }

    public boolean contains(LocalDate day) {
        return from.map(f -> !day.isBefore(f)).orElse(true)
                && until.map(day::isBefore).orElse(true);
    }
}
