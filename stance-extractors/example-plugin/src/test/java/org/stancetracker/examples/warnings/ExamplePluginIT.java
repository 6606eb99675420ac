package org.stancetracker.examples.warnings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin path end to end: this module's built jar, dropped into a plugins directory, is loaded
 * by the real {@code ./stance} (whose class path does not hold it), and its stances reach the database.
 */
class ExamplePluginIT {
    private static final Path ROOT = Path.of(System.getProperty("stance.root"));
    private static final Path SAMPLES =
            Path.of(System.getProperty("stance.samples.dir")).resolve("idlib-2018-seeds");
    private static final Path PLUGIN_JAR = Path.of(System.getProperty("plugin.jar"));

    @TempDir
    Path home;

    record Result(int exitCode, String out, String err) {}

    @Test
    void a_plugin_dropped_into_the_plugins_directory_loads_and_its_stances_are_stored() throws Exception {
        Path plugins = Files.createDirectories(home.resolve("my-plugins"));
        Files.copy(PLUGIN_JAR, plugins.resolve(PLUGIN_JAR.getFileName()));

        Result without = stance("plugins");
        assertThat(without.exitCode()).as(without.err()).isZero();
        assertThat(without.out()).contains("statements").contains("quotes").doesNotContain("warnings");

        Result listing = stance("plugins", "--plugins", plugins.toString());
        assertThat(listing.exitCode()).as(listing.err()).isZero();
        assertThat(listing.out().lines())
                .anySatisfy(line -> assertThat(line)
                        .startsWith("warnings")
                        .contains("0.1.0-SNAPSHOT")
                        .endsWith(plugins.resolve(PLUGIN_JAR.getFileName()).toString()));

        Result load = stance("load", "--plugins", plugins.toString(), SAMPLES.toString());
        assertThat(load.exitCode()).as(load.err()).isZero();

        Result export = stance("export");
        assertThat(export.out().lines().filter(line -> line.matches(".*\"extractors\":\\[[^]]*\"warnings\".*")))
                .isNotEmpty()
                .anySatisfy(line -> assertThat(line)
                        .contains("\"actor\":\"UN\"")
                        .contains("\"position\":\"offensive\"")
                        .contains("\"polarity\":\"oppose\""));
    }

    @Test
    void the_default_plugins_directory_is_under_stance_home() throws Exception {
        Path plugins = Files.createDirectories(home.resolve("plugins"));
        Files.copy(PLUGIN_JAR, plugins.resolve("warnings.jar"));
        Result listing = stance("plugins");
        assertThat(listing.out()).contains("warnings");
    }

    @Test
    void a_broken_plugin_directory_fails_at_start_naming_the_jar() throws Exception {
        Path plugins = Files.createDirectories(home.resolve("plugins"));
        Files.copy(PLUGIN_JAR, plugins.resolve("a.jar"));
        Files.copy(PLUGIN_JAR, plugins.resolve("b.jar"));
        Result load = stance("load", SAMPLES.toString());
        assertThat(load.exitCode()).as("a usage error").isEqualTo(2);
        assertThat(load.err())
                .contains("two extractors are named 'warnings': one from " + plugins.resolve("a.jar") + ", one from "
                        + plugins.resolve("b.jar"));
    }

    @Test
    void a_bad_plugin_setting_fails_at_start_naming_the_key() throws Exception {
        Path plugins = Files.createDirectories(home.resolve("plugins"));
        Files.copy(PLUGIN_JAR, plugins.resolve("warnings.jar"));
        Result load = stance("load", "--extractor-setting", "warnings.confidence=very", SAMPLES.toString());
        assertThat(load.exitCode()).as("a usage error").isEqualTo(2);
        assertThat(load.err()).contains("extractor 'warnings': setting 'confidence' is not a number");
    }

    private Result stance(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("stance").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().put("STANCE_HOME", home.toString());
        builder.environment().remove("STANCE_DB_URL");
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes());
        String err = new String(process.getErrorStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), out, err);
    }
}
