package org.stancetracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Many clients at once, as a page full of analysts or a script would send them: 64 concurrent clients
 * on every GET endpoint, four requests each (more clients than the pool's 16 connections), then 64 keyed
 * submissions at once.
 * No answer is a 5xx; every submission that answered 201 is stored, once.
 */
@QuarkusTest
@QuarkusTestResource(value = SampleCorpusDatabase.class, restrictToAnnotatedClass = false)
class ConcurrencyTest {
    private static final int CLIENTS = 64;
    private static final int REQUESTS_PER_CLIENT = 4;

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    @Test
    void sixty_four_clients_on_every_get_endpoint_get_no_5xx() throws Exception {
        long article = firstArticleId();
        List<String> paths = List.of(
                "/api/topics",
                "/api/topics/idlib",
                "/api/topics/idlib/timeline?granularity=week",
                "/api/topics/idlib/standings",
                "/api/topics/idlib/shifts",
                "/api/topics/idlib/coverage",
                "/api/stances?size=50",
                "/api/articles/" + article,
                "/api/actors",
                "/api/actors/RUS",
                "/q/health",
                "/");
        Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
        row("| endpoint | clients | requests | 5xx | requests/s |");
        for (String path : paths) {
            long started = System.nanoTime();
            statuses.put(
                    path,
                    hammer(() -> HttpRequest.newBuilder(uri(path))
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build()));
            report("GET " + path, statuses.get(path), started);
        }
        statuses.forEach((path, byStatus) -> assertThat(byStatus.keySet())
                .as("%s answered %s", path, byStatus)
                .allSatisfy(status -> assertThat(status).isLessThan(500)));
        statuses.forEach((path, byStatus) -> assertThat(
                        byStatus.values().stream().mapToInt(Integer::intValue).sum())
                .as(path)
                .isEqualTo(CLIENTS * REQUESTS_PER_CLIENT));
    }

    @Test
    void sixty_four_keyed_submissions_at_once_are_each_stored_once_and_answered_so() throws Exception {
        AtomicInteger next = new AtomicInteger();
        Map<Integer, Integer> byStatus = new ConcurrentHashMap<>();
        List<String> created = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long postStarted = System.nanoTime();
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                all.add(clients.submit(() -> {
                    int n = next.incrementAndGet();
                    String id = "concurrent-" + n;
                    // A titled article with no stance: the sample corpus the other tests read stays as it is.
                    String body = "{\"id\": \"" + id + "\", \"source\": \"concurrency-test\", \"title\": \"Bulletin "
                            + n + "\", \"published\": \"2019-05-0" + (1 + n % 9) + "\", \"text\": \"Bulletin " + n
                            + ": markets in the region were calm and the weather was mild on Monday.\"}";
                    HttpResponse<String> response = http.send(
                            HttpRequest.newBuilder(uri("/api/articles"))
                                    .timeout(Duration.ofSeconds(60))
                                    .header("Content-Type", "application/json")
                                    .header("Authorization", "Bearer test-key-one")
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    byStatus.merge(response.statusCode(), 1, Integer::sum);
                    if (response.statusCode() == 201) {
                        created.add(id);
                    }
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            clients.shutdownNow();
        }
        report("POST /api/articles", byStatus, postStarted);
        assertThat(byStatus).as("statuses").containsOnlyKeys(201);
        for (String id : created) {
            HttpResponse<String> stored = http.send(
                    HttpRequest.newBuilder(uri("/api/articles/concurrency-test/" + id))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(stored.statusCode()).as(id).isEqualTo(200);
        }
        assertThat(created).hasSize(CLIENTS).doesNotHaveDuplicates();
    }

    /** A row of the table the closing notes give: requests, answers of 5xx, and requests per second. */
    private static void report(String what, Map<Integer, Integer> byStatus, long startedNanos) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        int requests = byStatus.values().stream().mapToInt(Integer::intValue).sum();
        int failed = byStatus.entrySet().stream()
                .filter(e -> e.getKey() >= 500)
                .mapToInt(Map.Entry::getValue)
                .sum();
        row(String.format(
                java.util.Locale.ROOT,
                "| %s | %d | %d | %d | %.0f |",
                what,
                CLIENTS,
                requests,
                failed,
                requests / seconds));
    }

    /** The table goes to target/concurrency.md, for the record of a run; the assertions are the test. */
    private static synchronized void row(String line) {
        try {
            java.nio.file.Files.writeString(
                    java.nio.file.Path.of("target/concurrency.md"),
                    line + "\n",
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every client sends its requests one after another; all clients at once. Statuses counted. */
    private Map<Integer, Integer> hammer(java.util.function.Supplier<HttpRequest> request) throws Exception {
        Map<Integer, Integer> byStatus = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                all.add(clients.submit(() -> {
                    for (int r = 0; r < REQUESTS_PER_CLIENT; r++) {
                        HttpResponse<Void> response = http.send(request.get(), HttpResponse.BodyHandlers.discarding());
                        byStatus.merge(response.statusCode(), 1, Integer::sum);
                    }
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get();
            }
        } finally {
            clients.shutdownNow();
        }
        return new TreeMap<>(byStatus);
    }

    private long firstArticleId() {
        return io.restassured.RestAssured.given()
                .queryParam("size", 1)
                .when()
                .get("/api/stances")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("items[0].evidence.article.id");
    }

    private URI uri(String path) {
        return URI.create(base.toString().replaceAll("/$", "") + path);
    }
}
