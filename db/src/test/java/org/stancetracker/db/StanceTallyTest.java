package org.stancetracker.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;

/**
 * stance_tally against the stances it sums: after every kind of write the tallies must equal the
 * stances summed afresh, row for row and to the last digit of the weights.
 */
class StanceTallyTest {
    private static final String[] ACTORS = {"AAA", "AAB", "AAC", "AAD"};
    private static final String[] POSITIONS = {"p1", "p2", "p3"};

    @TempDir
    static Path home;

    static Database database;

    @BeforeAll
    static void open() throws SQLException {
        database = Database.open(DatabaseSettings.embeddedAt(home));
        database.migrate();
        try (Connection c = database.connect();
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO topic (id, title) VALUES ('tally', 'Tally test topic')");
            for (int p = 0; p < POSITIONS.length; p++) {
                s.execute("INSERT INTO position (topic_id, id, description, ordinal) VALUES ('tally', '" + POSITIONS[p]
                        + "', 'Position " + p + "', " + p + ")");
            }
            for (String actor : ACTORS) {
                s.execute("INSERT INTO actor (code, kind, name) VALUES ('" + actor + "', 'state', 'Test state " + actor
                        + "')");
            }
        }
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @BeforeEach
    void empty() throws SQLException {
        try (Connection c = database.connect();
                Statement s = c.createStatement()) {
            s.execute("DELETE FROM article WHERE source = 'tally-test'");
        }
    }

    @Test
    void tallies_follow_inserts_copies_updates_and_deletes() throws Exception {
        Random random = new Random(42);
        List<Long> articles = articles(61);
        try (Connection c = database.connect()) {
            insertStances(c, articles.subList(0, 30), random);
            assertTalliesMatchStances();

            // COPY, as the bulk loader writes stances.
            StringBuilder rows = new StringBuilder();
            for (long article : articles.subList(30, 60)) {
                for (String actor : ACTORS) {
                    rows.append(article)
                            .append('\t')
                            .append(actor)
                            .append("\ttally\t")
                            .append(POSITIONS[random.nextInt(3)])
                            .append('\t')
                            .append(random.nextBoolean() ? "support" : "oppose")
                            .append('\t')
                            .append(randomDay(random))
                            .append("\tday\tcopied evidence\t0\t10\tcopy\t1\t")
                            .append(random.nextInt(1001) / 1000.0)
                            .append('\n');
                }
            }
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    COPY stance (article_id, actor_code, topic_id, position_id, polarity, stance_date, date_precision,
                                 evidence, evidence_start, evidence_end, extractor_name, extractor_version, confidence)
                    FROM STDIN""", new StringReader(rows.toString()));
            assertTalliesMatchStances();

            try (Statement s = c.createStatement()) {
                s.executeUpdate("""
                        UPDATE stance s SET polarity = CASE polarity WHEN 'support' THEN 'oppose' ELSE 'support' END
                        WHERE topic_id = 'tally' AND id % 3 = 0
                          AND NOT EXISTS (SELECT 1 FROM stance o
                                          WHERE o.article_id = s.article_id AND o.actor_code = s.actor_code
                                            AND o.topic_id = s.topic_id AND o.position_id = s.position_id AND o.id <> s.id)""");
                assertTalliesMatchStances();
                s.executeUpdate(
                        "UPDATE stance SET stance_date = stance_date + 40 WHERE topic_id = 'tally' AND id % 4 = 1");
                assertTalliesMatchStances();
                s.executeUpdate(
                        "UPDATE stance SET confidence = confidence / 2 WHERE topic_id = 'tally' AND id % 5 = 2");
                assertTalliesMatchStances();
                s.executeUpdate("UPDATE stance SET stance_date = NULL, date_precision = 'unknown' "
                        + "WHERE topic_id = 'tally' AND id % 7 = 3");
                assertTalliesMatchStances();
                // Changes nothing the tallies count: no tally row may change either.
                String before = tallyRowVersions(s);
                s.executeUpdate("UPDATE stance SET evidence = evidence || '.' WHERE topic_id = 'tally'");
                assertThat(tallyRowVersions(s)).isEqualTo(before);
                // An upsert, as re-extraction writes: inserts and updates in one statement.
                s.executeUpdate("""
                        INSERT INTO stance (article_id, actor_code, topic_id, position_id, polarity, stance_date, date_precision,
                                            evidence, evidence_start, evidence_end, extractor_name, extractor_version, confidence)
                        SELECT article_id, actor_code, topic_id, position_id, polarity, DATE '2019-01-15', 'day', evidence,
                               evidence_start, evidence_end, extractor_name, extractor_version, 0.25
                        FROM stance WHERE topic_id = 'tally' AND id %% 2 = 0
                        UNION ALL
                        SELECT %d, 'AAA', 'tally', 'p1', 'support', DATE '2019-02-01', 'day', 'new', 500, 510, 'upsert', '1', 0.5
                        ON CONFLICT ON CONSTRAINT uq_stance DO UPDATE
                        SET stance_date = excluded.stance_date, date_precision = excluded.date_precision, confidence = excluded.confidence""".formatted(articles.get(60)));
                assertTalliesMatchStances();

                s.executeUpdate("DELETE FROM stance WHERE topic_id = 'tally' AND id % 3 = 1");
                assertTalliesMatchStances();
                // The cascade of an article deletion.
                s.executeUpdate("DELETE FROM article WHERE source = 'tally-test' AND id % 2 = 0");
                assertTalliesMatchStances();
                s.executeUpdate("DELETE FROM article WHERE source = 'tally-test'");
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM stance_tally WHERE topic_id = 'tally'")) {
                    rs.next();
                    assertThat(rs.getLong(1))
                            .as("no tally outlives its stances")
                            .isZero();
                }
            }
        }
    }

    @Test
    void weeks_start_on_monday_and_months_on_the_first() throws Exception {
        List<Long> articles = articles(3);
        try (Connection c = database.connect();
                PreparedStatement insert = c.prepareStatement("""
                INSERT INTO stance (article_id, actor_code, topic_id, position_id, polarity, stance_date, date_precision,
                                    evidence, evidence_start, evidence_end, extractor_name, extractor_version, confidence)
                VALUES (?, 'AAA', 'tally', 'p1', ?, ?, 'day', 'e', ?, ?, 'x', '1', ?)""")) {
            // Sunday 2018-09-16 and Monday 2018-09-17 fall in different weeks, the same month.
            Object[][] stances = {
                {"support", "2018-09-16", 0.9}, {"oppose", "2018-09-17", 0.6}, {"oppose", "2018-09-18", 0.3}
            };
            for (int i = 0; i < stances.length; i++) {
                insert.setLong(1, articles.get(i));
                insert.setString(2, (String) stances[i][0]);
                insert.setObject(3, LocalDate.parse((String) stances[i][1]));
                insert.setInt(4, i * 10);
                insert.setInt(5, i * 10 + 5);
                insert.setDouble(6, (Double) stances[i][2]);
                insert.executeUpdate();
            }
            assertThat(tallies(c))
                    .containsExactly(
                            "month 2018-09-01 1 2 900000 900000",
                            "week 2018-09-10 1 0 900000 0",
                            "week 2018-09-17 0 2 0 900000");
        }
    }

    @Test
    void concurrent_writers_on_the_same_periods_neither_deadlock_nor_lose_counts() throws Exception {
        List<Long> articles = articles(40);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                List<Long> mine = articles.subList(w * 10, w * 10 + 10);
                Random random = new Random(w);
                writers.add(pool.submit((Callable<Void>) () -> {
                    for (long article : mine) {
                        try (Connection c = database.connect()) {
                            c.setAutoCommit(false);
                            insertStances(c, List.of(article), random);
                            c.commit();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertTalliesMatchStances();
    }

    /** All stances of the test fall in two months of 2018, so writers share tally rows. */
    private static String randomDay(Random random) {
        return LocalDate.of(2018, 9, 1).plusDays(random.nextInt(61)).toString();
    }

    private static List<Long> articles(int count) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = database.connect();
                PreparedStatement insert = c.prepareStatement("""
                INSERT INTO article (source, external_id, title, published, body, content_hash)
                VALUES ('tally-test', ?, 'Tally test', DATE '2018-11-01', 'body', md5(?) || md5(?)) RETURNING id""")) {
            for (int i = 0; i < count; i++) {
                String key = "tally-" + System.nanoTime() + "-" + i;
                insert.setString(1, key);
                insert.setString(2, key);
                insert.setString(3, key + "b");
                try (ResultSet rs = insert.executeQuery()) {
                    rs.next();
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static void insertStances(Connection c, List<Long> articles, Random random) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO stance (article_id, actor_code, topic_id, position_id, polarity, stance_date, date_precision,
                                    evidence, evidence_start, evidence_end, extractor_name, extractor_version, confidence)
                VALUES (?, ?, 'tally', ?, ?, ?, 'day', 'evidence', ?, ?, 'insert', '1', ?)""")) {
            for (long article : articles) {
                // Six different (actor, position, polarity) keys: an article reports each stance once.
                List<Integer> keys = new ArrayList<>();
                for (int key = 0; key < ACTORS.length * POSITIONS.length * 2; key++) {
                    keys.add(key);
                }
                Collections.shuffle(keys, random);
                for (int k = 0; k < 6; k++) {
                    int key = keys.get(k);
                    insert.setLong(1, article);
                    insert.setString(2, ACTORS[key / (POSITIONS.length * 2)]);
                    insert.setString(3, POSITIONS[key / 2 % POSITIONS.length]);
                    insert.setString(4, key % 2 == 0 ? "support" : "oppose");
                    insert.setObject(5, LocalDate.parse(randomDay(random)));
                    insert.setInt(6, k * 100);
                    insert.setInt(7, k * 100 + 20);
                    insert.setDouble(8, random.nextInt(1001) / 1000.0);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static List<String> tallies(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                SELECT granularity || ' ' || period || ' ' || support || ' ' || oppose || ' '
                       || support_weight || ' ' || oppose_weight
                FROM stance_tally WHERE topic_id = 'tally' ORDER BY granularity, period""")) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    /** Every row version of the topic's tallies: a row an update touched gets a new one. */
    private static String tallyRowVersions(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery(
                "SELECT string_agg(ctid::text || xmin::text, ',' ORDER BY ctid) FROM stance_tally WHERE topic_id = 'tally'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The tallies, compared both ways with the stances summed afresh. */
    private static void assertTalliesMatchStances() throws SQLException {
        String fresh = """
                SELECT s.topic_id, g.granularity, s.actor_code, s.position_id,
                       date_trunc(g.granularity, s.stance_date::timestamp)::date AS period,
                       count(*) FILTER (WHERE s.polarity = 'support')::int AS support,
                       count(*) FILTER (WHERE s.polarity = 'oppose')::int AS oppose,
                       coalesce(sum(round(s.confidence * 1000000)::bigint) FILTER (WHERE s.polarity = 'support'), 0) AS support_weight,
                       coalesce(sum(round(s.confidence * 1000000)::bigint) FILTER (WHERE s.polarity = 'oppose'), 0) AS oppose_weight
                FROM stance s CROSS JOIN (VALUES ('week'), ('month')) g (granularity)
                WHERE s.stance_date IS NOT NULL AND s.topic_id = 'tally'
                GROUP BY 1, 2, 3, 4, 5""";
        String kept = """
                SELECT topic_id, granularity, actor_code, position_id, period, support, oppose, support_weight, oppose_weight
                FROM stance_tally WHERE topic_id = 'tally'""";
        try (Connection c = database.connect();
                Statement s = c.createStatement()) {
            assertThat(count(s, "(" + fresh + ") EXCEPT (" + kept + ")"))
                    .as("stance sums missing from the tallies")
                    .isZero();
            assertThat(count(s, "(" + kept + ") EXCEPT (" + fresh + ")"))
                    .as("tallies that are not the stance sums")
                    .isZero();
            assertThat(count(s, kept)).as("tally rows").isPositive();
        }
    }

    private static long count(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM (" + query + ") q")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
