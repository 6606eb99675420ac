package org.stancetracker.core.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A stance as scored: its key, its date (the day of its first dated evidence, for a prediction),
 * and evidence for people to read.
 *
 * @param alternativeDates other days a gold stance accepts, where the text allows two (the gold
 *     {@code alt_dates}); empty for a prediction
 * @param extractor the extractor that produced it; empty for gold
 */
public record Judged(
        StanceKey key,
        Optional<LocalDate> date,
        List<LocalDate> alternativeDates,
        String evidence,
        Optional<String> extractor) {

    public Judged {
        alternativeDates = List.copyOf(alternativeDates);
    }

    /** A predicted stance. */
    public static Judged predicted(
            StanceKey key, Optional<LocalDate> date, String evidence, Optional<String> extractor) {
        return new Judged(key, date, List.of(), evidence, extractor);
    }

    /** Whether a predicted date is this gold stance's date or one of its alternatives. */
    public boolean acceptsDate(Optional<LocalDate> predicted) {
        return predicted.isPresent() && (predicted.equals(date) || alternativeDates.contains(predicted.get()));
    }
}
