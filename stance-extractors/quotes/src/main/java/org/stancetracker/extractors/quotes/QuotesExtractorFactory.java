package org.stancetracker.extractors.quotes;

import java.util.Set;
import org.stancetracker.extractors.text.Claim;
import org.stancetracker.extractors.text.ClaimExtractor;
import org.stancetracker.extractors.text.NewsAnalyzer;
import org.stancetracker.spi.Extractor;
import org.stancetracker.spi.ExtractorConfig;
import org.stancetracker.spi.ExtractorFactory;
import org.stancetracker.spi.ReferenceData;

/**
 * The {@code quotes} extractor: actors' own words, quoted and attributed ("“…must end quickly,”
 * Iranian President Hassan Rouhani said"), read for the positions they take.
 *
 * <p>Setting: {@code min-confidence}, in [0, 1] (default 0): candidates below it are dropped.
 */
public final class QuotesExtractorFactory implements ExtractorFactory {
    static final String MIN_CONFIDENCE = "min-confidence";

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public Extractor create(ExtractorConfig config, ReferenceData referenceData) {
        config.rejectUnknownKeys(Set.of(MIN_CONFIDENCE));
        double minimum = config.getDouble(MIN_CONFIDENCE, 0, 0, 1);
        return new ClaimExtractor(new NewsAnalyzer(referenceData), Set.of(Claim.Basis.QUOTE), minimum);
    }
}
