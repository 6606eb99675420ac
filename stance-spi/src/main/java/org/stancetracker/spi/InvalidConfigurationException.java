package org.stancetracker.spi;

import static org.stancetracker.spi.Stability.Status.STABLE;

/**
 * An extractor's configuration is not acceptable. The message names the extractor and the key.
 *
 * @since 1.0
 */
@Stability(status = STABLE, since = "1.0")
public final class InvalidConfigurationException extends RuntimeException {
    private final String extractorName;
    private final String key;

    public InvalidConfigurationException(String extractorName, String key, String reason) {
        super("extractor '" + extractorName + "': setting '" + key + "' " + reason);
        this.extractorName = extractorName;
        this.key = key;
    }

    public String extractorName() {
        return extractorName;
    }

    /** The configuration key at fault. */
    public String key() {
        return key;
    }
}
