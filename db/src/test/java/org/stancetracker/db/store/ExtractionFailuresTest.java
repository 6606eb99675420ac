package org.stancetracker.db.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancetracker.core.article.Article;
import org.stancetracker.core.article.ArticleKey;
import org.stancetracker.core.stance.ExtractorRef;
import org.stancetracker.db.Database;
import org.stancetracker.db.DatabaseSettings;
import org.stancetracker.extraction.ExtractorFailure;

/** An article is stored with the extractors that failed on it, in its own transaction, and only when it is stored. */
class ExtractionFailuresTest {
    private static final ExtractorRef BROKEN = new ExtractorRef("broken", "1.0");

    @TempDir
    static Path home;

    static Database database;
    static ArticleStore store;
    static ExtractionFailures failures;

    @BeforeAll
    static void open() {
        database = Database.open(DatabaseSettings.embeddedAt(home));
        database.migrate();
        store = new ArticleStore(database.dataSource());
        failures = new ExtractionFailures(database.dataSource());
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @BeforeEach
    void empty() throws SQLException {
        try (Connection c = database.connect();
                Statement s = c.createStatement()) {
            s.execute("TRUNCATE article CASCADE");
        }
    }

    @Test
    void a_stored_article_is_stored_with_the_extractors_that_failed_on_it() throws SQLException {
        Article failed = article("a", "Turkey called for a ceasefire.");
        Article clean = article("b", "Russia opposed a ceasefire.");
        store.store(List.of(
                new ArticleStore.Extracted(
                        failed, List.of(), List.of(failure(failed, "java.lang.IllegalStateException: boom"))),
                new ArticleStore.Extracted(clean, List.of())));

        assertThat(failures.pendingByExtractor()).isEqualTo(Map.of("broken", 1L));
        assertThat(rows()).containsExactly("broken|1.0|test:a|java.lang.IllegalStateException: boom");
    }

    @Test
    void an_article_already_stored_keeps_the_failures_it_had() throws SQLException {
        Article article = article("a", "Turkey called for a ceasefire.");
        store.store(List.of(new ArticleStore.Extracted(article, List.of())));
        List<StoreOutcome> again =
                store.store(List.of(new ArticleStore.Extracted(article, List.of(), List.of(failure(article, "boom")))));

        assertThat(again).containsExactly(StoreOutcome.ALREADY_PRESENT);
        assertThat(failures.pendingByExtractor())
                .as("its extraction was not stored, so neither is its failure")
                .isEmpty();
    }

    @Test
    void an_article_the_database_refuses_leaves_no_failure_behind_and_the_others_keep_theirs() throws SQLException {
        Article refused = new Article(
                new ArticleKey("test", longId()),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                "France warned against an offensive.");
        Article stored = article("b", "Russia opposed a ceasefire.");
        List<ArticleStore.ArticleResult> results = store.storeOneByOne(
                List.of(
                        new ArticleStore.Extracted(refused, List.of(), List.of(failure(refused, "boom"))),
                        new ArticleStore.Extracted(stored, List.of(), List.of(failure(stored, "boom")))),
                Optional.empty());

        assertThat(results.get(0).refusal()).isPresent();
        assertThat(results.get(1).outcome()).contains(StoreOutcome.STORED);
        assertThat(rows()).containsExactly("broken|1.0|test:b|boom");
    }

    @Test
    void a_reason_holding_a_nul_does_not_make_the_database_refuse_the_article() throws SQLException {
        Article article = article("a", "Turkey called for a ceasefire.");
        List<StoreOutcome> outcomes = store.store(
                List.of(new ArticleStore.Extracted(article, List.of(), List.of(failure(article, "bad\u0000byte")))));
        assertThat(outcomes).containsExactly(StoreOutcome.STORED);
        assertThat(rows()).containsExactly("broken|1.0|test:a|bad\uFFFDbyte");
    }

    private static ExtractorFailure failure(Article article, String reason) {
        return new ExtractorFailure(BROKEN, article.key(), reason, Optional.empty());
    }

    private static Article article(String id, String text) {
        return new Article(new ArticleKey("test", id), Optional.empty(), Optional.empty(), Optional.empty(), text);
    }

    /** An id too large for the btree index of (source, external_id): PostgreSQL refuses the row (SQLSTATE 54000). */
    private static String longId() {
        Random random = new Random(7);
        StringBuilder id = new StringBuilder();
        while (id.length() < 12_000) {
            id.append((char) ('a' + random.nextInt(26))).append((char) ('A' + random.nextInt(26)));
        }
        return id.toString();
    }

    private static List<String> rows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = database.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                     SELECT f.extractor_name || '|' || f.extractor_version || '|' || a.source || ':' || a.external_id || '|' || f.reason
                     FROM extraction_failure f JOIN article a ON a.id = f.article_id ORDER BY 1""")) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
