package org.stancetracker.extraction;

import java.net.URISyntaxException;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.stancetracker.core.stance.ExtractorRef;
import org.stancetracker.spi.ExtractorConfig;
import org.stancetracker.spi.ExtractorFactory;
import org.stancetracker.spi.ReferenceData;

/**
 * The extractors of this process, found with {@link ServiceLoader}. Two factories with the same name
 * are refused at start, naming both origins, rather than one silently shadowing the other.
 */
public final class ExtractorRegistry {
    private final List<LoadedExtractor> extractors;

    private ExtractorRegistry(List<LoadedExtractor> extractors) {
        this.extractors = List.copyOf(extractors);
    }

    /** Every extractor on the class path of the given loader, each created with its configuration. */
    public static ExtractorRegistry load(ClassLoader loader, ReferenceData referenceData, Map<String, Map<String, String>> configs) {
        Map<String, ExtractorFactory> byName = new LinkedHashMap<>();
        for (ExtractorFactory factory : ServiceLoader.load(ExtractorFactory.class, loader)) {
            ExtractorFactory previous = byName.putIfAbsent(factory.name(), factory);
            if (previous != null) {
                throw new IllegalStateException("two extractors are named '" + factory.name() + "': from "
                        + origin(previous) + " and from " + origin(factory));
            }
        }
        List<LoadedExtractor> loaded = new ArrayList<>();
        for (ExtractorFactory factory : byName.values()) {
            ExtractorConfig config = new ExtractorConfig(factory.name(), configs.getOrDefault(factory.name(), Map.of()));
            loaded.add(new LoadedExtractor(new ExtractorRef(factory.name(), factory.version()),
                    factory.create(config, referenceData), origin(factory)));
        }
        return new ExtractorRegistry(loaded);
    }

    public List<LoadedExtractor> extractors() {
        return extractors;
    }

    static String origin(ExtractorFactory factory) {
        CodeSource source = factory.getClass().getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "unknown";
        }
        try {
            return java.nio.file.Path.of(source.getLocation().toURI()).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return source.getLocation().toString();
        }
    }
}
