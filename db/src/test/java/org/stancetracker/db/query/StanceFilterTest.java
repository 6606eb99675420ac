package org.stancetracker.db.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancetracker.db.Database;
import org.stancetracker.db.DatabaseSettings;

/**
 * {@link StanceFilter} against a real PostgreSQL: every combination of filters selects exactly the
 * stances that a plain Java reading of the filter selects, and the tally conditions exactly the
 * periods that begin in the range.
 */
class StanceFilterTest {
    private static final String[] TOPICS = {"filter-a", "filter-b"};
    private static final String[] ACTORS = {"FAA", "FAB", "FAC"};
    /** The same position ids in both topics, so that only the topic tells them apart. */
    private static final String[] POSITIONS = {"p1", "p2"};

    private static final LocalDate FIRST_DAY = LocalDate.of(2018, 8, 27);

    /** A stance as inserted, to check the database's answer against. */
    private record Stored(
            long id, String topic, String actor, String position, String polarity, LocalDate date, long article) {}

    @TempDir
    static Path home;

    static Database database;
    static final List<Stored> stances = new ArrayList<>();
    static final List<Long> articles = new ArrayList<>();

    @BeforeAll
    static void open() throws SQLException {
        database = Database.open(DatabaseSettings.embeddedAt(home));
        database.migrate();
        Random random = new Random(7);
        try (Connection c = database.connect()) {
            try (Statement s = c.createStatement()) {
                for (String topic : TOPICS) {
                    s.execute("INSERT INTO topic (id, title) VALUES ('" + topic + "', 'Filter test topic')");
                    for (int p = 0; p < POSITIONS.length; p++) {
                        s.execute("INSERT INTO position (topic_id, id, description, ordinal) VALUES ('" + topic + "', '"
                                + POSITIONS[p] + "', 'Position " + p + "', " + p + ")");
                    }
                }
                for (String actor : ACTORS) {
                    s.execute("INSERT INTO actor (code, kind, name) VALUES ('" + actor + "', 'state', 'Test state')");
                }
            }
            try (PreparedStatement article = c.prepareStatement("""
                    INSERT INTO article (source, external_id, body, content_hash) VALUES ('filter-test', ?, 'text', ?)
                    RETURNING id""")) {
                for (int i = 0; i < 4; i++) {
                    article.setString(1, "article-" + i);
                    article.setString(2, "%064x".formatted(i + 1));
                    try (ResultSet rs = article.executeQuery()) {
                        rs.next();
                        articles.add(rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO stance (article_id, actor_code, topic_id, position_id, polarity, stance_date, date_precision,
                                        evidence, evidence_start, evidence_end, extractor_name, extractor_version, confidence)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 'evidence', 0, 8, 'test', '1', 0.5)
                    RETURNING id""")) {
                for (long article : articles) {
                    for (String topic : TOPICS) {
                        for (String actor : ACTORS) {
                            for (String position : POSITIONS) {
                                for (String polarity : new String[] {"support", "oppose"}) {
                                    if (random.nextInt(3) == 0) {
                                        continue;
                                    }
                                    // Some undated; the rest over about three months, so that weeks and months both
                                    // cut.
                                    LocalDate date =
                                            random.nextInt(5) == 0 ? null : FIRST_DAY.plusDays(random.nextInt(100));
                                    insert.setLong(1, article);
                                    insert.setString(2, actor);
                                    insert.setString(3, topic);
                                    insert.setString(4, position);
                                    insert.setString(5, polarity);
                                    insert.setObject(6, date);
                                    insert.setString(7, date == null ? "unknown" : "day");
                                    try (ResultSet rs = insert.executeQuery()) {
                                        rs.next();
                                        stances.add(new Stored(
                                                rs.getLong(1), topic, actor, position, polarity, date, article));
                                    }
                                }
                            }
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
    void every_combination_of_filters_selects_exactly_the_stances_it_names() throws SQLException {
        List<Optional<LocalDate>[]> ranges = List.of(
                range(null, null),
                range("2018-09-10", null),
                range(null, "2018-10-07"),
                range("2018-09-10", "2018-10-07"),
                range("2018-09-17", "2018-09-17"));
        int checked = 0;
        try (Connection c = database.connect()) {
            for (Optional<String> topic : options(TOPICS[0], TOPICS[1])) {
                for (Optional<String> actor : options(ACTORS[1])) {
                    for (Optional<String> position : options(POSITIONS[0])) {
                        for (Optional<String> polarity : options("oppose")) {
                            for (Optional<LocalDate>[] range : ranges) {
                                for (Optional<Long> article : options(articles.get(2))) {
                                    for (boolean dated : new boolean[] {false, true}) {
                                        StanceFilter filter = StanceFilter.all()
                                                .withTopic(topic)
                                                .withActor(actor)
                                                .withPosition(position)
                                                .withPolarity(polarity)
                                                .between(range[0], range[1])
                                                .withArticle(article);
                                        if (dated) {
                                            filter = filter.dated();
                                        }
                                        assertThat(selected(c, filter))
                                                .as("%s", filter)
                                                .isEqualTo(expected(filter));
                                        checked++;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(3 * 2 * 2 * 2 * 5 * 2 * 2);
        // The data is rich enough for that to mean something: a narrow filter still finds stances.
        assertThat(expected(StanceFilter.all()
                        .withTopic(TOPICS[0])
                        .withActor(Optional.of(ACTORS[1]))
                        .withPolarity(Optional.of("oppose"))
                        .dated()))
                .isNotEmpty();
    }

    @Test
    void values_are_bound_never_written_into_the_sql() throws SQLException {
        String hostile = "x' OR '1'='1";
        StanceFilter filter = StanceFilter.all().withTopic(hostile).withActor(Optional.of(hostile));
        SqlConditions where = filter.conditions();
        assertThat(where.sql())
                .isEqualTo("WHERE s.topic_id = ? AND s.actor_code = ?")
                .doesNotContain(hostile);
        assertThat(where.values()).containsExactly(hostile, hostile);
        try (Connection c = database.connect()) {
            assertThat(selected(c, filter)).isEmpty();
        }
    }

    @Test
    void no_filter_is_no_where_clause() {
        assertThat(StanceFilter.all().conditions().sql()).isEmpty();
        assertThat(StanceFilter.all().conditions().values()).isEmpty();
    }

    @Test
    void tally_conditions_give_the_periods_that_begin_in_the_range() throws SQLException {
        try (Connection c = database.connect()) {
            for (String granularity : new String[] {"week", "month"}) {
                for (Optional<LocalDate>[] range : List.of(
                        range(null, null),
                        range("2018-09-03", "2018-10-31"),
                        range("2018-09-04", "2018-10-01"),
                        range(null, "2018-09-30"))) {
                    StanceFilter filter = StanceFilter.all()
                            .withTopic(TOPICS[1])
                            .withActor(Optional.of(ACTORS[0]))
                            .between(range[0], range[1]);
                    Set<String> expected = new TreeSet<>();
                    for (Stored s : stances) {
                        LocalDate period = s.date() == null
                                ? null
                                : granularity.equals("week")
                                        ? s.date()
                                                .minusDays(
                                                        s.date().getDayOfWeek().getValue() - 1)
                                        : s.date().withDayOfMonth(1);
                        if (period != null
                                && s.topic().equals(TOPICS[1])
                                && s.actor().equals(ACTORS[0])
                                && range[0].map(from -> !period.isBefore(from)).orElse(true)
                                && range[1].map(to -> !period.isAfter(to)).orElse(true)) {
                            expected.add(s.position() + " " + period);
                        }
                    }
                    SqlConditions where = filter.tallyConditions(granularity);
                    Set<String> selected = new TreeSet<>();
                    try (PreparedStatement query = c.prepareStatement(
                            "SELECT t.position_id || ' ' || t.period FROM stance_tally t " + where.sql())) {
                        where.bind(query, 1);
                        try (ResultSet rs = query.executeQuery()) {
                            while (rs.next()) {
                                selected.add(rs.getString(1));
                            }
                        }
                    }
                    assertThat(selected)
                            .as("%s %s", granularity, filter)
                            .isEqualTo(expected)
                            .isNotEmpty();
                }
            }
        }
    }

    @Test
    void the_tallies_cannot_filter_by_polarity_or_article() {
        assertThatThrownBy(() ->
                        StanceFilter.all().withPolarity(Optional.of("support")).tallyConditions("week"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("polarity");
        assertThatThrownBy(() -> StanceFilter.all().withArticle(Optional.of(1L)).tallyConditions("month"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("article");
    }

    private static Set<Long> selected(Connection c, StanceFilter filter) throws SQLException {
        SqlConditions where = filter.conditions();
        Set<Long> ids = new TreeSet<>();
        try (PreparedStatement query = c.prepareStatement("SELECT s.id FROM stance s " + where.sql())) {
            where.bind(query, 1);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The filter read plainly, over the stances as inserted. */
    private static Set<Long> expected(StanceFilter filter) {
        Predicate<Stored> wanted = s -> filter.topic().map(s.topic()::equals).orElse(true)
                && filter.actor().map(s.actor()::equals).orElse(true)
                && filter.position().map(s.position()::equals).orElse(true)
                && filter.polarity().map(s.polarity()::equals).orElse(true)
                && (!filter.datedOnly() || s.date() != null)
                && filter.from()
                        .map(from -> s.date() != null && !s.date().isBefore(from))
                        .orElse(true)
                && filter.to()
                        .map(to -> s.date() != null && !s.date().isAfter(to))
                        .orElse(true)
                && filter.article().map(a -> a == s.article()).orElse(true);
        Set<Long> ids = new TreeSet<>();
        stances.stream().filter(wanted).forEach(s -> ids.add(s.id()));
        return ids;
    }

    /** No filter, then each of the values. */
    @SafeVarargs
    private static <T> List<Optional<T>> options(T... values) {
        List<Optional<T>> options = new ArrayList<>();
        options.add(Optional.empty());
        for (T value : values) {
            options.add(Optional.of(value));
        }
        return options;
    }

    @SuppressWarnings("unchecked")
    private static Optional<LocalDate>[] range(String from, String to) {
        return new Optional[] {
            Optional.ofNullable(from).map(LocalDate::parse),
            Optional.ofNullable(to).map(LocalDate::parse)
        };
    }
}
