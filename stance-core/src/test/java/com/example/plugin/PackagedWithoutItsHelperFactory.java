package com.example.plugin;

import org.stancetracker.spi.Extractor;
import org.stancetracker.spi.ExtractorConfig;
import org.stancetracker.spi.ExtractorFactory;
import org.stancetracker.spi.ReferenceData;

/**
 * A plugin for the registry's tests, packed into a jar without {@link Helper}: a badly packaged jar,
 * whose factory throws {@link NoClassDefFoundError} when it creates its extractor.
 */
public final class PackagedWithoutItsHelperFactory implements ExtractorFactory {
    @Override
    public String name() {
        return "unpackaged";
    }

    @Override
    public Extractor create(ExtractorConfig config, ReferenceData referenceData) {
        return new Helper().extractor();
    }

    /** The class the jar leaves out. */
    public static final class Helper {
        Extractor extractor() {
            return article -> java.util.List.of();
        }
    }
}
