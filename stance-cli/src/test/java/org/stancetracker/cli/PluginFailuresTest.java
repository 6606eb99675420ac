package org.stancetracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.ceasefire.CeasefireCalls;
import com.example.ceasefire.CeasefireCallsFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin's author's first load: a plugin that fails on every article is counted per extractor, ends
 * the load with exit code 3, says how to see the stack traces and how to run it again once fixed,
 * and the load stores everything else.
 */
class PluginFailuresTest {
    private static final Path SAMPLES =
            Path.of(System.getProperty("stance.samples.dir")).resolve("idlib-2018-seeds");
    private static final String MISSING_CLASS = "java.lang.NoClassDefFoundError: com/example/ceasefire/CeasefireCalls";

    @TempDir
    Path home;

    @Test
    void a_plugin_that_fails_on_every_article_is_counted_and_run_again_on_just_those_articles_once_fixed()
            throws Exception {
        Path plugins = home.resolve("plugins");
        // Packaged without the class its extractor needs: NoClassDefFoundError on every article.
        Path broken = PluginJars.write(plugins, "ceasefire-calls-1.0.jar", CeasefireCallsFactory.class);

        CliRun load = CliRun.run(home, "load", SAMPLES.toString());
        assertThat(load.exitCode()).as(load.err()).isEqualTo(ExitCode.PARTIAL);
        assertThat(load.out())
                .contains("read 5, loaded 5, skipped 0 already present, rejected 0, stances ")
                .contains("; extractors failed: ceasefire-calls on 5 articles");
        assertThat(load.err())
                .contains("warning: extractor 'ceasefire-calls' failed on files:000_2c759534a9478e92.txt: "
                        + MISSING_CLASS)
                .contains("warning: extractor 'ceasefire-calls' failed on files:004_d2c5ac03fb099af7.txt: "
                        + MISSING_CLASS)
                .contains("5 articles failed in extractor ceasefire-calls; fix it and run ./stance extract --failed")
                .contains("(--verbose prints each failure's stack trace)")
                .doesNotContain("\tat ");
        String withoutThePlugin = CliRun.run(home, "export").out();
        assertThat(withoutThePlugin)
                .as("the other extractors' stances are stored")
                .contains("\"statements\"")
                .doesNotContain("ceasefire-calls");

        // Loading the same files again skips them all, and still says what waits for the plugin.
        CliRun again = CliRun.run(home, "load", SAMPLES.toString());
        assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCode.OK);
        assertThat(again.out()).contains("skipped 5 already present").doesNotContain("extractors failed");
        assertThat(again.err())
                .contains("5 articles failed in extractor ceasefire-calls; fix it and run ./stance extract --failed");

        Files.delete(broken);
        PluginJars.write(plugins, "ceasefire-calls-1.1.jar", CeasefireCallsFactory.class, CeasefireCalls.class);
        CliRun fixed = CliRun.run(home, "extract", "--failed");
        assertThat(fixed.exitCode()).as(fixed.err()).isEqualTo(ExitCode.OK);
        assertThat(fixed.out()).contains("ran [ceasefire-calls] again on 5 articles they had failed on: 5 succeeded");
        assertThat(CliRun.run(home, "export").out()).contains("\"ceasefire-calls\"");
        assertThat(CliRun.run(home, "load", SAMPLES.toString()).err()).doesNotContain("failed in extractor");
    }

    @Test
    void verbose_prints_the_stack_trace_of_each_failure() throws Exception {
        PluginJars.write(home.resolve("plugins"), "ceasefire-calls-1.0.jar", CeasefireCallsFactory.class);
        CliRun load = CliRun.run(
                home,
                "load",
                "--verbose",
                SAMPLES.resolve("002_84440dcd74fa8747.txt").toString());
        assertThat(load.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(load.err())
                .contains("warning: extractor 'ceasefire-calls' failed on files:002_84440dcd74fa8747.txt: "
                        + MISSING_CLASS)
                .contains(
                        "plugin:ceasefire-calls-1.0.jar//com.example.ceasefire.CeasefireCallsFactory.lambda$create$0(")
                .contains("Caused by: java.lang.ClassNotFoundException: com.example.ceasefire.CeasefireCalls")
                .doesNotContain("--verbose prints");
    }

    @Test
    void a_dry_run_counts_the_failures_and_says_it_recorded_none() throws Exception {
        PluginJars.write(home.resolve("plugins"), "ceasefire-calls-1.0.jar", CeasefireCallsFactory.class);
        CliRun load = CliRun.run(home, "load", "--dry-run", SAMPLES.toString());
        assertThat(load.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(load.out()).contains("would load 5").contains("extractors failed: ceasefire-calls on 5 articles");
        assertThat(load.err())
                .contains("a dry run records no failure: fix the extractors and load again")
                .doesNotContain("./stance extract --failed");
    }
}
