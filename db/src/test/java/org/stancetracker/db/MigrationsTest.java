package org.stancetracker.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    @Test
    void migrations_apply_to_an_empty_database_and_a_second_run_is_a_no_op(@TempDir Path home) throws Exception {
        try (Database database = Database.open(DatabaseSettings.embeddedAt(home))) {
            assertThat(tables(database)).isEmpty();
            database.migrate();
            assertThat(tables(database))
                    .contains(
                            "actor",
                            "actor_alias",
                            "actor_role",
                            "actor_role_alias",
                            "topic",
                            "position",
                            "position_term",
                            "reference_data_version",
                            "article",
                            "stance");
            database.migrate();
            try (Connection c = database.connect();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*), bool_and(success) FROM flyway_schema_history")) {
                rs.next();
                // One row per migration file, each applied once.
                long files;
                try (java.util.stream.Stream<Path> migrations =
                        java.nio.file.Files.list(Path.of("src/main/resources/db/migration"))) {
                    files = migrations
                            .filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                            .count();
                }
                assertThat(files).isGreaterThanOrEqualTo(11);
                assertThat(rs.getInt(1)).isEqualTo((int) files);
                assertThat(rs.getBoolean(2)).isTrue();
            }
        }
    }

    @Test
    void the_embedded_server_keeps_its_data_between_runs(@TempDir Path home) throws SQLException {
        try (Database first = Database.open(DatabaseSettings.embeddedAt(home))) {
            first.migrate();
        }
        try (Database second = Database.open(DatabaseSettings.embeddedAt(home))) {
            assertThat(tables(second)).contains("stance");
        }
    }

    private static List<String> tables(Database database) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = database.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
