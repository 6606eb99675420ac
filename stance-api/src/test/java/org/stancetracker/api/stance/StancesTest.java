package org.stancetracker.api.stance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stancetracker.api.SampleCorpusDatabase;

/** {@code GET /api/stances}: the stances with their evidence, filtered and paginated, and its bad parameters. */
@QuarkusTest
@QuarkusTestResource(value = SampleCorpusDatabase.class, restrictToAnnotatedClass = false)
class StancesTest {
    @Test
    void stances_come_with_evidence_article_extractor_and_confidence() {
        given().queryParam("topic", "idlib")
                .queryParam("actor", "TUR")
                .queryParam("position", "ceasefire")
                .when()
                .get("/api/stances")
                .then()
                .statusCode(200)
                .body("total", greaterThan(0))
                .body("items.evidence.actor", everyItem(equalTo("TUR")))
                .body("items.evidence.polarity", hasItem("support"))
                .body("items.evidence.quote", everyItem(not(equalTo(""))))
                .body("items.evidence.article.id", everyItem(not(equalTo(null))))
                .body("items.evidence.extractor", everyItem(not(equalTo(null))))
                .body("items.findings", everyItem(not(empty())));
    }

    @Test
    void each_cited_article_s_title_comes_once_per_answer_however_many_stances_cite_it() {
        io.restassured.response.Response answer =
                given().queryParam("size", 200).when().get("/api/stances");
        answer.then().statusCode(200);
        List<Integer> cited = answer.jsonPath().getList("items.evidence.article.id", Integer.class);
        java.util.Map<String, java.util.Map<String, String>> articles =
                answer.jsonPath().getMap("articles");
        assertThat(new java.util.HashSet<>(cited)).hasSizeLessThan(cited.size()); // some article has several stances
        assertThat(articles.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        cited.stream().distinct().map(String::valueOf).toList());
        long titled =
                articles.values().stream().filter(a -> a.get("title") != null).count();
        assertThat(titled).isPositive();
        // Before, every piece of evidence carried its article's title.
        assertThat(answer.asString().split("\"title\"", -1).length - 1).isEqualTo(titled);
    }

    @Test
    void pages_add_up_to_the_total_without_overlap() {
        JsonPath first = given().queryParam("size", 7)
                .when()
                .get("/api/stances")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        int total = first.getInt("total");
        assertThat(total).isGreaterThan(14);
        Set<Long> seen = new HashSet<>();
        for (int page = 1; (page - 1) * 7 < total; page++) {
            List<Long> ids = given().queryParam("size", 7)
                    .queryParam("page", page)
                    .when()
                    .get("/api/stances")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList("items.evidence.stanceId", Long.class);
            assertThat(ids).hasSizeLessThanOrEqualTo(7);
            ids.forEach(id ->
                    assertThat(seen.add(id)).as("stance %d on two pages", id).isTrue());
        }
        assertThat(seen).hasSize(total);
        given().queryParam("size", 7)
                .queryParam("page", 1000)
                .when()
                .get("/api/stances")
                .then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("total", equalTo(total));
    }

    @Test
    void filters_narrow_the_stances() {
        given().queryParam("polarity", "oppose")
                .queryParam("from", "2019-01-01")
                .when()
                .get("/api/stances")
                .then()
                .statusCode(200)
                .body("items.evidence.polarity", everyItem(equalTo("oppose")))
                .body("items.evidence.date", everyItem(org.hamcrest.Matchers.greaterThanOrEqualTo("2019-01-01")));
    }

    @Test
    void bad_listing_parameters_are_400_or_404_problems() {
        given().queryParam("size", 201)
                .when()
                .get("/api/stances")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("parameter", equalTo("size"));
        given().queryParam("page", 0)
                .when()
                .get("/api/stances")
                .then()
                .statusCode(400)
                .body("parameter", equalTo("page"));
        given().queryParam("page", "two")
                .when()
                .get("/api/stances")
                .then()
                .statusCode(400)
                .body("parameter", equalTo("page"));
        given().queryParam("polarity", "neutral")
                .when()
                .get("/api/stances")
                .then()
                .statusCode(400)
                .body("parameter", equalTo("polarity"));
        given().queryParam("to", "2018-13-01")
                .when()
                .get("/api/stances")
                .then()
                .statusCode(400)
                .body("parameter", equalTo("to"));
        given().queryParam("actor", "ZZZ")
                .when()
                .get("/api/stances")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("parameter", equalTo("actor"));
    }

    @Test
    void a_problem_repeats_only_the_start_of_a_bad_value() {
        String page = "9".repeat(3_000); // well inside the 4 KB request line
        String detail = given().queryParam("page", page)
                .when()
                .get("/api/stances")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("parameter", equalTo("page"))
                .extract()
                .jsonPath()
                .getString("detail");
        assertThat(detail)
                .contains("9".repeat(80))
                .doesNotContain("9".repeat(81))
                .contains("2920 more characters");
    }
}
