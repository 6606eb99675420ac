package org.stancetracker.api.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.stancetracker.api.SampleCorpusDatabase;

/** Requests with a thousand made-up method names and paths add no more than a handful of metric series. */
@QuarkusTest
@QuarkusTestResource(value = SampleCorpusDatabase.class, restrictToAnnotatedClass = false)
class BoundedMetricsTest {
    @TestHTTPResource("/")
    URL base;

    @Test
    void made_up_methods_and_paths_do_not_grow_the_metrics() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 1000; i++) {
            http.send(
                    HttpRequest.newBuilder(URI.create(base + "api/nowhere-" + i))
                            .method("MADEUP" + i, HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        String metrics = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Set<String> methods = new TreeSet<>();
        Set<String> uris = new TreeSet<>();
        Matcher series = Pattern.compile("http_server_requests_seconds_count\\{([^}]*)\\}")
                .matcher(metrics);
        while (series.find()) {
            Matcher method = Pattern.compile("method=\"([^\"]*)\"").matcher(series.group(1));
            if (method.find()) {
                methods.add(method.group(1));
            }
            Matcher uri = Pattern.compile("uri=\"([^\"]*)\"").matcher(series.group(1));
            if (uri.find()) {
                uris.add(uri.group(1));
            }
        }
        assertThat(methods)
                .contains("other")
                .allSatisfy(m -> assertThat(BoundedMetrics.METHODS.contains(m) || m.equals("other"))
                        .as(m)
                        .isTrue());
        assertThat(uris.size()).as("%s", uris).isLessThanOrEqualTo(BoundedMetrics.MAX_URIS);
        assertThat(metrics.length()).as("the metrics page").isLessThan(200_000);
    }
}
