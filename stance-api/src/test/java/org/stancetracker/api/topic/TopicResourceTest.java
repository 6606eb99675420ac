package org.stancetracker.api.topic;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.stancetracker.api.SampleCorpusDatabase;

/** Topics and their positions, as the reference data loaded them. */
@QuarkusTest
@QuarkusTestResource(value = SampleCorpusDatabase.class, restrictToAnnotatedClass = false)
class TopicResourceTest {
    @Test
    void topics_list_their_positions_with_terms() {
        given().when()
                .get("/api/topics")
                .then()
                .statusCode(200)
                .body("id", hasItem("idlib"))
                .body(
                        "find { it.id == 'idlib' }.positions.id",
                        hasItems("ceasefire", "offensive", "demilitarized-zone"))
                .body(
                        "find { it.id == 'idlib' }.positions.find { it.id == 'ceasefire' }.terms",
                        hasItems("ceasefire", "truce"));
        given().when()
                .get("/api/topics/idlib")
                .then()
                .statusCode(200)
                .body("id", equalTo("idlib"))
                .body("positions.id", hasItem("offensive"));
    }

    @Test
    void unknown_topics_are_404_problems() {
        given().when()
                .get("/api/topics/atlantis")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("parameter", equalTo("topic"));
    }

    @Test
    void an_id_holding_nul_is_a_404_problem_not_a_database_error() {
        // PostgreSQL text cannot hold U+0000: such an id must not reach a query.
        for (String path : new String[] {"/api/topics/%00", "/api/topics/idlib%00"}) {
            given().urlEncodingEnabled(false)
                    .when()
                    .get(path)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/not-found"));
        }
    }
}
