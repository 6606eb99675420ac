package org.stancetracker.spi;

import static org.stancetracker.spi.Stability.Status.STABLE;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An extractor's settings: a flat map of string keys to string values, as given on the command
 * line or in configuration. The extractor validates it itself and names the key at fault.
 *
 * @since 1.0
 */
@Stability(status = STABLE, since = "1.0")
public final class ExtractorConfig {
    private final String extractorName;
    private final Map<String, String> values;

    public ExtractorConfig(String extractorName, Map<String, String> values) {
        this.extractorName = extractorName;
        this.values = Map.copyOf(values);
    }

    /** No settings: every extractor must work with its defaults. */
    public static ExtractorConfig empty(String extractorName) {
        return new ExtractorConfig(extractorName, Map.of());
    }

    /** All settings, unmodifiable. */
    public Map<String, String> asMap() {
        return values;
    }

    /** The raw value of a setting, if given. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** A number in [min, max], or the default when the key is absent. */
    public double getDouble(String key, double defaultValue, double min, double max) {
        String raw = values.get(key);
        if (raw == null) {
            return defaultValue;
        }
        double value;
        try {
            value = Double.parseDouble(raw.strip());
        } catch (NumberFormatException e) {
            throw invalid(key, "is not a number: '" + raw + "'");
        }
        if (value < min || value > max) {
            throw invalid(key, "must lie in [" + min + ", " + max + "], was " + value);
        }
        return value;
    }

    /** Rejects keys the extractor does not know, naming them: a typo must not pass silently. */
    public void rejectUnknownKeys(Set<String> known) {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            String key = unknown.iterator().next();
            throw invalid(key, "is not a setting of this extractor; known: " + new TreeSet<>(known));
        }
    }

    /** The exception to throw for a setting that is not acceptable, naming this extractor and the key. */
    public InvalidConfigurationException invalid(String key, String reason) {
        return new InvalidConfigurationException(extractorName, key, reason);
    }
}
