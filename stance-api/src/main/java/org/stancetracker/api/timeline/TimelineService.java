package org.stancetracker.api.timeline;

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
import java.util.Optional;
import org.stancetracker.api.request.SqlConditions;
import org.stancetracker.core.stance.PrevailingStance;

/** Aggregates stances into timeline points in the database, in one indexed query. */
@ApplicationScoped
public class TimelineService {
    /**
     * The tally of a group of stances, as the timeline and the standings show it: the support and
     * oppose counts and the confidence-weighted net score in [-1, 1].
     */
    public static final String TALLY = """
            count(*) FILTER (WHERE polarity = 'support') AS support,
            count(*) FILTER (WHERE polarity = 'oppose') AS oppose,
            coalesce(sum(CASE WHEN polarity = 'support' THEN confidence ELSE -confidence END)
                     / nullif(sum(confidence), 0), 0) AS net
            """;

    private final AgroalDataSource dataSource;

    public TimelineService(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Only dated stances are placed on the timeline: an undated one has no period. */
    public Timeline timeline(String topic, Optional<String> actor, Optional<String> position,
                             Optional<LocalDate> from, Optional<LocalDate> to, Granularity granularity) throws SQLException {
        List<Timeline.Series> series = new ArrayList<>();
        // Only the filters given become conditions, so that each shape of request gets its own plan on
        // the timeline index (an "IS NULL OR" condition would keep a generic plan from using it).
        SqlConditions where = new SqlConditions()
                .add("topic_id = ?", topic)
                .add("stance_date IS NOT NULL")
                .addIfPresent("actor_code = ?", actor)
                .addIfPresent("position_id = ?", position)
                .addIfPresent("stance_date >= ?", from.map(Date::valueOf))
                .addIfPresent("stance_date <= ?", to.map(Date::valueOf));
        String sql = """
                SELECT actor_code, position_id, date_trunc(?, stance_date)::date::text AS period, """ + TALLY + """
                FROM stance
                """ + where.sql() + """

                GROUP BY actor_code, position_id, period
                ORDER BY actor_code, position_id, period""";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, granularity.word());
            where.bind(query, 2);
            try (ResultSet rs = query.executeQuery()) {
                String currentActor = null;
                String currentPosition = null;
                List<Timeline.Point> points = null;
                while (rs.next()) {
                    String rowActor = rs.getString(1);
                    String rowPosition = rs.getString(2);
                    if (!rowActor.equals(currentActor) || !rowPosition.equals(currentPosition)) {
                        points = new ArrayList<>();
                        series.add(new Timeline.Series(rowActor, rowPosition, points));
                        currentActor = rowActor;
                        currentPosition = rowPosition;
                    }
                    long support = rs.getLong(4);
                    long oppose = rs.getLong(5);
                    double net = Math.round(rs.getDouble(6) * 1000) / 1000.0;
                    points.add(new Timeline.Point(rs.getString(3), support, oppose, net,
                            PrevailingStance.of(support, oppose, net).map(PrevailingStance::word).orElse(null)));
                }
            }
        }
        return new Timeline(topic, granularity.word(), series);
    }
}
