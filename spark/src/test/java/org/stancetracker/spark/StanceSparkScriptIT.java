package org.stancetracker.spark;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's path for the Spark job, as a user runs it: the real {@code ./stance-spark} script with
 * {@code --master 'local[2]'} loads the samples into the embedded database of a fresh STANCE_HOME,
 * and {@code ./stance serve} on that home answers the timeline from what the job stored.
 */
class StanceSparkScriptIT {
    private static final Path ROOT = Path.of(System.getProperty("stance.root"));
    private static final Path SAMPLES = Corpus.SAMPLES.resolve("idlib-2018-seeds");

    @TempDir
    Path home;

    @Test
    void a_spark_load_is_what_stance_serve_reads() throws Exception {
        Process load = start(List.of(
                ROOT.resolve("stance-spark").toString(),
                "--master",
                "local[2]",
                "--rejects",
                home.resolve("rejects").toString(),
                SAMPLES.toString()));
        assertThat(load.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String out = Files.readString(home.resolve("out.txt"));
        assertThat(load.exitValue())
                .as(Files.readString(home.resolve("err.txt")))
                .isZero();
        assertThat(out).contains("read 5, loaded 5, skipped 0 already present, rejected 0");
        assertThat(Files.readString(home.resolve("err.txt"))).contains("5 files in");

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process serve = start(List.of(ROOT.resolve("stance").toString(), "serve", "--port", String.valueOf(port)));
        try {
            String timeline = awaitTimeline(port);
            assertThat(timeline).contains("\"topic\":\"idlib\"").contains("\"actor\":\"TUR\"");
        } finally {
            serve.destroy();
            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    private Process start(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command))
                .redirectOutput(home.resolve("out.txt").toFile())
                .redirectError(home.resolve("err.txt").toFile());
        builder.environment().put("STANCE_HOME", home.toString());
        builder.environment().remove("STANCE_DB_URL");
        return builder.start();
    }

    private static String awaitTimeline(int port) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/topics/idlib/timeline"))
                .timeout(Duration.ofSeconds(10))
                .build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (true) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (IOException notYet) {
                // the API is still starting
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the API did not answer within 3 minutes");
            }
            Thread.sleep(500);
        }
    }
}
