package org.stancetracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the help suggests works: every example is whole on its lines, to be copied (picocli wraps a
 * line over 80 columns wherever it must), and every extractor setting the help shows is one a
 * built-in extractor takes.
 */
class HelpExamplesTest {
    /** NAME.KEY=VALUE, as --extractor-setting takes it. */
    private static final Pattern SETTING = Pattern.compile("\\b([a-z][a-z0-9-]*\\.[a-z][a-z0-9.-]*=[^\\s;,]+)");
    /** A setting the help wrapped after the extractor's name, as picocli wraps a long word at a dot. */
    private static final Pattern WRAPPED_SETTING = Pattern.compile("[a-z]\\.\\R\\s*[a-z][a-z0-9.-]*=");

    @TempDir
    Path home;

    @Test
    void every_example_is_on_lines_of_its_own_not_wrapped() {
        for (String command : List.of("", "load", "extract", "export", "evaluate", "serve", "plugins")) {
            CliRun help = command.isEmpty() ? CliRun.run(home, "--help") : CliRun.run(home, command, "--help");
            List<String> lines = help.out().lines().toList();
            int examples = lines.indexOf("Examples:");
            for (int i = examples + 1;
                    examples >= 0 && i < lines.size() && !lines.get(i).isEmpty();
                    i++) {
                String line = lines.get(i);
                boolean continued = lines.get(i - 1).endsWith("\\");
                assertThat(line.startsWith("  stance ") || continued && line.startsWith("      "))
                        .as("stance %s --help: an example wrapped at %s", command, line)
                        .isTrue();
            }
        }
    }

    @Test
    void every_extractor_setting_the_help_shows_is_accepted() {
        Set<String> shown = new LinkedHashSet<>();
        for (String command : List.of("load", "extract", "serve", "plugins")) {
            CliRun help = CliRun.run(home, command, "--help");
            assertThat(help.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(WRAPPED_SETTING.matcher(help.out()).find())
                    .as(command + " --help wraps a setting:%n%s", help.out())
                    .isFalse();
            Matcher setting = SETTING.matcher(help.out());
            while (setting.find()) {
                shown.add(setting.group(1));
            }
        }
        assertThat(shown).as("the help shows extractor settings").isNotEmpty();
        for (String setting : shown) {
            CliRun plugins = CliRun.run(home, "plugins", "--extractor-setting", setting);
            assertThat(plugins.exitCode()).as(setting + ": " + plugins.err()).isEqualTo(ExitCode.OK);
        }
    }
}
