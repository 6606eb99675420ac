package org.stancetracker.core.evaluation;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A stance as scored: its key, its date (the day of its first dated evidence, for a prediction),
 * and evidence for people to read.
 *
 * @param extractor the extractor that produced it; empty for gold
 */
public record Judged(StanceKey key, Optional<LocalDate> date, String evidence, Optional<String> extractor) {
}
