package com.example.ceasefire;

import org.stancetracker.spi.Extractor;
import org.stancetracker.spi.ExtractorConfig;
import org.stancetracker.spi.ExtractorFactory;
import org.stancetracker.spi.ReferenceData;

/**
 * A plugin for the CLI's tests, packed into jars at test time: with {@link CeasefireCalls} in its jar
 * it works; without it (a jar packaged badly) every article throws {@link NoClassDefFoundError},
 * since only the extractor, not the factory, needs that class. Setting: {@code actor}, the code of the
 * actor it finds (default TUR).
 */
public final class CeasefireCallsFactory implements ExtractorFactory {
    @Override
    public String name() {
        return "ceasefire-calls";
    }

    @Override
    public Extractor create(ExtractorConfig config, ReferenceData referenceData) {
        config.rejectUnknownKeys(java.util.Set.of("actor"));
        String actor = config.get("actor").orElse("TUR");
        // A lambda, not a method reference: a reference would resolve CeasefireCalls here, at create.
        return article -> CeasefireCalls.find(article, actor);
    }
}
