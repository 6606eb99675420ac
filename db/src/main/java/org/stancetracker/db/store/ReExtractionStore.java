package org.stancetracker.db.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.stancetracker.core.article.Article;
import org.stancetracker.core.article.ArticleKey;
import org.stancetracker.core.stance.Stance;
import org.stancetracker.extraction.ExtractionRunner;
import org.stancetracker.extraction.ExtractorFailure;

/**
 * Re-extraction: reads stored articles in batches, and replaces some extractors' findings of a batch
 * with new ones in one transaction. Stances left without findings go; stances that gain their first
 * finding come; every touched stance's lead finding, date and confidence are recomputed. The record
 * of failed extractions ({@link ExtractionFailures}) is replaced in the same transaction.
 */
public final class ReExtractionStore {
    private final DataSource dataSource;

    public ReExtractionStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A stored article and its row id. */
    public record StoredArticle(long id, Article article) {}

    /** Hands the stored articles to the consumer in batches, in id order, streaming through a cursor. */
    public long forEachBatch(int batchSize, Consumer<List<StoredArticle>> consumer) throws SQLException {
        return forEachBatch(batchSize, Optional.empty(), consumer);
    }

    /**
     * Hands the stored articles to the consumer in batches, in id order, streaming through a cursor:
     * all of them, or those on which the named extractor failed. The failures are read as they were
     * when the query started, so the consumer may clear them as it goes.
     */
    public long forEachBatch(int batchSize, Optional<String> failedIn, Consumer<List<StoredArticle>> consumer)
            throws SQLException {
        if (failedIn.isEmpty()) {
            return forEachBatch(
                    "SELECT id, source, external_id, url, title, published, body FROM article ORDER BY id",
                    List.of(),
                    batchSize,
                    consumer);
        }
        return forEachBatch("""
                SELECT a.id, a.source, a.external_id, a.url, a.title, a.published, a.body
                FROM extraction_failure f JOIN article a ON a.id = f.article_id
                WHERE f.extractor_name = ? ORDER BY a.id""", List.of(failedIn.get()), batchSize, consumer);
    }

    /**
     * Hands the stored articles whose ids are in {@code [firstId, lastId]} to the consumer in batches, in
     * id order: one slice of the articles, for jobs that split them by id range (the Spark job).
     */
    public long forEachBatch(long firstId, long lastId, int batchSize, Consumer<List<StoredArticle>> consumer)
            throws SQLException {
        return forEachBatch(
                "SELECT id, source, external_id, url, title, published, body FROM article"
                        + " WHERE id BETWEEN ? AND ? ORDER BY id",
                List.of(firstId, lastId),
                batchSize,
                consumer);
    }

    /** The articles a query gives (id, source, external_id, url, title, published, body), in batches. */
    private long forEachBatch(
            String sql, List<Object> parameters, int batchSize, Consumer<List<StoredArticle>> consumer)
            throws SQLException {
        long count = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    query.setObject(i + 1, parameters.get(i));
                }
                query.setFetchSize(batchSize);
                try (ResultSet rs = query.executeQuery()) {
                    List<StoredArticle> batch = new ArrayList<>(batchSize);
                    while (rs.next()) {
                        Date published = rs.getDate(6);
                        batch.add(new StoredArticle(
                                rs.getLong(1),
                                new Article(
                                        new ArticleKey(rs.getString(2), rs.getString(3)),
                                        Optional.ofNullable(rs.getString(4)),
                                        Optional.ofNullable(rs.getString(5)),
                                        Optional.ofNullable(published).map(Date::toLocalDate),
                                        rs.getString(7))));
                        count++;
                        if (batch.size() == batchSize) {
                            consumer.accept(batch);
                            batch = new ArrayList<>(batchSize);
                        }
                    }
                    if (!batch.isEmpty()) {
                        consumer.accept(batch);
                    }
                }
            }
            connection.commit();
        }
        return count;
    }

    /** An extractor that failed on a stored article during re-extraction. */
    public record FailedArticle(long articleId, ExtractorFailure failure) {}

    /**
     * Replaces the findings of the extractors named for a batch of stored articles with what running
     * them again gave ({@code results}, in the batch's order), keeping only the stances on {@code topic}
     * when one is given; returns the failures, recorded with the batch.
     */
    public List<FailedArticle> replace(
            List<StoredArticle> batch,
            List<ExtractionRunner.Result> results,
            List<String> extractors,
            Optional<String> topic)
            throws SQLException {
        List<Long> stanceArticles = new ArrayList<>();
        List<Stance> stances = new ArrayList<>();
        List<FailedArticle> failedArticles = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            for (Stance stance : results.get(i).stances()) {
                if (topic.isEmpty() || stance.topic().value().equals(topic.get())) {
                    stanceArticles.add(batch.get(i).id());
                    stances.add(stance);
                }
            }
            for (ExtractorFailure failure : results.get(i).failures()) {
                failedArticles.add(new FailedArticle(batch.get(i).id(), failure));
            }
        }
        replace(
                batch.stream().map(StoredArticle::id).toList(),
                extractors,
                topic,
                stanceArticles,
                stances,
                failedArticles);
        return failedArticles;
    }

    /**
     * Replaces the findings of the given extractors (on the given topic, or all) for these articles
     * with the stances given, atomically.
     */
    public void replace(
            List<Long> articleIds,
            List<String> extractors,
            Optional<String> topic,
            List<Long> stanceArticleIds,
            List<Stance> stances)
            throws SQLException {
        replace(articleIds, extractors, topic, stanceArticleIds, stances, List.of());
    }

    /**
     * Replaces the findings of the given extractors (on the given topic, or all) for these articles
     * with the stances given, and their record of failures with the failures given, atomically. An
     * extractor that threw on an article keeps its earlier findings there: a broken upgrade must not
     * erase what the version before it found. One that succeeded on whole articles (no topic given)
     * is no longer recorded as failed there.
     */
    public void replace(
            List<Long> articleIds,
            List<String> extractors,
            Optional<String> topic,
            List<Long> stanceArticleIds,
            List<Stance> stances,
            List<FailedArticle> failures)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Long[] ids = articleIds.toArray(Long[]::new);
                String[] names = extractors.toArray(String[]::new);
                Long[] failedArticles =
                        failures.stream().map(FailedArticle::articleId).toArray(Long[]::new);
                String[] failedExtractors = failures.stream()
                        .map(f -> f.failure().extractor().name())
                        .toArray(String[]::new);
                // An extractor that threw gave nothing, so its earlier findings stay; one that gave some
                // invalid stances gave valid ones too, which replace its earlier findings as a success's would.
                List<FailedArticle> threw = failures.stream()
                        .filter(f -> f.failure().cause().isPresent())
                        .toList();
                try (PreparedStatement delete = connection.prepareStatement("""
                        DELETE FROM stance_evidence e USING stance s
                        WHERE e.stance_id = s.id AND s.article_id = ANY (?) AND e.extractor_name = ANY (?)
                          AND (?::text IS NULL OR s.topic_id = ?)
                          AND NOT EXISTS (SELECT 1 FROM unnest(?::bigint[], ?::text[]) AS f(article_id, extractor_name)
                                          WHERE f.article_id = s.article_id AND f.extractor_name = e.extractor_name)""")) {
                    delete.setArray(1, connection.createArrayOf("bigint", ids));
                    delete.setArray(2, connection.createArrayOf("text", names));
                    delete.setString(3, topic.orElse(null));
                    delete.setString(4, topic.orElse(null));
                    delete.setArray(
                            5,
                            connection.createArrayOf(
                                    "bigint",
                                    threw.stream().map(FailedArticle::articleId).toArray()));
                    delete.setArray(
                            6,
                            connection.createArrayOf(
                                    "text",
                                    threw.stream()
                                            .map(f -> f.failure().extractor().name())
                                            .toArray()));
                    delete.executeUpdate();
                }
                // Only a run over whole articles makes up for a failure: one on a topic stored that
                // topic's findings alone.
                if (topic.isEmpty()) {
                    try (PreparedStatement clear = connection.prepareStatement(
                            "DELETE FROM extraction_failure WHERE extractor_name = ANY (?) AND article_id = ANY (?)")) {
                        clear.setArray(1, connection.createArrayOf("text", names));
                        clear.setArray(2, connection.createArrayOf("bigint", ids));
                        clear.executeUpdate();
                    }
                }
                if (!failures.isEmpty()) {
                    ExtractionFailures.record(
                            connection,
                            List.of(failedArticles),
                            List.of(failedExtractors),
                            failures.stream()
                                    .map(f -> f.failure().extractor().version())
                                    .toList(),
                            failures.stream().map(f -> f.failure().reason()).toList());
                }
                // One statement for the batch: every statement on stance runs the stance_tally trigger
                // once, and a statement per stance made re-extraction pay that once per stance. An
                // upsert may touch each key once, so stances of one key (the same stance found at two
                // places) share one row.
                record Key(long article, String actor, String topic, String position, String polarity) {}
                Map<Key, Integer> firstOfKey = new LinkedHashMap<>();
                Key[] keys = new Key[stances.size()];
                for (int i = 0; i < stances.size(); i++) {
                    Stance s = stances.get(i);
                    keys[i] = new Key(
                            stanceArticleIds.get(i),
                            s.actor().value(),
                            s.topic().value(),
                            s.position().value(),
                            s.polarity().word());
                    firstOfKey.putIfAbsent(keys[i], i);
                }
                int rows = firstOfKey.size();
                Long[] articles = new Long[rows];
                String[] actors = new String[rows];
                String[] topics = new String[rows];
                String[] positions = new String[rows];
                String[] polarities = new String[rows];
                String[] evidence = new String[rows];
                Integer[] starts = new Integer[rows];
                Integer[] ends = new Integer[rows];
                String[] extractorNames = new String[rows];
                String[] extractorVersions = new String[rows];
                Double[] confidences = new Double[rows];
                int row = 0;
                for (int i : firstOfKey.values()) {
                    Stance s = stances.get(i);
                    articles[row] = keys[i].article();
                    actors[row] = keys[i].actor();
                    topics[row] = keys[i].topic();
                    positions[row] = keys[i].position();
                    polarities[row] = keys[i].polarity();
                    evidence[row] = s.evidence().text();
                    starts[row] = s.evidence().start();
                    ends[row] = s.evidence().end();
                    extractorNames[row] = s.extractor().name();
                    extractorVersions[row] = s.extractor().version();
                    confidences[row] = s.confidence();
                    row++;
                }
                Map<Key, Long> idOfKey = new HashMap<>();
                try (PreparedStatement upsert = connection.prepareStatement("""
                        INSERT INTO stance (article_id, actor_code, topic_id, position_id, polarity, stance_date, date_precision,
                                            evidence, evidence_start, evidence_end, extractor_name, extractor_version, confidence)
                        SELECT article_id, actor_code, topic_id, position_id, polarity, NULL, 'unknown',
                               evidence, evidence_start, evidence_end, extractor_name, extractor_version, confidence
                        FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::int[],
                                    ?::text[], ?::text[], ?::float8[])
                             AS u (article_id, actor_code, topic_id, position_id, polarity, evidence, evidence_start,
                                   evidence_end, extractor_name, extractor_version, confidence)
                        ON CONFLICT ON CONSTRAINT uq_stance DO UPDATE SET polarity = excluded.polarity
                        RETURNING id, article_id, actor_code, topic_id, position_id, polarity""")) {
                    upsert.setArray(1, connection.createArrayOf("bigint", articles));
                    upsert.setArray(2, connection.createArrayOf("text", actors));
                    upsert.setArray(3, connection.createArrayOf("text", topics));
                    upsert.setArray(4, connection.createArrayOf("text", positions));
                    upsert.setArray(5, connection.createArrayOf("text", polarities));
                    upsert.setArray(6, connection.createArrayOf("text", evidence));
                    upsert.setArray(7, connection.createArrayOf("integer", starts));
                    upsert.setArray(8, connection.createArrayOf("integer", ends));
                    upsert.setArray(9, connection.createArrayOf("text", extractorNames));
                    upsert.setArray(10, connection.createArrayOf("text", extractorVersions));
                    upsert.setArray(11, connection.createArrayOf("float8", confidences));
                    try (ResultSet rs = upsert.executeQuery()) {
                        while (rs.next()) {
                            idOfKey.put(
                                    new Key(
                                            rs.getLong(2),
                                            rs.getString(3),
                                            rs.getString(4),
                                            rs.getString(5),
                                            rs.getString(6)),
                                    rs.getLong(1));
                        }
                    }
                }
                long[] stanceIds = new long[stances.size()];
                for (int i = 0; i < stances.size(); i++) {
                    stanceIds[i] = idOfKey.get(keys[i]);
                }
                // This extractor's earlier findings were deleted above, so the new ones cannot collide.
                ArticleStore.storeFindings(connection, stances, stanceIds);
                try (PreparedStatement orphans = connection.prepareStatement("""
                        DELETE FROM stance s WHERE s.article_id = ANY (?)
                          AND NOT EXISTS (SELECT 1 FROM stance_evidence e WHERE e.stance_id = s.id)""");
                        PreparedStatement lead = connection.prepareStatement("""
                        UPDATE stance s SET
                            evidence = f.evidence, evidence_start = f.evidence_start, evidence_end = f.evidence_end,
                            extractor_name = f.extractor_name, extractor_version = f.extractor_version,
                            confidence = (SELECT max(e.confidence) FROM stance_evidence e WHERE e.stance_id = s.id),
                            stance_date = d.stance_date,
                            date_precision = coalesce(d.date_precision, 'unknown')
                        FROM stance t
                        CROSS JOIN LATERAL (SELECT * FROM stance_evidence e WHERE e.stance_id = t.id
                                            ORDER BY e.evidence_start, e.extractor_name LIMIT 1) f
                        LEFT JOIN LATERAL (SELECT e.stance_date, e.date_precision FROM stance_evidence e
                                           WHERE e.stance_id = t.id AND e.stance_date IS NOT NULL
                                           ORDER BY e.evidence_start, e.extractor_name LIMIT 1) d ON true
                        WHERE s.id = t.id AND t.article_id = ANY (?)""")) {
                    orphans.setArray(1, connection.createArrayOf("bigint", ids));
                    orphans.executeUpdate();
                    lead.setArray(1, connection.createArrayOf("bigint", ids));
                    lead.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            // After the commit and outside its rollback: the change is stored whatever happens here.
            DataVersion.bump(connection);
        }
    }
}
