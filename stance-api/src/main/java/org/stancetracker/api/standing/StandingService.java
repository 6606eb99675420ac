package org.stancetracker.api.standing;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stancetracker.api.evidence.EvidenceReader;
import org.stancetracker.api.request.RequestParameters;
import org.stancetracker.api.timeline.TimelineService;
import org.stancetracker.core.stance.PrevailingStance;
import org.stancetracker.db.query.SqlConditions;
import org.stancetracker.db.query.StanceFilter;
import org.stancetracker.db.query.StanceSums;

/**
 * Each actor's latest stance on each position up to a date, computed in the database: the last day
 * with dated stances for each (actor, position), summed as on the timeline: for each (actor, position)
 * with a monthly tally by then, two probes of the stance index (the last day, then its stances).
 */
@ApplicationScoped
public class StandingService {
    static final int EVIDENCE_PER_STANDING = 3;

    /** The query, around the conditions of its three parts: series, latest and day. */
    private static final String QUERY = """
            SELECT series.actor_code, series.position_id, latest.day, day.support, day.oppose,
                   day.support_weight, day.oppose_weight
            FROM (SELECT DISTINCT t.actor_code, t.position_id FROM stance_tally t
                  %s) series
            CROSS JOIN LATERAL (
                SELECT max(s.stance_date) AS day FROM stance s
                %s) latest
            CROSS JOIN LATERAL (
                SELECT %s
                FROM stance s
                %s) day
            WHERE latest.day IS NOT NULL
            ORDER BY series.actor_code, series.position_id""";

    private final AgroalDataSource dataSource;
    private final EvidenceReader evidence;

    public StandingService(AgroalDataSource dataSource, EvidenceReader evidence) {
        this.dataSource = dataSource;
        this.evidence = evidence;
    }

    public Standings standings(String topic, LocalDate date, Optional<String> actor, RequestParameters.ReadBy readBy)
            throws SQLException {
        record Row(String actor, String position, LocalDate day, long support, long oppose, double net) {}
        // The (actor, position) series with a monthly tally by then; for each, its last day by then and that day's
        // sums.
        SqlConditions series = StanceFilter.all()
                .withTopic(topic)
                .withActor(actor)
                .between(Optional.empty(), Optional.of(date))
                .tallyConditions("month");
        // The tallies list every series; the sources, extractor and confidence asked for choose among their stances.
        SqlConditions upToDate = readBy.applyTo(
                        StanceFilter.all().withTopic(topic).between(Optional.empty(), Optional.of(date)))
                .conditions()
                .add("s.actor_code = series.actor_code")
                .add("s.position_id = series.position_id");
        SqlConditions latestDay = readBy.applyTo(StanceFilter.all().withTopic(topic))
                .conditions()
                .add("s.actor_code = series.actor_code")
                .add("s.position_id = series.position_id")
                .add("s.stance_date = latest.day");
        List<Row> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        QUERY.formatted(series.sql(), upToDate.sql(), StanceSums.OF_STANCES, latestDay.sql()))) {
            int next = series.bind(query, 1);
            next = upToDate.bind(query, next);
            latestDay.bind(query, next);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getDate(3).toLocalDate(),
                            rs.getLong(4),
                            rs.getLong(5),
                            TimelineService.net(rs.getLong(6), rs.getLong(7))));
                }
            }
        }
        EvidenceReader.Found found = evidence.evidence(
                topic,
                rows.stream()
                        .map(r -> new EvidenceReader.Key(r.actor(), r.position(), r.day()))
                        .toList(),
                EVIDENCE_PER_STANDING,
                readBy.applyTo(StanceFilter.all()));
        List<Standings.Standing> standings = new ArrayList<>();
        for (Row row : rows) {
            Optional<PrevailingStance> prevailing = PrevailingStance.of(row.support(), row.oppose(), row.net());
            if (prevailing.isEmpty()) {
                continue;
            }
            standings.add(new Standings.Standing(
                    row.actor(),
                    row.position(),
                    prevailing.get().word(),
                    row.day().toString(),
                    row.support(),
                    row.oppose(),
                    row.net(),
                    found.evidence()
                            .getOrDefault(new EvidenceReader.Key(row.actor(), row.position(), row.day()), List.of())));
        }
        return new Standings(
                topic,
                date.toString(),
                standings,
                org.stancetracker.api.evidence.ArticleCitation.of(
                        found.citations(),
                        standings.stream().flatMap(s -> s.evidence().stream()).toList()));
    }
}
