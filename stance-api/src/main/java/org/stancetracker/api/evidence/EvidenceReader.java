package org.stancetracker.api.evidence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The evidence behind an actor's stance on a position on given days, for many (actor, position,
 * day) keys in one query that walks the timeline index: the most confident stances of each key first.
 */
@ApplicationScoped
public class EvidenceReader {
    /** One day of one actor's stances on one position. */
    public record Key(String actor, String position, LocalDate day) {}

    private static final String QUERY = """
            SELECT k.ord, s.id, s.actor_code, s.position_id, s.polarity, s.evidence, s.evidence_start, s.evidence_end,
                   s.stance_date::text, s.confidence, s.extractor_name, a.id, a.external_id, a.title, a.source, a.url, a.published::text
            FROM unnest(?::text[], ?::text[], ?::date[]) WITH ORDINALITY AS k(actor, position, day, ord)
            CROSS JOIN LATERAL (
                SELECT * FROM stance s
                WHERE s.topic_id = ? AND s.actor_code = k.actor AND s.position_id = k.position AND s.stance_date = k.day %s
                ORDER BY s.confidence DESC, s.id
                LIMIT ?) s
            JOIN article a ON a.id = s.article_id
            ORDER BY k.ord, s.confidence DESC, s.id""";

    private final AgroalDataSource dataSource;

    public EvidenceReader(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** What was read: the evidence of each key, and the citation of each article it comes from. */
    public record Found(Map<Key, List<EvidenceView>> evidence, Map<Long, ArticleCitation> citations) {}

    /** Up to {@code perKey} stances for each key, most confident first. */
    public Found evidence(String topic, List<Key> keys, int perKey) throws SQLException {
        return evidence(topic, keys, perKey, org.stancetracker.db.query.StanceFilter.all());
    }

    /**
     * Up to {@code perKey} stances for each key that also pass {@code readBy}'s source, extractor and
     * confidence filters, most confident first.
     */
    public Found evidence(String topic, List<Key> keys, int perKey, org.stancetracker.db.query.StanceFilter readBy)
            throws SQLException {
        org.stancetracker.db.query.SqlConditions extra = readBy.readByOnly().conditions();
        Map<Key, List<EvidenceView>> found = new HashMap<>();
        Map<Long, ArticleCitation> citations = new HashMap<>();
        if (keys.isEmpty()) {
            return new Found(found, citations);
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(QUERY.formatted(extra.andSql()))) {
            query.setArray(
                    1,
                    connection.createArrayOf(
                            "text", keys.stream().map(Key::actor).toArray()));
            query.setArray(
                    2,
                    connection.createArrayOf(
                            "text", keys.stream().map(Key::position).toArray()));
            query.setArray(
                    3,
                    connection.createArrayOf(
                            "date",
                            keys.stream().map(k -> Date.valueOf(k.day())).toArray()));
            query.setString(4, topic);
            int next = extra.bind(query, 5);
            query.setInt(next, perKey);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Key key = keys.get(rs.getInt(1) - 1);
                    found.computeIfAbsent(key, k -> new ArrayList<>()).add(read(rs, 2, citations));
                }
            }
        }
        return new Found(found, citations);
    }

    /**
     * Reads a stance and its article from {@code column} on, in this order: stance id, actor, position,
     * polarity, evidence, start, end, date, confidence, extractor, article id, external id, title, source, url, published.
     * The article's title and URL go to {@code citations}, once per article.
     */
    public static EvidenceView read(ResultSet rs, int column, Map<Long, ArticleCitation> citations)
            throws SQLException {
        // Dates are read as ISO text: decoding them as java.sql.Date goes through Calendar and time zones.
        String date = rs.getString(column + 7);
        String published = rs.getString(column + 15);
        return new EvidenceView(
                rs.getLong(column),
                rs.getString(column + 1),
                rs.getString(column + 2),
                rs.getString(column + 3),
                rs.getString(column + 4),
                rs.getInt(column + 5),
                rs.getInt(column + 6),
                date,
                rs.getDouble(column + 8),
                rs.getString(column + 9),
                new ArticleRef(
                        citeOnce(rs, column, citations),
                        rs.getString(column + 11),
                        rs.getString(column + 13),
                        published));
    }

    private static long citeOnce(ResultSet rs, int column, Map<Long, ArticleCitation> citations) throws SQLException {
        long article = rs.getLong(column + 10);
        if (!citations.containsKey(article)) {
            citations.put(article, new ArticleCitation(rs.getString(column + 12), rs.getString(column + 14)));
        }
        return article;
    }
}
