package org.stancetracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.ceasefire.CeasefireCalls;
import com.example.ceasefire.CeasefireCallsFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancetracker.db.Database;
import org.stancetracker.db.DatabaseSettings;

/**
 * {@code stance extract} replaces an extractor's findings and leaves the stored stances as a fresh load
 * would; an extractor that fails keeps its findings, is recorded, and {@code --failed} runs it again.
 */
class ReExtractTest {
    private static final Path SAMPLES =
            Path.of(System.getProperty("stance.samples.dir")).resolve("idlib-2018-seeds");

    @TempDir
    Path home;

    @Test
    void re_extraction_replaces_an_extractors_findings_without_duplicating_them() throws Exception {
        assertThat(CliRun.run(home, "load", SAMPLES.toString()).exitCode()).isEqualTo(ExitCode.OK);
        String before = CliRun.run(home, "export").out();
        // Simulate findings of an older version: drop some, and damage a stance's lead.
        try (Database db = Database.open(DatabaseSettings.embeddedAt(home));
                Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("DELETE FROM stance_evidence WHERE extractor_name = 'quotes'");
            s.execute(
                    "DELETE FROM stance WHERE NOT EXISTS (SELECT 1 FROM stance_evidence e WHERE e.stance_id = stance.id)");
        }
        assertThat(CliRun.run(home, "export").out()).isNotEqualTo(before);

        CliRun run = CliRun.run(home, "extract", "--extractor", "quotes");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("re-extracted 5 articles with [quotes]: findings 0 before");
        assertThat(CliRun.run(home, "export").out()).isEqualTo(before);

        CliRun again = CliRun.run(home, "extract");
        assertThat(again.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(CliRun.run(home, "export").out())
                .as("running it twice changes nothing")
                .isEqualTo(before);
        try (Database db = Database.open(DatabaseSettings.embeddedAt(home));
                Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT count(*) FROM stance_evidence GROUP BY stance_id, extractor_name, evidence_start HAVING count(*) > 1")) {
            assertThat(rs.next()).as("no finding stored twice").isFalse();
        }
    }

    @Test
    void extract_failed_runs_each_extractor_again_on_just_the_articles_it_failed_on_and_clears_them() throws Exception {
        assertThat(CliRun.run(home, "load", SAMPLES.toString()).exitCode()).isEqualTo(ExitCode.OK);
        String before = CliRun.run(home, "export").out();
        // As a load leaves it when quotes fails on two articles: none of its findings there, the pairs recorded.
        try (Database db = Database.open(DatabaseSettings.embeddedAt(home));
                Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE failed AS SELECT id FROM article WHERE external_id IN "
                    + "('000_2c759534a9478e92.txt', '002_84440dcd74fa8747.txt')");
            s.execute(
                    "DELETE FROM stance_evidence e USING stance t WHERE e.stance_id = t.id AND e.extractor_name = 'quotes'"
                            + " AND t.article_id IN (SELECT id FROM failed)");
            s.execute(
                    "DELETE FROM stance WHERE NOT EXISTS (SELECT 1 FROM stance_evidence e WHERE e.stance_id = stance.id)");
            s.execute("INSERT INTO extraction_failure (extractor_name, article_id, extractor_version, reason)"
                    + " SELECT 'quotes', id, 'old', 'java.lang.IllegalStateException: boom' FROM failed");
        }
        assertThat(CliRun.run(home, "export").out()).isNotEqualTo(before);

        CliRun run = CliRun.run(home, "extract", "--failed");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("ran [quotes] again on 2 articles they had failed on: 2 succeeded");
        assertThat(run.err()).doesNotContain("failed in extractor");
        assertThat(CliRun.run(home, "export").out()).isEqualTo(before);

        CliRun again = CliRun.run(home, "extract", "--failed");
        assertThat(again.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(again.out()).contains("no failed extraction to run again");
    }

    @Test
    void an_extractor_that_throws_in_a_re_extraction_keeps_its_earlier_findings_and_is_recorded_as_failed()
            throws Exception {
        Path plugins = home.resolve("plugins");
        Path working =
                PluginJars.write(plugins, "ceasefire-calls-1.0.jar", CeasefireCallsFactory.class, CeasefireCalls.class);
        assertThat(CliRun.run(home, "load", SAMPLES.toString()).exitCode()).isEqualTo(ExitCode.OK);
        String before = CliRun.run(home, "export").out();
        assertThat(before).contains("\"ceasefire-calls\"");

        // An upgrade packaged without the class its extractor needs: NoClassDefFoundError on every article.
        Files.delete(working);
        Path broken = PluginJars.write(plugins, "ceasefire-calls-1.1.jar", CeasefireCallsFactory.class);
        CliRun failing = CliRun.run(home, "extract", "--extractor", "ceasefire-calls");
        assertThat(failing.exitCode()).as(failing.err()).isEqualTo(ExitCode.PARTIAL);
        assertThat(failing.out())
                .contains("re-extracted 5 articles with [ceasefire-calls]")
                .contains("extractors failed: ceasefire-calls on 5 articles");
        assertThat(failing.err())
                .contains("warning: extractor 'ceasefire-calls' failed on files:000_2c759534a9478e92.txt: "
                        + "java.lang.NoClassDefFoundError: com/example/ceasefire/CeasefireCalls")
                .contains("5 articles failed in extractor ceasefire-calls; fix it and run ./stance extract --failed")
                .contains("(--verbose prints each failure's stack trace)")
                .doesNotContain("\tat ");
        assertThat(CliRun.run(home, "export").out())
                .as("the findings of the version before stay")
                .isEqualTo(before);

        CliRun verbose = CliRun.run(home, "extract", "--failed", "--verbose");
        assertThat(verbose.exitCode()).isEqualTo(ExitCode.PARTIAL);
        assertThat(verbose.err())
                .contains("java.lang.NoClassDefFoundError: com/example/ceasefire/CeasefireCalls")
                .contains("//com.example.ceasefire.CeasefireCallsFactory.lambda$create$0(")
                .contains("Caused by: java.lang.ClassNotFoundException: com.example.ceasefire.CeasefireCalls")
                .doesNotContain("--verbose prints");

        Files.delete(broken);
        PluginJars.write(plugins, "ceasefire-calls-1.2.jar", CeasefireCallsFactory.class, CeasefireCalls.class);
        CliRun fixed = CliRun.run(home, "extract", "--failed");
        assertThat(fixed.exitCode()).as(fixed.err()).isEqualTo(ExitCode.OK);
        assertThat(fixed.out()).contains("ran [ceasefire-calls] again on 5 articles they had failed on: 5 succeeded");
        assertThat(fixed.err()).doesNotContain("failed in extractor");
        assertThat(CliRun.run(home, "export").out()).isEqualTo(before);
        assertThat(CliRun.run(home, "extract", "--failed").out()).contains("no failed extraction to run again");
    }

    @Test
    void the_failures_of_an_extractor_no_longer_loaded_stay_recorded() throws Exception {
        assertThat(CliRun.run(home, "load", SAMPLES.toString()).exitCode()).isEqualTo(ExitCode.OK);
        try (Database db = Database.open(DatabaseSettings.embeddedAt(home));
                Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO extraction_failure (extractor_name, article_id, extractor_version, reason)"
                    + " SELECT 'removed', id, '1.0', 'java.lang.IllegalStateException: boom' FROM article");
        }
        CliRun run = CliRun.run(home, "extract", "--failed");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("no failed extraction to run again");
        assertThat(run.err())
                .contains(
                        "warning: extractor removed is not loaded now; the 5 stored articles it failed on stay recorded as failed")
                .contains("5 articles failed in extractor removed; fix it and run ./stance extract --failed");
    }

    @Test
    void extract_failed_takes_no_topic() {
        CliRun run = CliRun.run(home, "extract", "--failed", "--topic", "idlib");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err())
                .contains("--failed runs extractors over the whole articles they failed on; it takes no --topic");
    }

    @Test
    void an_unknown_extractor_is_a_usage_error() {
        CliRun.run(home, "load", SAMPLES.toString());
        assertThat(CliRun.run(home, "extract", "--extractor", "nope").exitCode())
                .isEqualTo(ExitCode.USAGE);
    }
}
