package org.stancetracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancetracker.db.Database;
import org.stancetracker.db.DatabaseSettings;

/** {@code stance extract} replaces an extractor's findings and leaves the stored stances as a fresh load would. */
class ReExtractTest {
    private static final Path SAMPLES = Path.of(System.getProperty("stance.samples.dir")).resolve("idlib-2018-seeds");

    @TempDir
    Path home;

    @Test
    void re_extraction_replaces_an_extractors_findings_without_duplicating_them() throws Exception {
        assertThat(CliRun.run(home, "load", SAMPLES.toString()).exitCode()).isEqualTo(ExitCode.OK);
        String before = CliRun.run(home, "export").out();
        // Simulate findings of an older version: drop some, and damage a stance's lead.
        try (Database db = Database.open(DatabaseSettings.embeddedAt(home)); Connection c = db.connect();
             Statement s = c.createStatement()) {
            s.execute("DELETE FROM stance_evidence WHERE extractor_name = 'quotes'");
            s.execute("DELETE FROM stance WHERE NOT EXISTS (SELECT 1 FROM stance_evidence e WHERE e.stance_id = stance.id)");
        }
        assertThat(CliRun.run(home, "export").out()).isNotEqualTo(before);

        CliRun run = CliRun.run(home, "extract", "--extractor", "quotes");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("re-extracted 5 articles with [quotes]: findings 0 before");
        assertThat(CliRun.run(home, "export").out()).isEqualTo(before);

        CliRun again = CliRun.run(home, "extract");
        assertThat(again.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(CliRun.run(home, "export").out()).as("running it twice changes nothing").isEqualTo(before);
        try (Database db = Database.open(DatabaseSettings.embeddedAt(home)); Connection c = db.connect();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM stance_evidence GROUP BY stance_id, extractor_name, evidence_start HAVING count(*) > 1")) {
            assertThat(rs.next()).as("no finding stored twice").isFalse();
        }
    }

    @Test
    void an_unknown_extractor_is_a_usage_error() {
        CliRun.run(home, "load", SAMPLES.toString());
        assertThat(CliRun.run(home, "extract", "--extractor", "nope").exitCode()).isEqualTo(ExitCode.USAGE);
    }
}
