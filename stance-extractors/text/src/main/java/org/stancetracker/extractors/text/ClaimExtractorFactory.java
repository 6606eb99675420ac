package org.stancetracker.extractors.text;

import java.util.Set;
import org.stancetracker.spi.Extractor;
import org.stancetracker.spi.ExtractorConfig;
import org.stancetracker.spi.ExtractorFactory;
import org.stancetracker.spi.ReferenceData;

/**
 * A factory of an extractor that reports some bases of the shared news analysis. Settings:
 * {@code min-confidence}, in [0, 1] (default 0): candidates below it are dropped; {@code reading}:
 * {@code rules}, {@code learned} or {@code combined} (see {@link Reading}; default {@link #DEFAULT_READING}).
 */
public abstract class ClaimExtractorFactory implements ExtractorFactory {
    static final String MIN_CONFIDENCE = "min-confidence";
    static final String READING = "reading";
    /** The reading that generalised best to news it was not tuned on (docs/extraction.md). */
    static final Reading DEFAULT_READING = Reading.COMBINED;

    private final String name;
    private final Set<Claim.Basis> bases;

    protected ClaimExtractorFactory(String name, Set<Claim.Basis> bases) {
        this.name = name;
        this.bases = Set.copyOf(bases);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Extractor create(ExtractorConfig config, ReferenceData referenceData) {
        config.rejectUnknownKeys(Set.of(MIN_CONFIDENCE, READING));
        double minimum = config.getDouble(MIN_CONFIDENCE, 0, 0, 1);
        Reading reading =
                config.get(READING).map(value -> reading(config, value)).orElse(DEFAULT_READING);
        return new ClaimExtractor(NewsAnalyzer.of(referenceData, reading), bases, minimum);
    }

    private static Reading reading(ExtractorConfig config, String value) {
        for (Reading reading : Reading.values()) {
            if (reading.name().equalsIgnoreCase(value.strip())) {
                return reading;
            }
        }
        throw config.invalid(READING, "must be rules, learned or combined, was '" + value + "'");
    }
}
