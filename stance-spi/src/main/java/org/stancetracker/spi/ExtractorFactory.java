package org.stancetracker.spi;

import static org.stancetracker.spi.Stability.Status.STABLE;

import java.util.Optional;

/**
 * Makes {@link Extractor}s; the one type a plugin registers, as a
 * {@code META-INF/services/org.stancetracker.spi.ExtractorFactory} provider.
 *
 * <p>Instances are created once per process by {@link java.util.ServiceLoader} and must have a
 * public no-argument constructor that does no work: reading models and lexicons belongs in
 * {@link #create}.
 *
 * @since 1.0
 */
@Stability(status = STABLE, since = "1.0")
public interface ExtractorFactory {

    /**
     * The extractor's stable, unique name, {@code [a-z][a-z0-9-]*}. Stances record it, and
     * re-extraction replaces stances by it, so it must never change between versions.
     */
    String name();

    /**
     * The extractor's version, recorded with every stance it produces. By default the
     * {@code Implementation-Version} of the jar the factory was loaded from.
     */
    default String version() {
        return Optional.ofNullable(getClass().getPackage().getImplementationVersion())
                .orElse("dev");
    }

    /**
     * Builds an extractor.
     *
     * @param config the extractor's own settings, to validate here: an unknown or malformed key is
     *     reported with {@link ExtractorConfig#invalid}, naming the key
     * @param referenceData the actors, roles, topics and positions to recognise; shared, read-only
     * @throws InvalidConfigurationException when the configuration is not acceptable
     */
    Extractor create(ExtractorConfig config, ReferenceData referenceData);
}
