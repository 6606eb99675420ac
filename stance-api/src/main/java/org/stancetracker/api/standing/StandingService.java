package org.stancetracker.api.standing;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stancetracker.api.evidence.EvidenceReader;
import org.stancetracker.api.evidence.EvidenceView;
import org.stancetracker.api.timeline.TimelineService;
import org.stancetracker.core.stance.PrevailingStance;
import org.stancetracker.db.query.StanceSums;

/**
 * Each actor's latest stance on each position up to a date, computed in the database: the last day
 * with dated stances for each (actor, position), summed as on the timeline: for each (actor, position)
 * with a monthly tally by then, two probes of the stance index (the last day, then its stances).
 */
@ApplicationScoped
public class StandingService {
    static final int EVIDENCE_PER_STANDING = 3;

    private static final String QUERY = """
            SELECT series.actor_code, series.position_id, latest.day, day.support, day.oppose,
                   day.support_weight, day.oppose_weight
            FROM (SELECT DISTINCT actor_code, position_id FROM stance_tally
                  WHERE topic_id = ? AND granularity = 'month' AND period <= ?
                    AND (?::text IS NULL OR actor_code = ?)) series
            CROSS JOIN LATERAL (
                SELECT max(stance_date) AS day FROM stance s
                WHERE s.topic_id = ? AND s.actor_code = series.actor_code AND s.position_id = series.position_id
                  AND s.stance_date <= ?) latest
            CROSS JOIN LATERAL (
                SELECT\s""" + StanceSums.OF_STANCES + """

                FROM stance s
                WHERE s.topic_id = ? AND s.actor_code = series.actor_code AND s.position_id = series.position_id
                  AND s.stance_date = latest.day) day
            WHERE latest.day IS NOT NULL
            ORDER BY series.actor_code, series.position_id""";

    private final AgroalDataSource dataSource;
    private final EvidenceReader evidence;

    public StandingService(AgroalDataSource dataSource, EvidenceReader evidence) {
        this.dataSource = dataSource;
        this.evidence = evidence;
    }

    public Standings standings(String topic, LocalDate date, Optional<String> actor) throws SQLException {
        record Row(String actor, String position, LocalDate day, long support, long oppose, double net) {
        }
        List<Row> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(QUERY)) {
            query.setString(1, topic);
            query.setDate(2, Date.valueOf(date));
            query.setString(3, actor.orElse(null));
            query.setString(4, actor.orElse(null));
            query.setString(5, topic);
            query.setDate(6, Date.valueOf(date));
            query.setString(7, topic);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getLong(4), rs.getLong(5),
                            TimelineService.net(rs.getLong(6), rs.getLong(7))));
                }
            }
        }
        Map<EvidenceReader.Key, List<EvidenceView>> found = evidence.evidence(topic,
                rows.stream().map(r -> new EvidenceReader.Key(r.actor(), r.position(), r.day())).toList(), EVIDENCE_PER_STANDING);
        List<Standings.Standing> standings = new ArrayList<>();
        for (Row row : rows) {
            Optional<PrevailingStance> prevailing = PrevailingStance.of(row.support(), row.oppose(), row.net());
            if (prevailing.isEmpty()) {
                continue;
            }
            standings.add(new Standings.Standing(row.actor(), row.position(), prevailing.get().word(), row.day().toString(),
                    row.support(), row.oppose(), row.net(),
                    found.getOrDefault(new EvidenceReader.Key(row.actor(), row.position(), row.day()), List.of())));
        }
        return new Standings(topic, date.toString(), standings);
    }
}
