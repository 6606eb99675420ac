package org.stancetracker.extractors.statements;

import java.util.Set;
import org.stancetracker.extractors.text.Claim;
import org.stancetracker.extractors.text.ClaimExtractor;
import org.stancetracker.extractors.text.NewsAnalyzer;
import org.stancetracker.spi.Extractor;
import org.stancetracker.spi.ExtractorConfig;
import org.stancetracker.spi.ExtractorFactory;
import org.stancetracker.spi.ReferenceData;

/**
 * The {@code statements} extractor: what the narrator reports actors said ("Erdogan called for a
 * ceasefire", "Putin said Moscow opposed a truce") and did ("Russian jets pounded Idlib").
 *
 * <p>Setting: {@code min-confidence}, in [0, 1] (default 0): candidates below it are dropped.
 */
public final class StatementsExtractorFactory implements ExtractorFactory {
    static final String MIN_CONFIDENCE = "min-confidence";

    @Override
    public String name() {
        return "statements";
    }

    @Override
    public Extractor create(ExtractorConfig config, ReferenceData referenceData) {
        config.rejectUnknownKeys(Set.of(MIN_CONFIDENCE));
        double minimum = config.getDouble(MIN_CONFIDENCE, 0, 0, 1);
        return new ClaimExtractor(new NewsAnalyzer(referenceData), Set.of(Claim.Basis.STATEMENT, Claim.Basis.DEED), minimum);
    }
}
