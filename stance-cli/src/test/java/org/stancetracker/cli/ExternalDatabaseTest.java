package org.stancetracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With STANCE_DB_URL set, the CLI uses that PostgreSQL and starts no embedded one. */
class ExternalDatabaseTest {
    private static final Path SAMPLES =
            Path.of(System.getProperty("stance.samples.dir")).resolve("idlib-2018-seeds");

    @Test
    void stance_db_url_names_the_database_to_use(@TempDir Path home) throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            try (Connection c = external.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("CREATE USER analyst PASSWORD 's3cret'");
                s.execute("CREATE DATABASE tracker OWNER analyst");
            }
            System.setProperty("STANCE_DB_URL", "jdbc:postgresql://localhost:" + external.getPort() + "/tracker");
            System.setProperty("STANCE_DB_USER", "analyst");
            System.setProperty("STANCE_DB_PASSWORD", "s3cret");
            try {
                CliRun load = CliRun.run(home, "load", SAMPLES.toString());
                assertThat(load.exitCode()).as(load.err()).isEqualTo(ExitCode.OK);
            } finally {
                System.clearProperty("STANCE_DB_URL");
                System.clearProperty("STANCE_DB_USER");
                System.clearProperty("STANCE_DB_PASSWORD");
            }
            assertThat(Files.exists(home.resolve("pgdata")))
                    .as("no embedded server was started")
                    .isFalse();
            try (Connection c = external.getDatabase("analyst", "tracker").getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM article")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(5);
            }
        }
    }

    @Test
    void an_unreachable_database_fails_with_exit_1_naming_the_url(@TempDir Path home) {
        System.setProperty("STANCE_DB_URL", "jdbc:postgresql://localhost:1/nowhere");
        try {
            CliRun run = CliRun.run(home, "load", SAMPLES.toString());
            assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
            assertThat(run.err()).contains("cannot connect to the database at jdbc:postgresql://localhost:1/nowhere");
        } finally {
            System.clearProperty("STANCE_DB_URL");
        }
    }
}
