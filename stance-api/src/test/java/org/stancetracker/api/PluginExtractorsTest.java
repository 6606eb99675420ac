package org.stancetracker.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/articles} runs the plugins of the API's plugins directory with their settings, as
 * {@code stance load} does; a plugin that fails is named in the answer, counted in the metrics and
 * recorded for {@code ./stance extract --failed}, and the article is stored all the same.
 */
@QuarkusTest
@TestProfile(PluginsDirectory.class)
@QuarkusTestResource(value = SampleCorpusDatabase.class, restrictToAnnotatedClass = false)
class PluginExtractorsTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_plugin_in_the_plugins_directory_runs_on_a_submitted_article_with_its_setting() {
        ExtractableResponse<Response> created = submit("wire-plugins-1");
        List<Map<String, Object>> stances = created.jsonPath().getList("stances");
        assertThat(stances).anySatisfy(stance -> {
            assertThat(stance.get("evidence"))
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                    .as("the actor its setting names")
                    .containsEntry("actor", "FRA")
                    .containsEntry("position", "offensive")
                    .containsEntry("polarity", "oppose");
            assertThat(stance.get("findings"))
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                    .anySatisfy(finding -> assertThat(finding)
                            .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                            .containsEntry("extractor", "massacre-warnings")
                            .containsEntry("quote", "massacre"));
        });
    }

    @Test
    void a_plugin_that_fails_is_named_in_the_answer_counted_and_recorded_and_the_article_is_stored()
            throws SQLException {
        ExtractableResponse<Response> created = submit("wire-plugins-2");
        assertThat(created.header("Stance-Failed-Extractors")).isEqualTo("always-failing");
        assertThat(failuresRecorded(created.jsonPath().getLong("id")))
                .containsExactly("always-failing: java.lang.IllegalStateException: broken on purpose");
        String metrics = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(metrics.lines())
                .anyMatch(line -> line.startsWith("stance_extractor_failures_total{")
                        && line.contains("extractor=\"always-failing\""));
    }

    private static ExtractableResponse<Response> submit(String id) {
        String body = """
                {"id": "%s", "source": "test-wire", "published": "2018-09-11",
                 "text": "PARIS - France warned on Tuesday that an assault on Idlib would bring a massacre. (%s)"}""".formatted(id, id);
        return given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer test-key-one")
                .body(body)
                .when()
                .post("/api/articles")
                .then()
                .statusCode(201)
                .extract();
    }

    private List<String> failuresRecorded(long articleId) throws SQLException {
        List<String> failures = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "SELECT extractor_name || ': ' || reason FROM extraction_failure WHERE article_id = ? ORDER BY 1")) {
            q.setLong(1, articleId);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    failures.add(rs.getString(1));
                }
            }
        }
        return failures;
    }
}
