package org.stancetracker.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** What running the API in production needs: its documentation, health, metrics and limits. */
@QuarkusTest
@QuarkusTestResource(value = SampleCorpusDatabase.class, restrictToAnnotatedClass = false)
class OperationsTest {
    @Test
    void the_openapi_document_describes_every_endpoint_with_parameters() {
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(
                        "paths.keySet()",
                        org.hamcrest.Matchers.hasItems(
                                "/api/topics",
                                "/api/topics/{topic}",
                                "/api/actors",
                                "/api/actors/{code}",
                                "/api/topics/{topic}/timeline",
                                "/api/topics/{topic}/shifts",
                                "/api/topics/{topic}/standings",
                                "/api/stances",
                                "/api/articles",
                                "/api/articles/{id}"))
                .body("paths.'/api/topics/{topic}/timeline'.get.parameters.name", hasItem("granularity"))
                .body(
                        "paths.'/api/topics/{topic}/timeline'.get.parameters.find { it.name == 'granularity' }.description",
                        not(equalTo(null)))
                .body("paths.'/api/articles'.post.security", not(equalTo(null)));
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void health_checks_the_database() {
        given().when()
                .get("/q/health")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void metrics_have_request_latency_per_endpoint() {
        given().when().get("/api/topics/idlib/timeline").then().statusCode(200);
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds"))
                .body(containsString("uri=\"/api/topics/{topic}/timeline\""));
    }

    @Test
    void errors_never_carry_a_stack_trace() {
        given().when().get("/api/no-such-endpoint").then().statusCode(404).body(not(containsString("at org.")));
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer test-key-one")
                .body("[1, 2")
                .when()
                .post("/api/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(not(containsString("at com.")))
                .body(not(containsString("Exception")));
    }

    @TestHTTPResource("/")
    URL server;

    @Test
    void a_body_over_the_limit_is_refused_before_it_is_read() throws Exception {
        // Expect: 100-continue lets the server refuse on the declared length, as a careful client would
        // ask; the body is never sent. (Written by hand: Java 17's HttpClient waits forever on a final
        // answer to an Expect: 100-continue that has a body, JDK-8286171.)
        RawHttp.send(
                        server,
                        "POST /api/articles HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer test-key-one\r\n"
                                + "Content-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: "
                                + 7 * 1024 * 1024 + "\r\n\r\n")
                .assertProblem(413);
    }
}
