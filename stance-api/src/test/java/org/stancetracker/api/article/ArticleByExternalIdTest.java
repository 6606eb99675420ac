package org.stancetracker.api.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.stancetracker.api.SampleCorpusDatabase;

/**
 * {@code GET /api/articles/{source}/{externalId}}: an article by the id the export and the evidence
 * give, answered as {@code GET /api/articles/{id}} answers.
 */
@QuarkusTest
@QuarkusTestResource(value = SampleCorpusDatabase.class, restrictToAnnotatedClass = false)
class ArticleByExternalIdTest {
    @Test
    void the_external_id_gives_the_same_article_as_the_database_id() {
        JsonPath evidence = given().queryParam("actor", "RUS")
                .queryParam("position", "offensive")
                .queryParam("polarity", "oppose")
                .when()
                .get("/api/stances")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        long id = evidence.getLong("items[0].evidence.article.id");
        String source = evidence.getString("items[0].evidence.article.source");
        String externalId = evidence.getString("items[0].evidence.article.externalId");
        assertThat(source).isEqualTo("files");

        String byId = given().when()
                .get("/api/articles/" + id)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String byExternalId = given().when()
                .get("/api/articles/" + source + "/" + externalId)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .asString();
        assertThat(byExternalId).isEqualTo(byId);
    }

    @Test
    void a_file_name_as_the_export_gives_it_finds_its_article() {
        // The export names this article "r02_sochi-no-offensive.txt" from source "files"; by the internal-id route it
        // is a 400.
        given().when().get("/api/articles/r02_sochi-no-offensive.txt").then().statusCode(400);
        given().when()
                .get("/api/articles/files/r02_sochi-no-offensive.txt")
                .then()
                .statusCode(200)
                .body("externalId", equalTo("r02_sochi-no-offensive.txt"))
                .body("source", equalTo("files"))
                .body("stances.evidence.actor", hasItem("RUS"));
    }

    @Test
    void an_external_id_with_slashes_spaces_and_accents_is_read_from_the_rest_of_the_path() {
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer test-key-one")
                .body("""
                {"id": "2018/09/\u00e9t\u00e9 note.txt", "source": "test-path", "text": "A note that takes no side on anything."}""")
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201);
        // Percent-encoded as a client encodes a path: the slashes stay separators, the rest is decoded.
        given().urlEncodingEnabled(false)
                .when()
                .get("/api/articles/test-path/2018/09/%C3%A9t%C3%A9%20note.txt")
                .then()
                .statusCode(200)
                .body("externalId", equalTo("2018/09/\u00e9t\u00e9 note.txt"))
                .body("source", equalTo("test-path"));
        // A client that encodes the whole id as one segment, slashes too, gets the same article.
        given().urlEncodingEnabled(false)
                .when()
                .get("/api/articles/test-path/2018%2F09%2F%C3%A9t%C3%A9%20note.txt")
                .then()
                .statusCode(200)
                .body("externalId", equalTo("2018/09/\u00e9t\u00e9 note.txt"));
    }

    @Test
    void an_unknown_article_is_a_404_problem_naming_the_external_id() {
        for (String path : new String[] {
            "/api/articles/files/no-such-article.txt",
            "/api/articles/nowhere/r02_sochi-no-offensive.txt",
            "/api/articles/FILES/r02_sochi-no-offensive.txt"
        }) {
            given().when()
                    .get(path)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/not-found"))
                    .body("parameter", equalTo("externalId"));
        }
        // PostgreSQL text cannot hold NUL: such an id is not found, and never reaches a query.
        given().urlEncodingEnabled(false)
                .when()
                .get("/api/articles/files/r02%00.txt")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("parameter", equalTo("externalId"));
    }

    @Test
    void the_openapi_document_describes_the_endpoint_and_its_404() {
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(
                        "paths.'/api/articles/{source}/{externalId}'.get.operationId",
                        equalTo("articleBySourceAndExternalId"))
                .body(
                        "paths.'/api/articles/{source}/{externalId}'.get.parameters.name",
                        org.hamcrest.Matchers.hasItems("source", "externalId"))
                .body(
                        "paths.'/api/articles/{source}/{externalId}'.get.responses.keySet()",
                        org.hamcrest.Matchers.hasItems("200", "404"));
    }
}
