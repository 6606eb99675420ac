package org.stancetracker.api.timeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.stancetracker.api.SampleCorpusDatabase;

@QuarkusTest
@QuarkusTestResource(value = SampleCorpusDatabase.class, restrictToAnnotatedClass = false)
class TimelineResourceTest {
    @Test
    void the_timeline_shows_the_sample_corpus_stances_per_actor_and_position() {
        given().when()
                .get("/api/topics/idlib/timeline")
                .then()
                .statusCode(200)
                .body("topic", equalTo("idlib"))
                .body("granularity", equalTo("day"))
                .body("series.actor", hasItems("TUR", "RUS"))
                .body(
                        "series.find { it.actor == 'TUR' && it.position == 'ceasefire' }.points.period",
                        hasItem("2018-09-07"))
                .body(
                        "series.find { it.actor == 'TUR' && it.position == 'ceasefire' }.points[0].stance",
                        equalTo("support"))
                .body("series.points.flatten().net", everyItem(greaterThanOrEqualTo(-1.0f)))
                .body("series.points.flatten().net", everyItem(lessThanOrEqualTo(1.0f)));
    }

    @Test
    void filters_narrow_the_timeline() {
        given().queryParam("actor", "TUR")
                .queryParam("granularity", "month")
                .queryParam("to", "2018-12-31")
                .when()
                .get("/api/topics/idlib/timeline")
                .then()
                .statusCode(200)
                .body("series.actor", everyItem(equalTo("TUR")))
                .body("series.points.flatten().period", everyItem(equalTo("2018-09-01")));
        given().queryParam("from", "2020-01-01")
                .when()
                .get("/api/topics/idlib/timeline")
                .then()
                .statusCode(200)
                .body("series.size()", equalTo(0));
    }

    @Test
    void an_unknown_topic_is_a_404_problem() {
        given().when()
                .get("/api/topics/atlantis/timeline")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("parameter", equalTo("topic"));
    }

    @Test
    void malformed_parameters_are_400_problems_naming_the_parameter() {
        given().queryParam("from", "07/09/2018")
                .when()
                .get("/api/topics/idlib/timeline")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("parameter", equalTo("from"));
        given().queryParam("from", "2019-01-01")
                .queryParam("to", "2018-01-01")
                .when()
                .get("/api/topics/idlib/timeline")
                .then()
                .statusCode(400)
                .body("parameter", equalTo("from"));
        given().queryParam("granularity", "year")
                .when()
                .get("/api/topics/idlib/timeline")
                .then()
                .statusCode(400)
                .body("parameter", equalTo("granularity"));
    }

    @Test
    void a_client_that_accepts_gzip_gets_the_same_timeline_compressed() throws Exception {
        // The JDK client neither asks for nor undoes compression, so what it sees is what was sent.
        HttpClient client = HttpClient.newHttpClient();
        URI uri = URI.create("http://localhost:" + RestAssured.port + "/api/topics/idlib/timeline");
        HttpResponse<byte[]> plain =
                client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> gzipped = client.send(
                HttpRequest.newBuilder(uri)
                        .header("Accept-Encoding", "br, gzip;q=0.8")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> refused = client.send(
                HttpRequest.newBuilder(uri)
                        .header("Accept-Encoding", "gzip;q=0")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(plain.body().length)
                .as("the sample timeline is over the test profile's gzip bound")
                .isGreaterThan(1024);
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.headers().allValues("Vary"))
                .anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 3);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(refused.body()).isEqualTo(plain.body());
    }
}
