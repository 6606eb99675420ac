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

/** {@code stance extract --topic} counts and replaces the findings of that topic only. */
class ExtractByTopicTest {
    private static final Path SAMPLES =
            Path.of(System.getProperty("stance.samples.dir")).resolve("idlib-2018-seeds");

    @TempDir
    Path home;

    @Test
    void the_findings_of_the_topic_are_counted_before_and_after() throws Exception {
        assertThat(CliRun.run(home, "load", SAMPLES.toString()).exitCode()).isEqualTo(ExitCode.OK);
        long quotes;
        try (Database db = Database.open(DatabaseSettings.embeddedAt(home));
                Connection c = db.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM stance_evidence WHERE extractor_name = 'quotes'")) {
            rs.next();
            quotes = rs.getLong(1);
        }
        assertThat(quotes).isPositive();

        CliRun run = CliRun.run(home, "extract", "--extractor", "quotes", "--topic", "idlib");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("with [quotes]: findings " + quotes + " before, " + quotes + " after");
    }
}
