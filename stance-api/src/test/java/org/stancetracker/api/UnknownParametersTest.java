package org.stancetracker.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A query parameter an endpoint does not take is refused, naming it. Before, {@code ?source=guardian}
 * on the stances was dropped and every source answered with 200.
 */
@QuarkusTest
@QuarkusTestResource(value = SampleCorpusDatabase.class, restrictToAnnotatedClass = false)
class UnknownParametersTest {
    private static final List<String> GET_ENDPOINTS = List.of(
            "/api/stances",
            "/api/topics",
            "/api/topics/idlib",
            "/api/topics/idlib/timeline",
            "/api/topics/idlib/standings",
            "/api/topics/idlib/shifts",
            "/api/actors",
            "/api/articles/1");

    @Test
    void every_get_endpoint_refuses_a_parameter_it_does_not_take_and_names_it() {
        for (String path : GET_ENDPOINTS) {
            Response answer = given().queryParam("sauce", "guardian").when().get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(answer.contentType()).as(path).startsWith("application/problem+json");
            assertThat(answer.jsonPath().getString("parameter")).as(path).isEqualTo("sauce");
            assertThat(answer.jsonPath().getString("detail")).as(path).contains("sauce");
        }
    }

    @Test
    void the_parameters_an_endpoint_takes_are_still_answered() {
        given().queryParam("topic", "idlib")
                .queryParam("size", 5)
                .when()
                .get("/api/stances")
                .then()
                .statusCode(200);
        given().queryParam("granularity", "month")
                .when()
                .get("/api/topics/idlib/timeline")
                .then()
                .statusCode(200);
        given().when().get("/api/topics/idlib/standings").then().statusCode(200);
    }

    @Test
    void a_write_refuses_query_parameters_too() {
        Response answer = given().header("Authorization", "Bearer test-key-one")
                .contentType("application/json")
                .queryParam("dry", "run")
                .body("{\"text\": \"A short note written for this test about talks in the province.\"}")
                .when()
                .post("/api/articles");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.jsonPath().getString("parameter")).isEqualTo("dry");
    }
}
