package org.stancetracker.db.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Hands each matching stance, with all its findings, to the consumer, ordered by article, then
     * evidence position; returns how many.
     */
    public long forEach(StanceFilter filter, Consumer<ExportedStance> consumer) throws SQLException {
        SqlConditions where = filter.conditions();
        if (filter.from().isPresent() || filter.to().isPresent()) {
            // The export's dates are the days the texts give: a range leaves out days counted from publication.
            where.add("s.date_precision <> 'published'");
        }
        // One row per finding, a stance's rows together (s.id breaks ties), so that the stances come
        // out whole while the rows stream: no stance waits in memory for more than its own findings.
        String sql = """
                SELECT a.external_id, a.source, s.actor_code, s.topic_id, s.position_id, s.polarity,
                       -- A day counted from the publication is not one the text gives: exported as undated (V18).
                       CASE WHEN s.date_precision = 'published' THEN NULL ELSE s.stance_date END,
                       CASE WHEN s.date_precision = 'published' THEN 'unknown' ELSE s.date_precision END, s.evidence, s.evidence_start, s.evidence_end, s.extractor_name,
                       s.extractor_version, s.confidence, s.id,
                       e.extractor_name, e.extractor_version, e.evidence, e.evidence_start, e.evidence_end, e.stance_date,
                       e.date_precision, e.confidence, a.title, a.url, a.published
                FROM stance s JOIN article a ON a.id = s.article_id
                LEFT JOIN stance_evidence e ON e.stance_id = s.id
                """ + where.sql() + """

                ORDER BY a.source, a.external_id, s.evidence_start, s.actor_code, s.position_id, s.polarity, s.id,
                         e.evidence_start, e.extractor_name""";
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false); // pgjdbc streams with a cursor only inside a transaction
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setFetchSize(FETCH_SIZE);
                where.bind(query, 1);
                long count = 0;
                try (ResultSet rs = query.executeQuery()) {
                    long stanceId = -1;
                    ExportedStance stance = null;
                    List<ExportedStance.Finding> findings = new ArrayList<>();
                    while (rs.next()) {
                        if (rs.getLong(15) != stanceId) {
                            if (stance != null) {
                                consumer.accept(withFindings(stance, findings));
                                count++;
                            }
                            stanceId = rs.getLong(15);
                            stance = new ExportedStance(
                                    rs.getString(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    day(rs, 7),
                                    rs.getString(8),
                                    rs.getString(9),
                                    rs.getInt(10),
                                    rs.getInt(11),
                                    rs.getString(12),
                                    rs.getString(13),
                                    rs.getDouble(14),
                                    List.of(),
                                    new ExportedStance.Cited(
                                            Optional.ofNullable(rs.getString(24)),
                                            Optional.ofNullable(rs.getString(25)),
                                            day(rs, 26)));
                            findings.clear();
                        }
                        if (rs.getString(16) != null) { // null: a stance without findings, which the left join keeps
                            findings.add(new ExportedStance.Finding(
                                    rs.getString(16),
                                    rs.getString(17),
                                    rs.getString(18),
                                    rs.getInt(19),
                                    rs.getInt(20),
                                    day(rs, 21),
                                    rs.getString(22),
                                    rs.getDouble(23)));
                        }
                    }
                    if (stance != null) {
                        consumer.accept(withFindings(stance, findings));
                        count++;
                    }
                }
                connection.commit();
                return count;
            }
        }
    }

    private static ExportedStance withFindings(ExportedStance s, List<ExportedStance.Finding> findings) {
        return new ExportedStance(
                s.article(),
                s.source(),
                s.actor(),
                s.topic(),
                s.position(),
                s.polarity(),
                s.date(),
                s.datePrecision(),
                s.evidence(),
                s.evidenceStart(),
                s.evidenceEnd(),
                s.extractor(),
                s.extractorVersion(),
                s.confidence(),
                findings,
                s.cited());
    }

    private static Optional<LocalDate> day(ResultSet rs, int column) throws SQLException {
        return Optional.ofNullable(rs.getDate(column)).map(Date::toLocalDate);
    }
}
