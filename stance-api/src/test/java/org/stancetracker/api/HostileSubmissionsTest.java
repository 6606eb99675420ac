package org.stancetracker.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A submitted article whose field cannot be stored or shown safely is a 400 problem naming that
 * field, and nothing of it is stored: NUL (which PostgreSQL text cannot hold), an unpaired surrogate
 * (not Unicode), a publication day outside the years of news, or a URL that is not http(s).
 */
@QuarkusTest
@QuarkusTestResource(value = SampleCorpusDatabase.class, restrictToAnnotatedClass = false)
class HostileSubmissionsTest {
    @Inject
    AgroalDataSource dataSource;

    /** Each value is a JSON string literal's content, so the escapes reach Jackson as escapes. */
    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
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
    })
    void a_field_that_cannot_be_stored_safely_is_a_400_naming_it(String field, String jsonValue) throws SQLException {
        String body = "{\"text\": \"Ankara said Turkey backs a ceasefire in Idlib.\", \"id\": \"hostile-1\", \"" + field + "\": \""
                + jsonValue.replace("\"", "\\\"") + "\"}";
        long before = articles();
        given().contentType(ContentType.JSON).header("Authorization", "Bearer test-key-one").body(body)
                .when().post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("parameter", equalTo(field));
        assertThat(articles()).isEqualTo(before);
    }

    private long articles() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM article")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
