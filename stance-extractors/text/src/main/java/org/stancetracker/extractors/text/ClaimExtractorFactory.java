package org.stancetracker.extractors.text;

import java.util.Set;
import org.stancetracker.spi.Extractor;
import org.stancetracker.spi.ExtractorConfig;
import org.stancetracker.spi.ExtractorFactory;
import org.stancetracker.spi.ReferenceData;

/**
 * A factory of an extractor that reports some bases of the shared news analysis. Setting:
 * {@code min-confidence}, in [0, 1] (default 0): candidates below it are dropped.
 */
public abstract class ClaimExtractorFactory implements ExtractorFactory {
    static final String MIN_CONFIDENCE = "min-confidence";

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
        config.rejectUnknownKeys(Set.of(MIN_CONFIDENCE));
        double minimum = config.getDouble(MIN_CONFIDENCE, 0, 0, 1);
        return new ClaimExtractor(NewsAnalyzer.of(referenceData), bases, minimum);
    }
}
