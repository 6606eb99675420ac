package ${package};

import java.util.Set;
import org.stancetracker.spi.Extractor;
import org.stancetracker.spi.ExtractorConfig;
import org.stancetracker.spi.ExtractorFactory;
import org.stancetracker.spi.ReferenceData;

/**
 * The {@code ${extractorName}} extractor: whoever calls for something supports it, whoever rejects it
 * opposes it. The tracker finds this class through
 * {@code META-INF/services/org.stancetracker.spi.ExtractorFactory}.
 *
 * <p>Settings ({@code ./stance load --extractor-setting ${extractorName}.confidence=0.7}):
 * {@code confidence}, in [0, 1], how sure its stances are said to be; 0.5 when not set.
 */
public final class DemandsExtractorFactory implements ExtractorFactory {
    /** The name its stances are stored under: unique among the tracker's extractors, and never to change. */
    static final String NAME = "${extractorName}";
    static final String CONFIDENCE = "confidence";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Extractor create(ExtractorConfig config, ReferenceData referenceData) {
        // A mistyped setting fails at start, naming the key, rather than being silently ignored.
        config.rejectUnknownKeys(Set.of(CONFIDENCE));
        double confidence = config.getDouble(CONFIDENCE, 0.5, 0, 1);
        return new DemandsExtractor(referenceData, confidence);
    }
}
