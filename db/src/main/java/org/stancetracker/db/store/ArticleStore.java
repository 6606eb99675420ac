package org.stancetracker.db.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.stancetracker.core.article.Article;
import org.stancetracker.core.stance.Finding;
import org.stancetracker.core.stance.Stance;
import org.stancetracker.core.stance.StanceDate;

/**
 * Writes articles and their stances, a batch per transaction: either the whole batch is stored or
 * none of it. An article whose key or text is already stored is skipped, so a reload writes nothing.
 */
public final class ArticleStore {
    private final DataSource dataSource;

    public ArticleStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One article and the stances extracted from it. */
    public record Extracted(Article article, List<Stance> stances) {
        public Extracted {
            stances = List.copyOf(stances);
            for (Stance stance : stances) {
                if (!stance.article().equals(article.key())) {
                    throw new IllegalArgumentException("stance of " + stance.article() + " given with article " + article.key());
                }
            }
        }
    }

    /** Stores a batch in one transaction; returns each article's outcome, in order. */
    public List<StoreOutcome> store(List<Extracted> batch) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<StoreOutcome> outcomes = store(connection, batch);
                connection.commit();
                return outcomes;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static List<StoreOutcome> store(Connection connection, List<Extracted> batch) throws SQLException {
        List<StoreOutcome> outcomes = new ArrayList<>(batch.size());
        try (PreparedStatement insertArticle = connection.prepareStatement("""
                INSERT INTO article (source, external_id, url, title, published, body, content_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                RETURNING id""");
             PreparedStatement sameKey = connection.prepareStatement(
                     "SELECT content_hash FROM article WHERE source = ? AND external_id = ?");
             PreparedStatement insertStance = connection.prepareStatement("""
                INSERT INTO stance (article_id, actor_code, topic_id, position_id, polarity, stance_date,
                                    date_precision, evidence, evidence_start, evidence_end,
                                    extractor_name, extractor_version, confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                RETURNING id""");
             PreparedStatement insertFinding = connection.prepareStatement("""
                INSERT INTO stance_evidence (stance_id, extractor_name, extractor_version, evidence, evidence_start,
                                             evidence_end, stance_date, date_precision, confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT ON CONSTRAINT uq_stance_evidence DO NOTHING""")) {
            for (Extracted extracted : batch) {
                Article article = extracted.article();
                String hash = article.contentHash().hex();
                insertArticle.setString(1, article.key().source());
                insertArticle.setString(2, article.key().externalId());
                insertArticle.setString(3, article.url().orElse(null));
                insertArticle.setString(4, article.title().orElse(null));
                if (article.published().isPresent()) {
                    insertArticle.setDate(5, Date.valueOf(article.published().get()));
                } else {
                    insertArticle.setNull(5, Types.DATE);
                }
                insertArticle.setString(6, article.text());
                insertArticle.setString(7, hash);
                Long id = null;
                try (ResultSet rs = insertArticle.executeQuery()) {
                    if (rs.next()) {
                        id = rs.getLong(1);
                    }
                }
                if (id == null) {
                    outcomes.add(whyNotInserted(sameKey, article, hash));
                    continue;
                }
                for (Stance stance : extracted.stances()) {
                    long stanceId = insertStance(insertStance, id, stance);
                    for (Finding finding : stance.findings()) {
                        addFinding(insertFinding, stanceId, finding);
                    }
                }
                outcomes.add(StoreOutcome.STORED);
            }
            insertFinding.executeBatch();
        }
        return outcomes;
    }

    private static StoreOutcome whyNotInserted(PreparedStatement sameKey, Article article, String hash) throws SQLException {
        sameKey.setString(1, article.key().source());
        sameKey.setString(2, article.key().externalId());
        try (ResultSet rs = sameKey.executeQuery()) {
            if (rs.next() && !rs.getString(1).equals(hash)) {
                return StoreOutcome.CHANGED_TEXT;
            }
        }
        return StoreOutcome.ALREADY_PRESENT;
    }

    private static void addFinding(PreparedStatement insert, long stanceId, Finding finding) throws SQLException {
        insert.setLong(1, stanceId);
        insert.setString(2, finding.extractor().name());
        insert.setString(3, finding.extractor().version());
        insert.setString(4, finding.evidence().text());
        insert.setInt(5, finding.evidence().start());
        insert.setInt(6, finding.evidence().end());
        setDate(insert, 7, finding.date());
        insert.setString(8, finding.date().precision().word());
        insert.setDouble(9, finding.confidence());
        insert.addBatch();
    }

    private static void setDate(PreparedStatement statement, int index, StanceDate date) throws SQLException {
        if (date.date().isPresent()) {
            statement.setDate(index, Date.valueOf(date.date().get()));
        } else {
            statement.setNull(index, Types.DATE);
        }
    }

    private static long insertStance(PreparedStatement insert, long articleId, Stance stance) throws SQLException {
        insert.setLong(1, articleId);
        insert.setString(2, stance.actor().value());
        insert.setString(3, stance.topic().value());
        insert.setString(4, stance.position().value());
        insert.setString(5, stance.polarity().word());
        setDate(insert, 6, stance.date());
        insert.setString(7, stance.date().precision().word());
        insert.setString(8, stance.evidence().text());
        insert.setInt(9, stance.evidence().start());
        insert.setInt(10, stance.evidence().end());
        insert.setString(11, stance.extractor().name());
        insert.setString(12, stance.extractor().version());
        insert.setDouble(13, stance.confidence());
        try (ResultSet rs = insert.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
