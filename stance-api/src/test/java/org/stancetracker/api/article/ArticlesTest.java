package org.stancetracker.api.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stancetracker.api.SampleCorpusDatabase;

/** An article read with its stances, and submitted with {@code POST /api/articles}: keys, storing, conflicts, bad bodies. */
@QuarkusTest
@QuarkusTestResource(value = SampleCorpusDatabase.class, restrictToAnnotatedClass = false)
class ArticlesTest {
    @Test
    void an_article_comes_with_its_text_and_stances_whose_offsets_point_into_it() {
        long id = given().queryParam("actor", "RUS")
                .queryParam("position", "offensive")
                .queryParam("polarity", "oppose")
                .when()
                .get("/api/stances")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("items[0].evidence.article.id");
        JsonPath article = given().when()
                .get("/api/articles/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String text = article.getString("text");
        List<Map<String, Object>> stances = article.getList("stances");
        assertThat(stances).isNotEmpty();
        for (Map<String, Object> stance : stances) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> findings = (List<Map<String, Object>>) stance.get("findings");
            for (Map<String, Object> finding : findings) {
                int start = (Integer) finding.get("start");
                int end = (Integer) finding.get("end");
                assertThat(text.substring(start, end)).isEqualTo(finding.get("quote"));
            }
        }
        given().when()
                .get("/api/articles/999999")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("parameter", equalTo("id"));
        given().when().get("/api/articles/abc").then().statusCode(400).contentType("application/problem+json");
    }

    private static final String SUBMISSION = """
            {"id": "wire-2018-09-10-001", "source": "test-wire", "title": "France warns against Idlib assault",
             "published": "2018-09-10",
             "text": "PARIS - France warned on Monday against a military offensive on Idlib. French Foreign Minister Jean-Yves Le Drian said France opposed any offensive on the province and called for a ceasefire."}""";

    @Test
    void submitting_an_article_needs_a_valid_api_key() {
        given().contentType(ContentType.JSON)
                .body(SUBMISSION)
                .when()
                .post("/api/articles")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer test-key-wrong")
                .body(SUBMISSION)
                .when()
                .post("/api/articles")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .header("Authorization", "Basic dGVzdDp0ZXN0")
                .body(SUBMISSION)
                .when()
                .post("/api/articles")
                .then()
                .statusCode(401);
    }

    @Test
    void a_submitted_article_is_stored_and_extracted_at_once() {
        JsonPath created = given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer test-key-two")
                .body(SUBMISSION)
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/articles/"))
                .extract()
                .jsonPath();
        // Location ends with the id; the body is the stored article with its stances.
        long id = created.getLong("id");
        assertThat(created.getString("externalId")).isEqualTo("wire-2018-09-10-001");
        assertThat(created.getList("stances.evidence.actor")).contains("FRA");
        assertThat(created.getList("stances.evidence.position")).contains("offensive");
        given().when().get("/api/articles/" + id).then().statusCode(200).body("stances", not(empty()));
        given().queryParam("article", id)
                .when()
                .get("/api/stances")
                .then()
                .statusCode(200)
                .body("items.evidence.actor", hasItem("FRA"));

        // The same article again: nothing new, 200 with what is stored.
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer test-key-one")
                .body(SUBMISSION)
                .when()
                .post("/api/articles")
                .then()
                .statusCode(200)
                .body("id", equalTo((int) id));
        // Another text under the same id is refused, never overwritten.
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer test-key-one")
                .body(SUBMISSION.replace("called for a ceasefire", "called for restraint"))
                .when()
                .post("/api/articles")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void a_cached_timeline_shows_a_new_article_on_the_next_read() {
        String chn = "/api/topics/idlib/timeline";
        given().queryParam("actor", "CHN")
                .queryParam("position", "political-settlement")
                .when()
                .get(chn)
                .then()
                .statusCode(200)
                .body("series", empty());
        // The same question again: answered from the cache, still empty.
        given().queryParam("actor", "CHN")
                .queryParam("position", "political-settlement")
                .when()
                .get(chn)
                .then()
                .statusCode(200)
                .body("series", empty());
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer test-key-one")
                .body("""
                {"id": "wire-2018-09-12-cn", "source": "test-wire", "published": "2018-09-12",
                 "text": "BEIJING - China said on Wednesday that it supported a political solution in Syria. Chinese Foreign Ministry spokesman Geng Shuang said China backed a political settlement of the crisis in Idlib."}""")
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201);
        given().queryParam("actor", "CHN")
                .queryParam("position", "political-settlement")
                .when()
                .get(chn)
                .then()
                .statusCode(200)
                .body("series[0].points.period", hasItem("2018-09-12"));
    }

    @Test
    void a_bad_submission_is_a_problem() {
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer test-key-one")
                .body("{\"id\": \"x\"}")
                .when()
                .post("/api/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("parameter", equalTo("text"));
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer test-key-one")
                .body("{\"text\": \"Turkey backs a ceasefire.\", \"published\": \"last week\"}")
                .when()
                .post("/api/articles")
                .then()
                .statusCode(400)
                .body("parameter", equalTo("published"));
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer test-key-one")
                .body("{not json")
                .when()
                .post("/api/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
