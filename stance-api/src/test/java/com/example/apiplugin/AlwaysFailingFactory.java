package com.example.apiplugin;

import org.stancetracker.spi.Extractor;
import org.stancetracker.spi.ExtractorConfig;
import org.stancetracker.spi.ExtractorFactory;
import org.stancetracker.spi.ReferenceData;

/** A plugin for the API's tests, packed into a jar at test time: it throws on every article. */
public final class AlwaysFailingFactory implements ExtractorFactory {
    @Override
    public String name() {
        return "always-failing";
    }

    @Override
    public Extractor create(ExtractorConfig config, ReferenceData referenceData) {
        return article -> {
            throw new IllegalStateException("broken on purpose");
        };
    }
}
