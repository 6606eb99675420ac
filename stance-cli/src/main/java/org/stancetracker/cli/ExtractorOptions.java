package org.stancetracker.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.stancetracker.db.DatabaseSettings;
import org.stancetracker.extraction.ExtractorRegistry;
import org.stancetracker.extraction.ExtractorSetup;
import org.stancetracker.spi.ReferenceData;
import picocli.CommandLine.Option;

/**
 * Which extractors a command runs: the built-in ones, the plugin jars of a directory, and their
 * settings, as the one {@link ExtractorSetup} that the API uses too.
 */
public final class ExtractorOptions {
    @Option(
            names = "--plugins",
            paramLabel = "DIR",
            description = "Directory of extractor plugin jars (default: $STANCE_HOME/plugins).")
    Path plugins;

    @Option(
            names = "--extractor-setting",
            paramLabel = "NAME.KEY=VALUE",
            description = {"A setting for one extractor; repeatable. For example:", "  statements.min-confidence=0.6"})
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(
            names = "--verbose",
            description = "Print the stack trace of every extractor failure, and of any other failure.")
    boolean verbose;

    /** Whether to print stack traces: a plugin's author needs them, a user loading articles does not. */
    public boolean verbose() {
        return verbose;
    }

    /** The extractors these options name, as every command and the API set them up. */
    public ExtractorSetup setup() {
        // The default directory may well not be there (no plugins); one named on the command line must be.
        if (plugins != null && !Files.isDirectory(plugins)) {
            throw new UsageException(
                    "--plugins " + plugins + (Files.exists(plugins) ? ": not a directory" : ": no such directory"));
        }
        try {
            return ExtractorSetup.of(DatabaseSettings.fromEnvironment().home(), Optional.ofNullable(plugins), settings);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--extractor-setting " + e.getMessage());
        }
    }

    public Path pluginDirectory() {
        return setup().pluginDirectory();
    }

    public ExtractorRegistry load(ReferenceData referenceData) {
        return setup().load(ExtractorOptions.class.getClassLoader(), referenceData);
    }

    /** Loads the extractors and says on the diagnostics stream which ones run, in which version, from where. */
    public ExtractorRegistry loadAndReport(ReferenceData referenceData, PrintWriter diagnostics) {
        ExtractorRegistry registry = load(referenceData);
        registry.extractors().forEach(e -> diagnostics.println("extractor " + e.description()));
        return registry;
    }
}
