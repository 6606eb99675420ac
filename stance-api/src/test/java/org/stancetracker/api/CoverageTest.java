package org.stancetracker.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stancetracker.core.article.Article;
import org.stancetracker.core.article.ArticleKey;
import org.stancetracker.core.article.PlainTextArticle;

/**
 * Coverage: per period, the articles about a topic that were read. Counted here from the sample files
 * themselves (an article is about Idlib when it names one of the topic's places) and compared.
 */
@QuarkusTest
@QuarkusTestResource(value = SampleCorpusDatabase.class, restrictToAnnotatedClass = false)
class CoverageTest {
    private static final Pattern IDLIB_PLACES =
            Pattern.compile("\\b(Idlib|Idlib province|Idleb|Hama|northern Hama)\\b", Pattern.CASE_INSENSITIVE);

    @Test
    void each_month_counts_the_sample_articles_that_name_the_topic_s_places() throws IOException {
        Map<String, Long> expected = new HashMap<>();
        long expectedUndated = 0;
        for (String set : SampleCorpusDatabase.SETS) {
            try (Stream<Path> files = Files.list(SampleCorpusDatabase.samples().resolve(set))) {
                for (Path file : files.toList()) {
                    Article article = PlainTextArticle.parse(
                            new ArticleKey("files", file.getFileName().toString()), Files.readString(file));
                    if (!IDLIB_PLACES.matcher(article.text()).find()) {
                        continue;
                    }
                    if (article.published().isEmpty()) {
                        expectedUndated++;
                    } else {
                        expected.merge(
                                article.published().get().withDayOfMonth(1).toString(), 1L, Long::sum);
                    }
                }
            }
        }
        JsonPath coverage = given().queryParam("source", "files")
                .when()
                .get("/api/topics/idlib/coverage")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(coverage.getString("granularity")).isEqualTo("month");
        Map<String, Long> counted = new HashMap<>();
        for (Map<String, Object> period : coverage.<Map<String, Object>>getList("periods")) {
            counted.put((String) period.get("period"), ((Number) period.get("articles")).longValue());
            assertThat(period.get("sources")).isEqualTo(Map.of("files", period.get("articles")));
        }
        assertThat(expected).isNotEmpty();
        assertThat(counted).isEqualTo(expected);
        assertThat(coverage.getLong("undated")).isEqualTo(expectedUndated);
    }

    @Test
    void a_source_with_no_articles_covers_nothing_and_bad_requests_are_problems() {
        JsonPath none = given().queryParam("source", "nowhere")
                .when()
                .get("/api/topics/idlib/coverage")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(none.getList("periods")).isEmpty();
        given().queryParam("granularity", "year")
                .when()
                .get("/api/topics/idlib/coverage")
                .then()
                .statusCode(400);
        given().when().get("/api/topics/nope/coverage").then().statusCode(404);
        List<String> days = given().queryParam("granularity", "day")
                .queryParam("from", "2018-09-01")
                .queryParam("to", "2018-09-30")
                .when()
                .get("/api/topics/idlib/coverage")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("periods.period");
        assertThat(days).isNotEmpty().allSatisfy(d -> assertThat(d).startsWith("2018-09-"));
    }
}
