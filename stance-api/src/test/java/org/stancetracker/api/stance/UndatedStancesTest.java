package org.stancetracker.api.stance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stancetracker.api.SampleCorpusDatabase;

/**
 * A stance whose text gives no day counts from its article's publication day, marked as such, on the
 * timeline and in the standings. Before, it had no date and appeared in neither.
 */
@QuarkusTest
@QuarkusTestResource(value = SampleCorpusDatabase.class, restrictToAnnotatedClass = false)
class UndatedStancesTest {
    @Test
    void a_stance_with_no_day_in_its_text_counts_from_its_article_s_publication_day() {
        List<Map<String, Object>> items = given().queryParam("topic", "idlib")
                .queryParam("source", "files")
                .queryParam("size", 200)
                .when()
                .get("/api/stances")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        List<Map<String, Object>> published = items.stream()
                .filter(i -> "published".equals(i.get("datePrecision")))
                .toList();
        assertThat(published).isNotEmpty();
        for (Map<String, Object> stance : published) {
            @SuppressWarnings("unchecked")
            Map<String, Object> evidence = (Map<String, Object>) stance.get("evidence");
            @SuppressWarnings("unchecked")
            Map<String, Object> article = (Map<String, Object>) evidence.get("article");
            String day = (String) evidence.get("date");
            assertThat(day).isEqualTo(article.get("published"));
            String actor = (String) evidence.get("actor");
            String position = (String) evidence.get("position");
            String polarity = (String) evidence.get("polarity");
            // On the timeline, on that day.
            List<Map<String, Object>> points = given().queryParam("actor", actor)
                    .queryParam("position", position)
                    .queryParam("from", day)
                    .queryParam("to", day)
                    .when()
                    .get("/api/topics/idlib/timeline")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("series.points.flatten()");
            assertThat(points)
                    .singleElement()
                    .satisfies(point -> assertThat(((Number) point.get(polarity)).longValue())
                            .isPositive());
            // And among the stances of that day in range queries, which before left it out.
            assertThat(given().queryParam("actor", actor)
                            .queryParam("position", position)
                            .queryParam("from", day)
                            .queryParam("to", day)
                            .when()
                            .get("/api/stances")
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getList("items.evidence.stanceId"))
                    .contains(evidence.get("stanceId"));
        }
    }
}
