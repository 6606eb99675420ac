package org.stancetracker.extraction;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.stancetracker.spi.ReferenceData;

/**
 * Which extractors an installation runs, and with which settings: the one setup that every command
 * and service that extracts builds its {@link ExtractorRegistry} from ({@code stance load},
 * {@code stance extract}, {@code stance plugins}, {@code POST /api/articles}), so that they all run
 * the same extractors the same way.
 *
 * <p>The extractors are the built-in ones on the class path and the plugin jars of the plugins
 * directory, {@code $STANCE_HOME/plugins} unless another is named. A setting is given as
 * {@code NAME.KEY=VALUE}: the extractor's name, one of its keys, and the value.
 *
 * @param settings each extractor's settings, by extractor name
 */
public record ExtractorSetup(Path pluginDirectory, Map<String, Map<String, String>> settings) {
    /** The plugins directory's name under {@code STANCE_HOME}. */
    public static final String PLUGINS_DIRECTORY = "plugins";

    public ExtractorSetup {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        settings.forEach((name, values) -> copy.put(name, Map.copyOf(values)));
        settings = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The setup of an installation.
     *
     * @param stanceHome the tracker's home directory, whose {@value #PLUGINS_DIRECTORY} directory holds the plugins
     * @param pluginDirectory another plugins directory, when one is named
     * @param qualifiedSettings {@code NAME.KEY} to value, in the order given
     * @throws IllegalArgumentException naming a setting that does not name both the extractor and the key
     */
    public static ExtractorSetup of(
            Path stanceHome, Optional<Path> pluginDirectory, Map<String, String> qualifiedSettings) {
        Map<String, Map<String, String>> byExtractor = new LinkedHashMap<>();
        qualifiedSettings.forEach((qualified, value) -> {
            int dot = qualified.indexOf('.');
            if (dot <= 0 || dot == qualified.length() - 1) {
                throw new IllegalArgumentException(
                        qualified + "=" + value + " must name the extractor and the key, as NAME.KEY=VALUE");
            }
            byExtractor
                    .computeIfAbsent(qualified.substring(0, dot), name -> new LinkedHashMap<>())
                    .put(qualified.substring(dot + 1), value);
        });
        return new ExtractorSetup(pluginDirectory.orElseGet(() -> stanceHome.resolve(PLUGINS_DIRECTORY)), byExtractor);
    }

    /**
     * Finds and creates the extractors.
     *
     * @param builtins the class loader whose class path holds the built-in extractors: the application's own
     * @throws PluginException naming the jar at fault
     * @throws org.stancetracker.spi.InvalidConfigurationException naming the extractor and key at fault
     */
    public ExtractorRegistry load(ClassLoader builtins, ReferenceData referenceData) {
        return ExtractorRegistry.load(builtins, Optional.of(pluginDirectory), referenceData, settings);
    }
}
