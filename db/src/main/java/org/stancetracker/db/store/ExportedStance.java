package org.stancetracker.db.store;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A stored stance as exported: flat, with its article's external id, its lead evidence and the
 * extractors whose findings it merges.
 */
public record ExportedStance(String article, String source, String actor, String topic, String position, String polarity,
                        Optional<LocalDate> date, String datePrecision, String evidence, int evidenceStart,
                        int evidenceEnd, String extractor, String extractorVersion, double confidence,
                        java.util.List<String> extractors, int evidenceCount) {
}
