package org.stancetracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.ceasefire.CeasefireCalls;
import com.example.ceasefire.CeasefireCallsFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugins, their settings and the extractors a command names are checked before the database
 * starts: a mistake in any of them is a usage error (exit code 2) within a second, and PostgreSQL is
 * never started for it.
 */
class PluginChecksTest {
    private static final Path SAMPLES =
            Path.of(System.getProperty("stance.samples.dir")).resolve("idlib-2018-seeds");

    @TempDir
    Path home;

    @Test
    void an_api_key_an_http_header_cannot_carry_is_a_usage_error_before_anything_starts() {
        String previous = System.getProperty("STANCE_API_KEYS");
        System.setProperty("STANCE_API_KEYS", "plain-key-1,cl\u00e9-secr\u00e8te");
        try {
            CliRun serve = CliRun.run(home, "serve", "--port", "1");
            assertThat(serve.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(serve.err().strip())
                    .isEqualTo("stance: STANCE_API_KEYS: key 2 holds a character an HTTP header cannot carry (at"
                            + " position 3); use letters, digits and ASCII punctuation");
            assertNoDatabaseStarted();
        } finally {
            if (previous == null) {
                System.clearProperty("STANCE_API_KEYS");
            } else {
                System.setProperty("STANCE_API_KEYS", previous);
            }
        }
    }

    @Test
    void a_setting_an_extractor_refuses_is_a_usage_error_before_the_database_starts() {
        CliRun load =
                CliRun.run(home, "load", "--extractor-setting", "statements.min-confidence=high", SAMPLES.toString());
        assertThat(load.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(load.err())
                .contains("stance: extractor 'statements': setting 'min-confidence' is not a number: 'high'");
        assertNoDatabaseStarted();

        CliRun extract = CliRun.run(home, "extract", "--extractor-setting", "quotes.confidence=0.6");
        assertThat(extract.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(extract.err())
                .contains("stance: extractor 'quotes': setting 'confidence' is not a setting of this extractor");
        assertNoDatabaseStarted();
    }

    @Test
    void serve_checks_the_settings_it_passes_to_the_api_before_it_starts_it() {
        CliRun serve = CliRun.run(home, "serve", "--extractor-setting", "statements.min-confidence=high");
        assertThat(serve.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(serve.err())
                .contains("stance: extractor 'statements': setting 'min-confidence' is not a number: 'high'");
        assertNoDatabaseStarted();
    }

    @Test
    void a_plugin_that_cannot_be_loaded_is_a_usage_error_before_the_database_starts() throws Exception {
        Path plugins = home.resolve("plugins");
        Path first = PluginJars.write(plugins, "a.jar", CeasefireCallsFactory.class, CeasefireCalls.class);
        Path second = PluginJars.write(plugins, "b.jar", CeasefireCallsFactory.class, CeasefireCalls.class);
        for (String command : new String[] {"load", "extract"}) {
            CliRun run =
                    command.equals("load") ? CliRun.run(home, "load", SAMPLES.toString()) : CliRun.run(home, "extract");
            assertThat(run.exitCode()).as(command).isEqualTo(ExitCode.USAGE);
            assertThat(run.err())
                    .contains("stance: two extractors are named 'ceasefire-calls': one from " + first + ", one from "
                            + second);
            assertNoDatabaseStarted();
        }
    }

    @Test
    void an_extractor_or_topic_that_does_not_exist_is_a_usage_error_before_the_database_starts() {
        assertThat(CliRun.run(home, "extract", "--extractor", "nope").exitCode())
                .isEqualTo(ExitCode.USAGE);
        assertThat(CliRun.run(home, "extract", "--topic", "atlantis").exitCode())
                .isEqualTo(ExitCode.USAGE);
        assertNoDatabaseStarted();
    }

    private void assertNoDatabaseStarted() {
        assertThat(home.resolve("pgdata"))
                .as("the embedded PostgreSQL's data directory")
                .doesNotExist();
    }
}
