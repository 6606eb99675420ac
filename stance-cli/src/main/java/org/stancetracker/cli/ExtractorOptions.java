package org.stancetracker.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.stancetracker.db.DatabaseSettings;
import org.stancetracker.extraction.ExtractorRegistry;
import org.stancetracker.spi.ReferenceData;
import picocli.CommandLine.Option;

/** Which extractors a command runs: the built-in ones, the plugin jars of a directory, and their settings. */
public final class ExtractorOptions {
    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Directory of extractor plugin jars (default: $STANCE_HOME/plugins).")
    Path plugins;

    @Option(names = "--extractor-setting", paramLabel = "NAME.KEY=VALUE",
            description = "A setting for one extractor, e.g. keyword.confidence=0.6; repeatable.")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--verbose", description = "Print the stack trace of every extractor failure, and of any other failure.")
    boolean verbose;

    /** Whether to print stack traces: a plugin's author needs them, a user loading articles does not. */
    public boolean verbose() {
        return verbose;
    }

    public Path pluginDirectory() {
        return plugins != null ? plugins : DatabaseSettings.fromEnvironment().home().resolve("plugins");
    }

    /** The settings grouped by extractor name. */
    public Map<String, Map<String, String>> byExtractor() {
        Map<String, Map<String, String>> grouped = new LinkedHashMap<>();
        settings.forEach((qualified, value) -> {
            int dot = qualified.indexOf('.');
            if (dot <= 0 || dot == qualified.length() - 1) {
                throw new UsageException("--extractor-setting " + qualified + "=" + value
                        + " must name the extractor and the key, as NAME.KEY=VALUE");
            }
            grouped.computeIfAbsent(qualified.substring(0, dot), k -> new LinkedHashMap<>())
                    .put(qualified.substring(dot + 1), value);
        });
        return grouped;
    }

    public ExtractorRegistry load(ReferenceData referenceData) {
        return ExtractorRegistry.load(ExtractorOptions.class.getClassLoader(), Optional.of(pluginDirectory()),
                referenceData, byExtractor());
    }

    /** Loads the extractors and says on the diagnostics stream which ones run, in which version, from where. */
    public ExtractorRegistry loadAndReport(ReferenceData referenceData, PrintWriter diagnostics) {
        ExtractorRegistry registry = load(referenceData);
        registry.extractors().forEach(e -> diagnostics.println(
                "extractor " + e.ref().name() + " " + e.ref().version() + " from " + e.origin()));
        return registry;
    }
}
