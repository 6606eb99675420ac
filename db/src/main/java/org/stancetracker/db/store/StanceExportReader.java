package org.stancetracker.db.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.stancetracker.db.query.SqlConditions;
import org.stancetracker.db.query.StanceFilter;

/**
 * Reads the stored stances for {@code stance export}: every matching stance in a stable order,
 * streamed through a server-side cursor, so memory stays flat however many there are.
 */
public final class StanceExportReader {
    private static final int FETCH_SIZE = 1_000;
    private final DataSource dataSource;

    public StanceExportReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Hands each matching stance to the consumer, ordered by article, then evidence position. */
    public long forEach(StanceFilter filter, Consumer<ExportedStance> consumer) throws SQLException {
        SqlConditions where = filter.conditions();
        String sql = """
                SELECT a.external_id, a.source, s.actor_code, s.topic_id, s.position_id, s.polarity, s.stance_date,
                       s.date_precision, s.evidence, s.evidence_start, s.evidence_end, s.extractor_name,
                       s.extractor_version, s.confidence,
                       (SELECT string_agg(DISTINCT e.extractor_name, ',') FROM stance_evidence e WHERE e.stance_id = s.id),
                       (SELECT count(*) FROM stance_evidence e WHERE e.stance_id = s.id)
                FROM stance s JOIN article a ON a.id = s.article_id
                """ + where.sql() + """

                ORDER BY a.source, a.external_id, s.evidence_start, s.actor_code, s.position_id, s.polarity""";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false); // pgjdbc streams with a cursor only inside a transaction
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setFetchSize(FETCH_SIZE);
                where.bind(query, 1);
                long count = 0;
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        Date date = rs.getDate(7);
                        consumer.accept(new ExportedStance(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), Optional.ofNullable(date).map(Date::toLocalDate),
                                rs.getString(8), rs.getString(9), rs.getInt(10), rs.getInt(11), rs.getString(12),
                                rs.getString(13), rs.getDouble(14),
                                java.util.List.of(java.util.Optional.ofNullable(rs.getString(15)).orElse("").split(",")),
                                rs.getInt(16)));
                        count++;
                    }
                }
                connection.commit();
                return count;
            }
        }
    }
}
