package org.stancetracker.extractors.keyword;

import java.util.Set;
import org.stancetracker.spi.Extractor;
import org.stancetracker.spi.ExtractorConfig;
import org.stancetracker.spi.ExtractorFactory;
import org.stancetracker.spi.ReferenceData;

/** The {@code keyword} extractor: an actor, a cue and a position term in one sentence. */
public final class KeywordExtractorFactory implements ExtractorFactory {
    public static final String NAME = "keyword";
    static final String CONFIDENCE = "confidence";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Extractor create(ExtractorConfig config, ReferenceData referenceData) {
        config.rejectUnknownKeys(Set.of(CONFIDENCE));
        double confidence = config.getDouble(CONFIDENCE, 0.5, 0, 1);
        return new KeywordExtractor(referenceData, confidence);
    }
}
