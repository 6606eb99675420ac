package org.stancetracker.api.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.stancetracker.api.SampleCorpusDatabase;

/** Every answer carries the headers a browser needs to keep the page and the data safe. */
@QuarkusTest
@QuarkusTestResource(value = SampleCorpusDatabase.class, restrictToAnnotatedClass = false)
class SecurityHeadersTest {
    @Test
    void the_page_forbids_foreign_script_framing_and_sniffing() {
        given().when()
                .get("/")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"));
        given().when()
                .get("/app.js")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void every_answer_forbids_sniffing_and_framing_and_keyed_answers_are_never_cached() {
        given().when()
                .get("/api/topics")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Cache-Control", nullValue());
        given().when()
                .get("/api/articles/abc")
                .then()
                .statusCode(400)
                .header("X-Content-Type-Options", equalTo("nosniff"));
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer test-key-one")
                .body("{\"id\": \"headers-1\", \"source\": \"headers-test\", \"title\": \"A bulletin\","
                        + " \"text\": \"Markets were calm and the weather was mild.\"}")
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201)
                .header("Cache-Control", equalTo("no-store"));
    }
}
