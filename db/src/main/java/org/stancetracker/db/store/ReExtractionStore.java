package org.stancetracker.db.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.stancetracker.core.article.Article;
import org.stancetracker.core.article.ArticleKey;
import org.stancetracker.core.stance.Finding;
import org.stancetracker.core.stance.Stance;

/**
 * Re-extraction: reads stored articles in batches, and replaces some extractors' findings of a batch
 * with new ones in one transaction. Stances left without findings go; stances that gain their first
 * finding come; every touched stance's lead finding, date and confidence are recomputed.
 */
public final class ReExtractionStore {
    private final DataSource dataSource;

    public ReExtractionStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A stored article and its row id. */
    public record StoredArticle(long id, Article article) {
    }

    /** Hands the stored articles to the consumer in batches, in id order, streaming through a cursor. */
    public long forEachBatch(int batchSize, Consumer<List<StoredArticle>> consumer) throws SQLException {
        long count = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, source, external_id, url, title, published, body FROM article ORDER BY id")) {
                query.setFetchSize(batchSize);
                try (ResultSet rs = query.executeQuery()) {
                    List<StoredArticle> batch = new ArrayList<>(batchSize);
                    while (rs.next()) {
                        Date published = rs.getDate(6);
                        batch.add(new StoredArticle(rs.getLong(1), new Article(new ArticleKey(rs.getString(2), rs.getString(3)),
                                Optional.ofNullable(rs.getString(4)), Optional.ofNullable(rs.getString(5)),
                                Optional.ofNullable(published).map(Date::toLocalDate), rs.getString(7))));
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

    /**
     * Replaces the findings of the given extractors (on the given topic, or all) for these articles
     * with the stances given, atomically.
     */
    public void replace(List<Long> articleIds, List<String> extractors, Optional<String> topic, List<Long> stanceArticleIds,
                        List<Stance> stances) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Long[] ids = articleIds.toArray(Long[]::new);
                String[] names = extractors.toArray(String[]::new);
                try (PreparedStatement delete = connection.prepareStatement("""
                        DELETE FROM stance_evidence e USING stance s
                        WHERE e.stance_id = s.id AND s.article_id = ANY (?) AND e.extractor_name = ANY (?)
                          AND (?::text IS NULL OR s.topic_id = ?)""")) {
                    delete.setArray(1, connection.createArrayOf("bigint", ids));
                    delete.setArray(2, connection.createArrayOf("text", names));
                    delete.setString(3, topic.orElse(null));
                    delete.setString(4, topic.orElse(null));
                    delete.executeUpdate();
                }
                try (PreparedStatement upsert = connection.prepareStatement("""
                        INSERT INTO stance (article_id, actor_code, topic_id, position_id, polarity, stance_date, date_precision,
                                            evidence, evidence_start, evidence_end, extractor_name, extractor_version, confidence)
                        VALUES (?, ?, ?, ?, ?, NULL, 'unknown', ?, ?, ?, ?, ?, ?)
                        ON CONFLICT ON CONSTRAINT uq_stance DO UPDATE SET polarity = excluded.polarity
                        RETURNING id""")) {
                    long[] stanceIds = new long[stances.size()];
                    for (int i = 0; i < stances.size(); i++) {
                        Stance s = stances.get(i);
                        upsert.setLong(1, stanceArticleIds.get(i));
                        upsert.setString(2, s.actor().value());
                        upsert.setString(3, s.topic().value());
                        upsert.setString(4, s.position().value());
                        upsert.setString(5, s.polarity().word());
                        upsert.setString(6, s.evidence().text());
                        upsert.setInt(7, s.evidence().start());
                        upsert.setInt(8, s.evidence().end());
                        upsert.setString(9, s.extractor().name());
                        upsert.setString(10, s.extractor().version());
                        upsert.setDouble(11, s.confidence());
                        try (ResultSet rs = upsert.executeQuery()) {
                            rs.next();
                            stanceIds[i] = rs.getLong(1);
                        }
                    }
                    // This extractor's earlier findings were deleted above, so the new ones cannot collide.
                    ArticleStore.storeFindings(connection, stances, stanceIds);
                }
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
