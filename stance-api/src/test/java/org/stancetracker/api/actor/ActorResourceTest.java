package org.stancetracker.api.actor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.stancetracker.api.SampleCorpusDatabase;

/** Actors, with their aliases and the roles of the people who spoke for them, as the reference data loaded them. */
@QuarkusTest
@QuarkusTestResource(value = SampleCorpusDatabase.class, restrictToAnnotatedClass = false)
class ActorResourceTest {
    @Test
    void actors_have_aliases_and_dated_roles() {
        given().when().get("/api/actors").then().statusCode(200).body("code", hasItems("RUS", "TUR", "UN"));
        given().when()
                .get("/api/actors/RUS")
                .then()
                .statusCode(200)
                .body("kind", equalTo("state"))
                .body("aliases", hasItem("Moscow"))
                .body(
                        "roles.findAll { it.person == 'Vladimir Putin' && it.title == 'President of Russia' }.from",
                        hasItems("2000-05-07", "2012-05-07"))
                .body(
                        "roles.find { it.person == 'Vladimir Putin' && it.title == 'Prime Minister of Russia' }.until",
                        equalTo("2012-05-07"));
    }

    @Test
    void unknown_actors_are_404_problems() {
        given().when()
                .get("/api/actors/XXX")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("parameter", equalTo("code"));
    }

    @Test
    void an_id_holding_nul_is_a_404_problem_not_a_database_error() {
        // PostgreSQL text cannot hold U+0000: such an id must not reach a query.
        for (String path : new String[] {"/api/actors/%00", "/api/actors/RUS%00x"}) {
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
