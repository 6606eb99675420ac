package com.example.plugin;

import java.util.List;
import org.stancetracker.spi.Extractor;
import org.stancetracker.spi.ExtractorConfig;
import org.stancetracker.spi.ExtractorFactory;
import org.stancetracker.spi.ReferenceData;

/** A plugin for the registry's tests, packed into jars at test time: it finds nothing. */
public final class FixedExtractorFactory implements ExtractorFactory {
    @Override
    public String name() {
        return "fixed";
    }

    @Override
    public Extractor create(ExtractorConfig config, ReferenceData referenceData) {
        return article -> List.of();
    }
}
