package org.stancetracker.cli.plugins;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.stancetracker.cli.ExitCode;
import org.stancetracker.cli.ExtractorOptions;
import org.stancetracker.db.reference.ReferenceDataFile;
import org.stancetracker.extraction.LoadedExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code stance plugins}: the extractors that would run, with their versions and where they come from. */
@Command(
        name = "plugins",
        mixinStandardHelpOptions = true,
        description = "Lists the extractors: built-in ones and the plugin jars of the plugins directory, "
                + "each with its version and origin. Fails, naming the jar, when a plugin cannot be loaded.",
        footer = {"", "Examples:", "  stance plugins", "  stance plugins --plugins ~/my-plugins"})
public final class PluginsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ExtractorOptions extractorOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var extractors =
                extractorOptions.load(ReferenceDataFile.bundled().data()).extractors();
        int nameWidth = Math.max(
                4,
                extractors.stream().mapToInt(e -> e.ref().name().length()).max().orElse(0));
        int versionWidth = Math.max(
                7,
                extractors.stream()
                        .mapToInt(e -> e.ref().version().length())
                        .max()
                        .orElse(0));
        String row = "%-" + nameWidth + "s  %-" + versionWidth + "s  %s%n";
        out.printf(row, "NAME", "VERSION", "ORIGIN");
        for (LoadedExtractor extractor : extractors) {
            out.printf(row, extractor.ref().name(), extractor.ref().version(), extractor.origin());
        }
        out.flush();
        spec.commandLine().getErr().println("plugins directory: " + extractorOptions.pluginDirectory());
        return ExitCode.OK;
    }
}
