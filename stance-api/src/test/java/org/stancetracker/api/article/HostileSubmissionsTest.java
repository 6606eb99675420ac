package org.stancetracker.api.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stancetracker.api.SampleCorpusDatabase;

/**
 * A submitted article whose field cannot be stored or shown safely is a 400 problem naming that
 * field, and nothing of it is stored: NUL (which PostgreSQL text cannot hold), an unpaired surrogate
 * (not Unicode), a publication day outside the years of news, or a URL that is not http(s). So is a
 * body read loosely: anything after the object, a key given twice, no Content-Type.
 */
@QuarkusTest
@QuarkusTestResource(value = SampleCorpusDatabase.class, restrictToAnnotatedClass = false)
class HostileSubmissionsTest {
    @Inject
    AgroalDataSource dataSource;

    /** Each value is a JSON string literal's content, so the escapes reach Jackson as escapes. */
    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "text      | Turkey backs a ceasefire.\\u0000",
                "text      | Turkey backs a ceasefire.\\ud800",
                "text      | \\udc00Turkey backs a ceasefire.",
                "id        | wire\\u0000one",
                "id        | wire\\ud800",
                "source    | \\u0000",
                "source    | wire\\udfff",
                "title     | A title\\u0000",
                "title     | A title\\ud83d",
                "published | +999999999-12-31",
                "published | -999999999-01-01",
                "published | 1899-12-31",
                "published | 2101-01-01T00:00:00Z",
                "url       | javascript:alert(1)",
                "url       | JavaScript:alert(document.cookie)",
                "url       | data:text/html,<script>alert(1)</script>",
                "url       | ftp://example.org/a",
                "url       | /relative/path",
                "url       | https://",
                "text      | \\u00a0\\u00a0\\u200b\\u00a0",
                "text      | \\u200b\\u2060\\ufeff",
                "title     | Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault Idlib braces for an assault xxx",
            })
    void a_field_that_cannot_be_stored_safely_is_a_400_naming_it(String field, String jsonValue) throws SQLException {
        Map<String, String> fields = new LinkedHashMap<>(
                Map.of("text", "\"Ankara said Turkey backs a ceasefire in Idlib.\"", "id", "\"hostile-1\""));
        fields.put(field, "\"" + jsonValue.replace("\"", "\\\"") + "\"");
        String body = fields.entrySet().stream()
                .map(f -> "\"" + f.getKey() + "\": " + f.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
        long before = articles();
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer test-key-one")
                .body(body)
                .when()
                .post("/api/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("parameter", equalTo(field));
        assertThat(articles()).isEqualTo(before);
    }

    /** Loose JSON that a lenient parser reads as something other than what was sent. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "two documents, the second ignored  | {\"text\": \"Turkey backs a ceasefire.\"} {\"text\": \"y\"}",
                "trailing garbage                   | {\"text\": \"Turkey backs a ceasefire.\"} and more",
                "a trailing array                   | {\"text\": \"Turkey backs a ceasefire.\"}[]",
                "a key twice, the last one kept     | {\"text\": \"Turkey backs a ceasefire.\", \"text\": \"x\"}",
                "a key twice in a shorter body      | {\"id\": \"a\", \"id\": \"b\", \"text\": \"Turkey backs a ceasefire.\"}",
            })
    void a_body_that_is_not_exactly_one_json_object_with_distinct_keys_is_a_400(String what, String body)
            throws SQLException {
        long before = articles();
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer test-key-one")
                .body(body)
                .when()
                .post("/api/articles")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("parameter", equalTo("body"));
        assertThat(articles()).isEqualTo(before);
    }

    @Test
    void a_body_without_a_content_type_is_a_415() throws Exception {
        long before = articles();
        // java.net.http sends no Content-Type unless told to (REST Assured always sends one).
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(articlesUrl.toString()))
                                .header("Authorization", "Bearer test-key-one")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"text\": \"Turkey backs a ceasefire in Idlib, untyped.\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":415").contains("Content-Type");
        assertThat(articles()).isEqualTo(before);
    }

    @TestHTTPResource("/api/articles")
    URL articlesUrl;

    private long articles() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT count(*) FROM article")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
