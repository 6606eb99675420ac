package org.stancetracker.examples.warnings;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.stancetracker.spi.Extractor;
import org.stancetracker.spi.ExtractorConfig;
import org.stancetracker.spi.ExtractorFactory;
import org.stancetracker.spi.ReferenceData;

/**
 * The {@code warnings} extractor: an actor who warns that something would bring harm (a massacre,
 * a catastrophe) opposes it.
 *
 * <p>Settings: {@code harms}, the comma-separated words of harm to look for; {@code confidence},
 * in [0, 1].
 */
public final class WarningsExtractorFactory implements ExtractorFactory {
    static final String HARMS = "harms";
    static final String CONFIDENCE = "confidence";
    static final String DEFAULT_HARMS = "massacre,catastrophe,disaster,bloodbath,humanitarian tragedy,slaughter";

    @Override
    public String name() {
        return "warnings";
    }

    @Override
    public Extractor create(ExtractorConfig config, ReferenceData referenceData) {
        config.rejectUnknownKeys(Set.of(HARMS, CONFIDENCE));
        List<String> harms = Arrays.stream(
                        config.get(HARMS).orElse(DEFAULT_HARMS).split(","))
                .map(String::strip)
                .filter(word -> !word.isEmpty())
                .toList();
        if (harms.isEmpty()) {
            throw config.invalid(HARMS, "must name at least one word of harm");
        }
        double confidence = config.getDouble(CONFIDENCE, 0.6, 0, 1);
        return new WarningsExtractor(referenceData, harms, confidence);
    }
}
