package org.stancetracker.api.coverage;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.stancetracker.api.request.RequestParameters;
import org.stancetracker.api.timeline.Granularity;
import org.stancetracker.db.query.SqlConditions;

/** Counts the articles about a topic (article_topic) per period of their publication day, per source. */
@ApplicationScoped
public class CoverageService {
    private final AgroalDataSource dataSource;

    public CoverageService(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Coverage coverage(
            String topic, Granularity granularity, RequestParameters.DateRange range, List<String> sources)
            throws SQLException {
        SqlConditions where = new SqlConditions()
                .add("t.topic_id = ?", topic)
                .addIfPresent(
                        "(a.published IS NULL OR a.published >= ?)",
                        range.from().map(java.sql.Date::valueOf))
                .addIfPresent(
                        "(a.published IS NULL OR a.published <= ?)", range.to().map(java.sql.Date::valueOf))
                .addIfPresent(
                        "a.source = ANY (?)",
                        sources.isEmpty() ? Optional.empty() : Optional.of(sources.toArray(String[]::new)));
        String sql = "SELECT date_trunc(?, a.published::timestamp)::date::text AS period, a.source, count(*)"
                + " FROM article_topic t JOIN article a ON a.id = t.article_id " + where.sql()
                + " GROUP BY 1, 2 ORDER BY 1 NULLS LAST, 2";
        java.util.Map<String, TreeMap<String, Long>> bySource = new java.util.LinkedHashMap<>();
        long undated = 0;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, granularity.word());
            where.bind(query, 2);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String period = rs.getString(1);
                    if (period == null) {
                        undated += rs.getLong(3);
                    } else {
                        bySource.computeIfAbsent(period, p -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
                    }
                }
            }
        }
        List<Coverage.Period> periods = new ArrayList<>();
        bySource.forEach((period, counts) -> periods.add(new Coverage.Period(
                period, counts.values().stream().mapToLong(Long::longValue).sum(), counts)));
        return new Coverage(topic, granularity.word(), periods, undated);
    }
}
