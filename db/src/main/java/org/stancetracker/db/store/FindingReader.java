package org.stancetracker.db.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.stancetracker.db.query.SqlConditions;
import org.stancetracker.db.query.StanceFilter;

/** Reads the stored findings of some articles, in text order, for scoring them against gold. */
public final class FindingReader {
    private final DataSource dataSource;

    public FindingReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One finding of a stored stance. */
    public record StoredFinding(
            String article,
            String actor,
            String position,
            String polarity,
            String extractor,
            Optional<LocalDate> date,
            String evidence) {}

    /**
     * The findings of the stored articles with these external ids, on the topic.
     *
     * @param source the articles' source, in any case ("Guardian" is "guardian"); empty for any source
     */
    public List<StoredFinding> findings(String topic, Collection<String> externalIds, Optional<String> source)
            throws SQLException {
        List<StoredFinding> findings = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            SqlConditions where = StanceFilter.all()
                    .withTopic(topic)
                    .conditions()
                    .add("a.external_id = ANY (?)", connection.createArrayOf("text", externalIds.toArray()))
                    .addIfPresent("lower(a.source) = lower(?)", source);
            PreparedStatement query = connection.prepareStatement("""
                     SELECT a.external_id, s.actor_code, s.position_id, s.polarity, e.extractor_name, e.stance_date, e.evidence
                     FROM stance s
                     JOIN article a ON a.id = s.article_id
                     JOIN stance_evidence e ON e.stance_id = s.id
                     """ + where.sql() + """

                     ORDER BY a.external_id, e.evidence_start, e.extractor_name""");
            where.bind(query, 1);
            try (query;
                    ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    Date date = rs.getDate(6);
                    findings.add(new StoredFinding(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            Optional.ofNullable(date).map(Date::toLocalDate),
                            rs.getString(7)));
                }
            }
        }
        return findings;
    }

    /**
     * Which of the given external ids are stored.
     *
     * @param source the articles' source, in any case ("Guardian" is "guardian"); empty for any source
     */
    public List<String> stored(Collection<String> externalIds, Optional<String> source) throws SQLException {
        List<String> stored = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            SqlConditions where = new SqlConditions()
                    .add("external_id = ANY (?)", connection.createArrayOf("text", externalIds.toArray()))
                    .addIfPresent("lower(source) = lower(?)", source);
            PreparedStatement query =
                    connection.prepareStatement("SELECT DISTINCT external_id FROM article " + where.sql());
            where.bind(query, 1);
            try (query;
                    ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
        }
        return stored;
    }
}
