package org.stancetracker.api.shift;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stancetracker.api.SampleCorpusDatabase;

/**
 * Shifts on the sample corpus plus three reports written for this test, as news agencies would file
 * them: Russia backs an Idlib offensive (4 September 2018), rules one out with the Sochi buffer-zone
 * deal (17 September 2018), and backs the bombardment again (March 2019).
 */
@QuarkusTest
@QuarkusTestResource(value = SampleCorpusDatabase.class, restrictToAnnotatedClass = false)
class ShiftsTest {
    @Test
    void russia_turns_against_an_offensive_at_sochi_and_back_in_march_2019() {
        // Each turn rests on one sample report: asked for every change, one article a side.
        JsonPath shifts = given().queryParam("actor", "RUS")
                .queryParam("position", "offensive")
                .queryParam("min_articles", 1)
                .when()
                .get("/api/topics/idlib/shifts")
                .then()
                .statusCode(200)
                .body("topic", equalTo("idlib"))
                .extract()
                .jsonPath();
        List<Map<String, Object>> all = shifts.getList("shifts");
        // The September turn: support before the deal, opposition on the day it was signed, from the Sochi report.
        Map<String, Object> sochi = all.stream()
                .filter(s -> s.get("date").equals("2018-09-17"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no shift on 2018-09-17 in " + all));
        org.assertj.core.api.Assertions.assertThat(sochi)
                .containsEntry("from", "support")
                .containsEntry("to", "oppose")
                .containsEntry("actor", "RUS")
                .containsEntry("position", "offensive");
        org.assertj.core.api.Assertions.assertThat(articles(sochi.get("after")))
                .containsOnly("r02_sochi-no-offensive.txt");
        org.assertj.core.api.Assertions.assertThat((List<?>) sochi.get("before"))
                .isNotEmpty();
        // The March 2019 turn back, from the bombardment report.
        Map<String, Object> march = all.stream()
                .filter(s -> s.get("date").toString().startsWith("2019-03"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no shift in March 2019 in " + all));
        org.assertj.core.api.Assertions.assertThat(march)
                .containsEntry("from", "oppose")
                .containsEntry("to", "support")
                .containsEntry("previousDate", "2018-09-17");
        org.assertj.core.api.Assertions.assertThat(articles(march.get("after")))
                .containsOnly("r03_spring-bombardment.txt");
        org.assertj.core.api.Assertions.assertThat(articles(march.get("before")))
                .containsOnly("r02_sochi-no-offensive.txt");
    }

    @Test
    void by_default_a_side_held_in_one_article_is_no_shift() {
        List<Map<String, Object>> every = given().queryParam("min_articles", 1)
                .when()
                .get("/api/topics/idlib/shifts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("shifts");
        List<Map<String, Object>> held = given().when()
                .get("/api/topics/idlib/shifts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("shifts");
        org.assertj.core.api.Assertions.assertThat(every)
                .anySatisfy(
                        s -> org.assertj.core.api.Assertions.assertThat(((Number) s.get("articlesAfter")).longValue())
                                .isEqualTo(1));
        org.assertj.core.api.Assertions.assertThat(held).hasSizeLessThan(every.size());
        org.assertj.core.api.Assertions.assertThat(held).allSatisfy(s -> {
            org.assertj.core.api.Assertions.assertThat(((Number) s.get("articlesBefore")).longValue())
                    .isGreaterThanOrEqualTo(2);
            org.assertj.core.api.Assertions.assertThat(((Number) s.get("articlesAfter")).longValue())
                    .isGreaterThanOrEqualTo(2);
        });
        given().queryParam("min_articles", 0)
                .when()
                .get("/api/topics/idlib/shifts")
                .then()
                .statusCode(400);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> articles(Object evidence) {
        return ((List<Map<String, Object>>) evidence)
                .stream()
                        .map(e -> ((Map<String, Object>) e.get("article")).get("externalId"))
                        .toList();
    }

    @Test
    void each_side_of_a_shift_has_quotes_with_their_article_and_date() {
        given().queryParam("actor", "RUS")
                .queryParam("position", "offensive")
                .queryParam("min_articles", 1)
                .when()
                .get("/api/topics/idlib/shifts")
                .then()
                .statusCode(200)
                .body("shifts", not(empty()))
                .body("shifts.after.flatten().quote", everyItem(not(equalTo(""))))
                .body("shifts.after.flatten().article.id", everyItem(not(equalTo(null))))
                .body("shifts.after.flatten().polarity", hasItem("oppose"));
    }

    @Test
    void a_date_range_limits_the_shifts_to_its_days() {
        given().queryParam("actor", "RUS")
                .queryParam("position", "offensive")
                .queryParam("from", "2018-09-10")
                .when()
                .get("/api/topics/idlib/shifts")
                .then()
                .statusCode(200)
                .body("shifts.date", everyItem(not(equalTo("2018-09-17"))));
    }

    @Test
    void bad_parameters_are_problems() {
        given().queryParam("from", "2019-01-01")
                .queryParam("to", "2018-01-01")
                .when()
                .get("/api/topics/idlib/shifts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("parameter", equalTo("from"));
        given().queryParam("actor", "XXX")
                .when()
                .get("/api/topics/idlib/shifts")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("parameter", equalTo("actor"));
        given().queryParam("position", "world-peace")
                .when()
                .get("/api/topics/idlib/timeline")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("parameter", equalTo("position"));
    }
}
