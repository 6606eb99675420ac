package org.stancetracker.api.timeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stancetracker.api.SampleCorpusDatabase;
import org.stancetracker.core.stance.PrevailingStance;

/**
 * The timeline reads tallies kept per day, week and month, and sums days where a range cuts a week
 * or month. Its answers must be those of summing the stances themselves, range by range.
 */
@QuarkusTest
@QuarkusTestResource(value = SampleCorpusDatabase.class, restrictToAnnotatedClass = false)
class TimelineRangesTest {
    @Inject
    AgroalDataSource dataSource;

    @ParameterizedTest(name = "{0} from {1} to {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "day, -, -",
                "week, -, -",
                "month, -, -",
                // Wednesday to Wednesday: both weeks cut, the week between whole.
                "week, 2018-09-05, 2018-09-19",
                // Within one week, and within one month.
                "week, 2018-09-04, 2018-09-06",
                "month, 2018-09-08, 2018-09-20",
                // Months cut at both ends around whole months; then one end open.
                "month, 2018-09-10, 2019-03-20",
                "month, 2018-09-17, -",
                "week, -, 2018-09-16",
                // Whole periods exactly.
                "week, 2018-09-03, 2018-09-30",
                "month, 2018-09-01, 2019-02-28",
                "day, 2018-09-05, 2018-09-18",
            })
    void every_range_and_granularity_adds_up_as_the_stances_do(String granularity, String from, String to)
            throws SQLException {
        RequestSpecification request = given().queryParam("granularity", granularity);
        if (from != null) {
            request.queryParam("from", from);
        }
        if (to != null) {
            request.queryParam("to", to);
        }
        List<Map<String, Object>> series = request.when()
                .get("/api/topics/idlib/timeline")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("series");
        List<String> answered = new ArrayList<>();
        for (Map<String, Object> one : series) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> points = (List<Map<String, Object>>) one.get("points");
            for (Map<String, Object> point : points) {
                answered.add(String.format(
                        Locale.ROOT,
                        "%s %s %s %s %s %.3f %s",
                        one.get("actor"),
                        one.get("position"),
                        point.get("period"),
                        point.get("support"),
                        point.get("oppose"),
                        ((Number) point.get("net")).doubleValue(),
                        point.get("stance")));
            }
        }
        List<String> expected = summedFromStances(granularity, from, to);
        assertThat(expected).as("the sample corpus has stances in this range").isNotEmpty();
        assertThat(answered).containsExactlyElementsOf(expected);
    }

    private List<String> summedFromStances(String granularity, String from, String to) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement query = c.prepareStatement("""
                SELECT actor_code, position_id, date_trunc(?, stance_date::timestamp)::date::text AS period,
                       count(*) FILTER (WHERE polarity = 'support'), count(*) FILTER (WHERE polarity = 'oppose'),
                       coalesce(sum(CASE WHEN polarity = 'support' THEN confidence ELSE -confidence END)
                                / nullif(sum(confidence), 0), 0)
                FROM stance
                WHERE topic_id = 'idlib' AND stance_date IS NOT NULL
                  AND stance_date >= coalesce(?, '-infinity'::date) AND stance_date <= coalesce(?, 'infinity'::date)
                GROUP BY 1, 2, 3
                ORDER BY 1, 2, 3""")) {
            query.setString(1, granularity);
            query.setDate(2, from == null ? null : Date.valueOf(LocalDate.parse(from)));
            query.setDate(3, to == null ? null : Date.valueOf(LocalDate.parse(to)));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    long support = rs.getLong(4);
                    long oppose = rs.getLong(5);
                    double net = Math.round(rs.getDouble(6) * 1000) / 1000.0;
                    rows.add(String.format(
                            Locale.ROOT,
                            "%s %s %s %d %d %.3f %s",
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            support,
                            oppose,
                            net,
                            PrevailingStance.of(support, oppose, net)
                                    .map(PrevailingStance::word)
                                    .orElse(null)));
                }
            }
        }
        return rows;
    }
}
