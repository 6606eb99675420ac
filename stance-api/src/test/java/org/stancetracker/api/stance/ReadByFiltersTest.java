package org.stancetracker.api.stance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stancetracker.api.SampleCorpusDatabase;

/**
 * Source, extractor and least confidence filter every stance answer: the stances, the timeline (by
 * day and, where the tallies cannot, by week and month), the standings and the shifts. Before, these
 * parameters were dropped and every stance answered.
 */
@QuarkusTest
@QuarkusTestResource(value = SampleCorpusDatabase.class, restrictToAnnotatedClass = false)
class ReadByFiltersTest {
    private static JsonPath get(String path, Map<String, ?> query) {
        return given().queryParams(query)
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void stances_of_a_source_are_those_read_in_its_articles() {
        JsonPath files = get("/api/stances", Map.of("topic", "idlib", "source", "files", "size", 200));
        assertThat(files.getLong("total")).isPositive();
        assertThat(files.getList("items.evidence.article.source", String.class)).containsOnly("files");
        assertThat(get("/api/stances", Map.of("topic", "idlib", "source", "nowhere"))
                        .getLong("total"))
                .isZero();
        assertThat(get("/api/stances", Map.of("topic", "idlib", "source", "nowhere,files"))
                        .getLong("total"))
                .isEqualTo(files.getLong("total"));
    }

    @Test
    void stances_at_least_as_confident_as_asked_and_no_others() {
        JsonPath all = get("/api/stances", Map.of("topic", "idlib", "size", 200));
        JsonPath confident = get("/api/stances", Map.of("topic", "idlib", "min_confidence", "0.75", "size", 200));
        assertThat(confident.getList("items.evidence.confidence", Double.class))
                .allSatisfy(c -> assertThat(c).isGreaterThanOrEqualTo(0.75));
        long expected = all.getList("items.evidence.confidence", Double.class).stream()
                .filter(c -> c >= 0.75)
                .count();
        assertThat(all.getLong("total")).isLessThanOrEqualTo(200); // the whole topic fits one page
        assertThat(confident.getLong("total")).isEqualTo(expected).isLessThan(all.getLong("total"));
    }

    @Test
    void stances_an_extractor_found() {
        JsonPath all = get("/api/stances", Map.of("topic", "idlib", "size", 1));
        String extractor = all.getString("items[0].evidence.extractor");
        JsonPath found = get("/api/stances", Map.of("topic", "idlib", "extractor", extractor, "size", 200));
        assertThat(found.getLong("total")).isPositive();
        List<List<String>> findingExtractors = found.getList("items.findings.extractor");
        assertThat(findingExtractors).allSatisfy(names -> assertThat(names).contains(extractor));
        assertThat(get("/api/stances", Map.of("extractor", "no-such-extractor")).getLong("total"))
                .isZero();
    }

    @Test
    void timelines_by_day_and_by_month_count_only_the_stances_that_pass() {
        Map<String, String> dated = Map.of("topic", "idlib", "from", "1900-01-01", "to", "2100-12-31");
        for (String granularity : List.of("day", "month")) {
            String path = "/api/topics/idlib/timeline";
            JsonPath timeline = get(path, Map.of("granularity", granularity, "min_confidence", "0.75"));
            long counted = timeline.getList("series.points.flatten()", Map.class).stream()
                    .mapToLong(p -> ((Number) p.get("support")).longValue() + ((Number) p.get("oppose")).longValue())
                    .sum();
            Map<String, Object> query = new java.util.HashMap<>(dated);
            query.put("min_confidence", "0.75");
            query.put("size", 1);
            assertThat(counted)
                    .as(granularity)
                    .isPositive()
                    .isEqualTo(get("/api/stances", query).getLong("total"));
            assertThat(get(path, Map.of("granularity", granularity, "source", "nowhere"))
                            .getList("series"))
                    .as(granularity)
                    .isEmpty();
        }
    }

    @Test
    void standings_and_shifts_of_no_source_are_empty() {
        assertThat(get("/api/topics/idlib/standings", Map.of("date", "2019-12-31"))
                        .getList("standings"))
                .isNotEmpty();
        assertThat(get("/api/topics/idlib/standings", Map.of("date", "2019-12-31", "source", "nowhere"))
                        .getList("standings"))
                .isEmpty();
        assertThat(get("/api/topics/idlib/shifts", Map.of("source", "nowhere")).getList("shifts"))
                .isEmpty();
        JsonPath confident = get("/api/topics/idlib/standings", Map.of("date", "2019-12-31", "min_confidence", "0.75"));
        assertThat(confident.getList("standings.evidence.flatten().confidence", Double.class))
                .allSatisfy(c -> assertThat(c).isGreaterThanOrEqualTo(0.75));
    }

    @Test
    void a_confidence_out_of_range_is_a_400_naming_it() {
        for (String bad : List.of("2", "-0.1", "high", "NaN")) {
            given().queryParam("min_confidence", bad)
                    .when()
                    .get("/api/stances")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("parameter", org.hamcrest.Matchers.equalTo("min_confidence"));
        }
    }
}
