package org.stancetracker.cli;

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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's path, as a user runs it: the real {@code ./stance} script, in separate processes,
 * against the embedded PostgreSQL in a fresh STANCE_HOME.
 */
class StanceScriptIT {
    private static final Path ROOT = Path.of(System.getProperty("stance.root"));
    private static final Path SAMPLES = Path.of(System.getProperty("stance.samples.dir")).resolve("idlib-2018-seeds");

    @TempDir
    Path home;

    record Result(int exitCode, String out, String err) {
    }

    @Test
    void load_serve_and_query_the_timeline_while_a_second_process_loads() throws Exception {
        Result load = stance("load", SAMPLES.toString());
        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(load.out()).contains("loaded 5");

        int port = freePort();
        Process serve = start(List.of("serve", "--port", String.valueOf(port)), true);
        try {
            String timeline = awaitTimeline(port);
            assertThat(timeline).contains("\"topic\":\"idlib\"").contains("\"actor\":\"TUR\"").contains("\"actor\":\"RUS\"");

            // A second process uses the server that `serve` started instead of failing on the data directory.
            Result again = stance("load", SAMPLES.toString());
            assertThat(again.exitCode()).as(again.err()).isZero();
            assertThat(again.out()).contains("skipped 5 already present");
            assertThat(again.err()).contains("already running");
        } finally {
            serve.destroy();
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        // With every process gone, the embedded server is stopped, not left behind.
        assertThat(Files.exists(home.resolve("pgdata/postmaster.pid"))).isFalse();
    }

    @Test
    void export_writes_one_json_stance_per_line() throws Exception {
        stance("load", SAMPLES.toString());
        Result export = stance("export", "--format", "jsonl");
        assertThat(export.exitCode()).isZero();
        assertThat(export.out().lines().toList()).isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith("{\"article\":").endsWith("}"));
    }

    @Test
    void a_load_on_a_terminal_shows_a_live_progress_line_and_without_one_does_not() throws Exception {
        Path script = Path.of("/usr/bin/script");
        Assumptions.assumeTrue(Files.isExecutable(script), "util-linux's script gives the command a terminal");
        // `script` runs the command on a pseudo-terminal, as a user's shell would.
        ProcessBuilder builder = new ProcessBuilder(script.toString(), "-qec",
                ROOT.resolve("stance") + " load " + SAMPLES, "/dev/null").directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().put("STANCE_HOME", home.toString());
        builder.environment().remove("STANCE_DB_URL");
        builder.environment().put("TERM", "xterm");
        Process process = builder.start();
        process.getOutputStream().close();
        String terminal = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(terminal).isZero();
        assertThat(terminal).contains("Loading").contains("articles/s").contains("loaded 5");
        assertThat(terminal).as("the bar redraws its line in place").contains("\r");

        Result piped = stance("load", SAMPLES.toString());
        assertThat(piped.out() + piped.err()).doesNotContain("Loading").contains("skipped 5 already present");
    }

    @Test
    void every_command_has_help_with_examples() throws Exception {
        for (String command : List.of("load", "extract", "export", "evaluate", "serve", "plugins")) {
            Result help = stance(command, "--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).contains("Usage: stance " + command).contains("Examples:");
        }
    }

    private Result stance(String... args) throws IOException, InterruptedException {
        Process process = start(List.of(args), false);
        process.getOutputStream().close();
        // Small outputs: reading one stream after the other cannot deadlock here.
        String out = new String(process.getInputStream().readAllBytes());
        String err = new String(process.getErrorStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), out, err);
    }

    /** Starts the script; a long-running one logs to files, so that nothing blocks on a full pipe. */
    private Process start(List<String> args, boolean toFiles) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("stance").toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        builder.environment().put("STANCE_HOME", home.toString());
        builder.environment().remove("STANCE_DB_URL");
        if (toFiles) {
            builder.redirectOutput(home.resolve("serve.out").toFile()).redirectError(home.resolve("serve.err").toFile());
        }
        return builder.start();
    }

    private String awaitTimeline(int port) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/topics/idlib/timeline"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (IOException notYetListening) {
                // the API is still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the API did not answer within 90 s; its log: "
                + Files.readString(home.resolve("serve.err")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
