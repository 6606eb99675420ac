package org.stancetracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several API processes on one database, as when the API is scaled out behind a load balancer:
 * each keeps its own answer cache, keyed by the database's data version, which it re-reads at most
 * every {@code stance.api.cache.version-check-ms}. A write through one process must show in the
 * answers of every other within that interval, even for an answer the other has cached.
 *
 * <p>Three real {@code ./stance serve} processes share the embedded PostgreSQL of one STANCE_HOME
 * (the first starts it, the others attach to it): A takes the write, B re-reads the version every
 * 250 ms (the default), and C, the control, only once an hour. C shows that the answers really are
 * cached, so that B's fresh answer is owed to the version it re-read and not to a cache miss.
 */
class TwoApisOneDatabaseIT {
    private static final Path ROOT = Path.of(System.getProperty("stance.root"));
    private static final Path SAMPLES =
            Path.of(System.getProperty("stance.samples.dir")).resolve("idlib-2018-seeds");
    private static final String API_KEY = "it-key";
    private static final String TIMELINE = "/api/topics/idlib/timeline";
    /** The API's default version check interval. */
    private static final long DEFAULT_CHECK_MS = 250;
    /**
     * B's version check interval: the default, given explicitly. {@code -Dit.version-check-ms=60000}
     * shows the test failing when B does not re-read the version in time.
     */
    private static final long B_CHECK_MS = Long.getLong("it.version-check-ms", DEFAULT_CHECK_MS);
    /** How long B may take to show a write: the default interval, plus slack for a busy 2-core machine. */
    private static final Duration VISIBLE_WITHIN = Duration.ofMillis(DEFAULT_CHECK_MS + 5_000);

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path home;

    @Test
    void a_write_through_one_api_process_is_seen_by_another_within_its_version_check_interval() throws Exception {
        Process load = start("load", List.of("load", SAMPLES.toString()), Map.of());
        assertThat(load.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(load.exitValue()).as(log("load")).isZero();

        List<Process> apis = new ArrayList<>();
        try {
            int portA = freePort();
            apis.add(start("a", serve(portA), Map.of()));
            // A starts the embedded PostgreSQL; B and C attach to it once it answers.
            awaitReady(portA, "a");
            int portB = freePort();
            int portC = freePort();
            apis.add(start("b", serve(portB), Map.of("STANCE_API_CACHE_VERSION_CHECK_MS", String.valueOf(B_CHECK_MS))));
            apis.add(start("c", serve(portC), Map.of("STANCE_API_CACHE_VERSION_CHECK_MS", "3600000")));
            awaitReady(portB, "b");
            awaitReady(portC, "c");

            // B and C answer the day timeline of the loaded samples, and keep it.
            long before = dayCount(get(portB, TIMELINE));
            assertThat(before).isPositive();
            assertThat(dayCount(get(portC, TIMELINE))).isEqualTo(before);

            String text = "Update. " + Files.readString(firstSample());
            HttpResponse<String> created = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + portA + "/api/articles"))
                            .header("Authorization", "Bearer " + API_KEY)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(
                                    Map.of("id", "it-two-apis", "published", "2018-12-20", "text", text))))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            long datedIdlibStances = 0;
            for (JsonNode stance : json.readTree(created.body()).path("stances")) {
                if (stance.path("topic").asText().equals("idlib")
                        && !stance.path("datePrecision").asText().equals("unknown")) {
                    datedIdlibStances++;
                }
            }
            assertThat(datedIdlibStances)
                    .as("the article must add dated idlib stances for the timeline to change: %s", created.body())
                    .isPositive();
            long written = System.nanoTime();

            // B: the new stances show within its interval, without a fixed sleep.
            long after = before;
            long deadline = written + VISIBLE_WITHIN.toNanos();
            while (after == before && System.nanoTime() < deadline) {
                Thread.sleep(20);
                after = dayCount(get(portB, TIMELINE));
            }
            long seenAfterMs = (System.nanoTime() - written) / 1_000_000;
            assertThat(after)
                    .as("B's timeline %d ms after the write through A", seenAfterMs)
                    .isEqualTo(before + datedIdlibStances);
            System.out.printf(
                    "B showed the write through A after %d ms (version check every %d ms)%n", seenAfterMs, B_CHECK_MS);

            // C has not re-read the version since it cached the answer: it still serves the old one,
            // while a question it has not cached (by week) is read from the database and has the write.
            assertThat(dayCount(get(portC, TIMELINE)))
                    .as("C's cached day timeline, its version read an hour at most")
                    .isEqualTo(before);
            assertThat(dayCount(get(portC, TIMELINE + "?granularity=week")))
                    .as("C's week timeline, not cached before the write")
                    .isEqualTo(before + datedIdlibStances);
        } finally {
            // A owns the embedded server: the attached processes go first.
            for (int i = apis.size() - 1; i >= 0; i--) {
                apis.get(i).destroy();
                assertThat(apis.get(i).waitFor(60, TimeUnit.SECONDS)).isTrue();
            }
        }
    }

    private Path firstSample() throws IOException {
        try (var files = Files.list(SAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".txt"))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** Support and oppose summed over every point of a timeline answer. */
    private long dayCount(String timeline) throws IOException {
        long count = 0;
        for (JsonNode series : json.readTree(timeline).path("series")) {
            for (JsonNode point : series.path("points")) {
                count += point.path("support").asLong() + point.path("oppose").asLong();
            }
        }
        return count;
    }

    private String get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static List<String> serve(int port) {
        return List.of("serve", "--port", String.valueOf(port));
    }

    /** Starts the script, its output to files named after {@code name}. */
    private Process start(String name, List<String> args, Map<String, String> env) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("stance").toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(ROOT.toFile())
                .redirectOutput(home.resolve(name + ".out").toFile())
                .redirectError(home.resolve(name + ".err").toFile());
        builder.environment().put("STANCE_HOME", home.toString());
        builder.environment().remove("STANCE_DB_URL");
        builder.environment().put("STANCE_API_KEYS", API_KEY);
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }

    private String log(String name) throws IOException {
        return Files.readString(home.resolve(name + ".err"));
    }

    private void awaitReady(int port, String name) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("API " + name + " was not ready within 120 s; its log: " + log(name));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
