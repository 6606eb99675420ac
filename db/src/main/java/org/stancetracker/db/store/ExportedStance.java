package org.stancetracker.db.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A stored stance as exported: flat, with its article's external id, its lead evidence and every
 * finding it merges, so that a finding merged under another extractor's lead is still there to see.
 *
 * @param findings in text order, as stored: each extractor's own evidence, offsets, date and confidence
 * @param cited    the article's title, URL and publication day, so that an exported stance can be cited
 */
public record ExportedStance(
        String article,
        String source,
        String actor,
        String topic,
        String position,
        String polarity,
        Optional<LocalDate> date,
        String datePrecision,
        String evidence,
        int evidenceStart,
        int evidenceEnd,
        String extractor,
        String extractorVersion,
        double confidence,
        List<Finding> findings,
        Cited cited) {

    public ExportedStance {
        findings = List.copyOf(findings);
    }

    /** How to cite the stance's article: its title, address and publication day, each if known. */
    public record Cited(Optional<String> title, Optional<String> url, Optional<LocalDate> published) {}

    /** One extractor's finding of the stance. */
    public record Finding(
            String extractor,
            String extractorVersion,
            String evidence,
            int evidenceStart,
            int evidenceEnd,
            Optional<LocalDate> date,
            String datePrecision,
            double confidence) {}

    /** The extractors whose findings the stance merges, each once, by name. */
    public List<String> extractors() {
        return findings.stream().map(Finding::extractor).distinct().sorted().toList();
    }

    /** How many findings the stance merges. */
    public int evidenceCount() {
        return findings.size();
    }

    /** Whether the stance's lead evidence is this finding's (an extractor finds a stance once at one offset). */
    public boolean isLead(Finding finding) {
        return finding.extractor().equals(extractor) && finding.evidenceStart() == evidenceStart;
    }
}
