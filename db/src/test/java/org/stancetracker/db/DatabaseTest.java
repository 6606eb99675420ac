package org.stancetracker.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancetracker.db.embedded.EmbeddedServer;
import org.stancetracker.db.reference.ReferenceDataFile;
import org.stancetracker.db.reference.ReferenceDataLoader;

/** Migrations and reference data, against a real PostgreSQL started from the embedded binaries. */
class DatabaseTest {
    @TempDir
    static Path home;

    static Database database;

    @BeforeAll
    static void open() {
        database = Database.open(DatabaseSettings.embeddedAt(home));
        database.migrate();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void reference_data_loads_twice_without_duplicates() throws SQLException {
        database.migrate();
        ReferenceDataFile file = ReferenceDataFile.bundled();
        ReferenceDataLoader loader = new ReferenceDataLoader(database.dataSource());
        loader.load(file);
        List<Long> first = referenceCounts();
        assertThat(loader.load(file))
                .as("second load of the same file is skipped")
                .isFalse();
        assertThat(referenceCounts()).isEqualTo(first);

        // Even a forced reload (the version record gone) replaces rather than adds.
        try (Connection c = database.connect();
                Statement s = c.createStatement()) {
            s.execute("DELETE FROM reference_data_version");
        }
        assertThat(loader.load(file)).isTrue();
        assertThat(referenceCounts()).isEqualTo(first);
        assertThat(first.get(0)).isEqualTo(file.data().actors().actors().size());
        assertThat(first.get(2)).isEqualTo(file.data().actors().roles().size());
    }

    @Test
    void role_validity_is_a_daterange_the_database_can_query() throws SQLException {
        database.migrate();
        new ReferenceDataLoader(database.dataSource()).load(ReferenceDataFile.bundled());
        assertThat(speakerFor("Rouhani", "2018-09-07")).containsExactly("IRN");
        assertThat(speakerFor("Rouhani", "2022-01-01")).isEmpty();
        assertThat(speakerFor("Erdogan", "2018-09-07")).containsExactly("TUR");
    }

    @Test
    void a_second_process_attaches_to_the_running_embedded_server() {
        try (EmbeddedServer second = EmbeddedServer.startOrAttach(home)) {
            assertThat(second.owns()).isFalse();
            assertThat(second.jdbcUrl()).isEqualTo(database.url());
        }
    }

    private List<String> speakerFor(String alias, String day) throws SQLException {
        List<String> actors = new ArrayList<>();
        try (Connection c = database.connect();
                PreparedStatement q = c.prepareStatement("""
                     SELECT DISTINCT r.actor_code FROM actor_role r JOIN actor_role_alias a ON a.role_id = r.id
                     WHERE a.alias = ? AND r.validity @> ?::date""")) {
            q.setString(1, alias);
            q.setString(2, day);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    actors.add(rs.getString(1));
                }
            }
        }
        return actors;
    }

    private List<Long> referenceCounts() throws SQLException {
        List<Long> counts = new ArrayList<>();
        for (String table : List.of(
                "actor",
                "actor_alias",
                "actor_role",
                "actor_role_alias",
                "topic",
                "position",
                "position_term",
                "position_cue",
                "topic_event",
                "topic_event_alias",
                "non_actor_name",
                "topic_place")) {
            counts.add(count("SELECT count(*) FROM " + table));
        }
        return counts;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = database.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
