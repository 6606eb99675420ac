package org.stancetracker.db.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancetracker.db.Database;
import org.stancetracker.db.DatabaseSettings;

/**
 * {@link StanceSums} against the tallies a real PostgreSQL keeps: stances summed through it per
 * week and month are the stance_tally rows, to the last millionth of confidence. The timeline adds
 * the two up in one answer, so they must never differ.
 */
class StanceSumsTest {
    @TempDir
    static Path home;

    static Database database;

    @BeforeAll
    static void open() throws SQLException {
        database = Database.open(DatabaseSettings.embeddedAt(home));
        database.migrate();
        Random random = new Random(11);
        try (Connection c = database.connect()) {
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO topic (id, title) VALUES ('sums', 'Sums test topic')");
                s.execute(
                        "INSERT INTO position (topic_id, id, description, ordinal) VALUES ('sums', 'p1', 'One', 0), ('sums', 'p2', 'Two', 1)");
                s.execute(
                        "INSERT INTO actor (code, kind, name) VALUES ('SAA', 'state', 'Test state'), ('SAB', 'state', 'Test state')");
            }
            try (PreparedStatement article = c.prepareStatement("""
                    INSERT INTO article (source, external_id, body, content_hash) VALUES ('sums-test', ?, 'text', ?)""");
                    PreparedStatement stance = c.prepareStatement("""
                    INSERT INTO stance (article_id, actor_code, topic_id, position_id, polarity, stance_date, date_precision,
                                        evidence, evidence_start, evidence_end, extractor_name, extractor_version, confidence)
                    SELECT a.id, ?, 'sums', ?, ?, ?, ?, 'evidence', 0, 8, 'test', '1', ?
                    FROM article a WHERE a.external_id = ?""")) {
                for (int i = 0; i < 60; i++) {
                    article.setString(1, "a" + i);
                    article.setString(2, "%064x".formatted(i + 1));
                    article.executeUpdate();
                    for (String actor : new String[] {"SAA", "SAB"}) {
                        for (String position : new String[] {"p1", "p2"}) {
                            LocalDate date = random.nextInt(6) == 0
                                    ? null
                                    : LocalDate.of(2018, 9, 1).plusDays(random.nextInt(90));
                            stance.setString(1, actor);
                            stance.setString(2, position);
                            stance.setString(3, random.nextBoolean() ? "support" : "oppose");
                            stance.setObject(4, date);
                            stance.setString(5, date == null ? "unknown" : "day");
                            // Confidences that are no multiple of a millionth: the rounding must agree too.
                            stance.setDouble(6, random.nextDouble());
                            stance.setString(7, "a" + i);
                            stance.executeUpdate();
                        }
                    }
                }
            }
        }
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void stances_summed_per_period_are_the_tallies() throws SQLException {
        String summed = "SELECT topic_id, g.granularity, actor_code, position_id, "
                + "date_trunc(g.granularity, stance_date::timestamp)::date AS period, " + StanceSums.OF_STANCES
                + " FROM stance CROSS JOIN (VALUES ('week'), ('month')) g (granularity)"
                + " WHERE stance_date IS NOT NULL AND topic_id = 'sums' GROUP BY 1, 2, 3, 4, 5";
        String tallied = "SELECT topic_id, granularity, actor_code, position_id, period, " + StanceSums.TALLY_COLUMNS
                + " FROM stance_tally WHERE topic_id = 'sums'";
        try (Connection c = database.connect();
                Statement s = c.createStatement()) {
            assertThat(count(s, tallied)).isGreaterThan(20);
            assertThat(count(s, "(" + summed + ") EXCEPT (" + tallied + ")"))
                    .as("sums that are no tally")
                    .isZero();
            assertThat(count(s, "(" + tallied + ") EXCEPT (" + summed + ")"))
                    .as("tallies that are no sum")
                    .isZero();
        }
    }

    private static long count(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM (" + query + ") q")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
