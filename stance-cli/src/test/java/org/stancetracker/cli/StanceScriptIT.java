package org.stancetracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.ceasefire.CeasefireCalls;
import com.example.ceasefire.CeasefireCallsFactory;
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
    private static final Path SAMPLES =
            Path.of(System.getProperty("stance.samples.dir")).resolve("idlib-2018-seeds");

    /** The key `serve` takes writes with. */
    private static final String API_KEY = "it-key";

    @TempDir
    Path home;

    record Result(int exitCode, String out, String err) {}

    @Test
    void load_serve_and_query_the_timeline_while_a_second_process_loads() throws Exception {
        Result load = stance("load", SAMPLES.toString());
        assertThat(load.exitCode()).as(load.err()).isZero();
        assertThat(load.out()).contains("loaded 5");

        int port = freePort();
        Process serve = start(List.of("serve", "--port", String.valueOf(port)), true);
        try {
            String timeline = awaitTimeline(port);
            assertThat(timeline)
                    .contains("\"topic\":\"idlib\"")
                    .contains("\"actor\":\"TUR\"")
                    .contains("\"actor\":\"RUS\"");

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

    /**
     * SIGKILL to {@code serve}, which then runs no shutdown hook: its API child notices and stops, and
     * the port is free again.
     */
    @Test
    void serve_killed_with_sigkill_leaves_no_api_holding_the_port() throws Exception {
        Result load = stance("load", SAMPLES.toString());
        assertThat(load.exitCode()).as(load.err()).isZero();
        int port = freePort();
        Process serve = start(List.of("serve", "--port", String.valueOf(port)), true);
        awaitTimeline(port);
        List<ProcessHandle> children = serve.toHandle().descendants().toList();
        assertThat(children).as("the API child of serve").isNotEmpty();
        serve.toHandle().destroyForcibly();
        serve.waitFor(30, TimeUnit.SECONDS);
        // The java behind ./stance is the script's own process (exec), so the API is its child.
        for (ProcessHandle child : children) {
            child.onExit().completeOnTimeout(child, 60, TimeUnit.SECONDS).join();
            assertThat(child.isAlive())
                    .as("serve's child %d outlives it", child.pid())
                    .isFalse();
        }
        try (java.net.ServerSocket again = new java.net.ServerSocket()) {
            again.bind(new java.net.InetSocketAddress("localhost", port));
        }
    }

    /**
     * SIGTERM while the embedded server is still starting (a fresh home: initdb, then the postmaster):
     * the API stops the server it was starting on its way out, rather than leave it running alone.
     */
    @Test
    void serve_stopped_while_the_database_starts_leaves_no_server_behind() throws Exception {
        Process serve = start(List.of("serve", "--port", String.valueOf(freePort())), true);
        long postmaster = awaitPostmaster(home.resolve("pgdata/postmaster.pid"));
        serve.destroy();
        assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
        try {
            // A fast shutdown of PostgreSQL takes a moment after the API has exited.
            ProcessHandle.of(postmaster)
                    .ifPresent(p -> p.onExit()
                            .completeOnTimeout(p, 60, TimeUnit.SECONDS)
                            .join());
            assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false))
                    .as(
                            "the postmaster %d outlives serve; its log: %s",
                            postmaster, Files.readString(home.resolve("serve.err")))
                    .isFalse();
        } finally {
            ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroy);
        }
    }

    /**
     * The pid of the postmaster once it has written its pid file; initdb writes one too, with a
     * negative pid (single-user mode), and the postmaster writes its port on the fourth line.
     */
    private static long awaitPostmaster(Path pidFile) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                List<String> lines = Files.readAllLines(pidFile);
                if (lines.size() >= 4 && !lines.get(0).startsWith("-")) {
                    return Long.parseLong(lines.get(0).strip());
                }
            } catch (IOException | NumberFormatException notYet) {
                // not written yet, or half written
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the postmaster did not start within 60 s");
    }

    /** A port another program holds: one line naming it, exit 2, and neither the API nor the database started. */
    @Test
    void serve_on_a_taken_port_says_so_in_one_line_before_anything_starts() throws Exception {
        try (ServerSocket holder = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            int port = holder.getLocalPort();
            Result serve = stance("serve", "--port", String.valueOf(port));
            assertThat(serve.exitCode()).as(serve.err()).isEqualTo(ExitCode.USAGE);
            assertThat(serve.err().lines())
                    .containsExactly("stance: --port " + port
                            + ": already in use on localhost; stop what listens there or choose another port");
            assertThat(home.resolve("pgdata")).doesNotExist();
        }
    }

    @Test
    void serve_listens_on_localhost_unless_told_otherwise() throws Exception {
        Result help = stance("serve", "--help");
        assertThat(help.out()).contains("--host").contains("default: localhost");
        int port = freePort();
        Process serve = start(List.of("serve", "--port", String.valueOf(port)), true);
        try {
            // serve says it is ready only once its port accepts connections (before, the API said so at start-up,
            // about 1.5 s before it listened).
            String ready = "Stance tracker ready: http://localhost:" + port + "/ (the page), http://localhost:" + port
                    + "/q/swagger-ui (the API)";
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!Files.readString(home.resolve("serve.err")).lines().anyMatch(ready::equals)) {
                assertThat(serve.isAlive())
                        .as("serve ended before it was ready: " + Files.readString(home.resolve("serve.err")))
                        .isTrue();
                assertThat(System.nanoTime())
                        .as("serve was not ready within 90 s")
                        .isLessThan(deadline);
                Thread.sleep(20);
            }
            try (java.net.Socket socket = new java.net.Socket()) {
                socket.connect(new java.net.InetSocketAddress("localhost", port), 1000);
            }
            awaitTimeline(port);
            String listening = new String(new ProcessBuilder("ss", "-Hltn", "sport = :" + port)
                    .start()
                    .getInputStream()
                    .readAllBytes());
            Assumptions.assumeTrue(!listening.isBlank(), "ss is not available to list listening sockets");
            // "LISTEN 0 4096 [::ffff:127.0.0.1]:8080 *:*": the fourth column is the local address.
            String local = listening.strip().split("\\s+")[3];
            assertThat(local.substring(0, local.lastIndexOf(':'))).isIn("127.0.0.1", "[::ffff:127.0.0.1]", "[::1]");
        } finally {
            serve.destroy();
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void export_writes_one_json_stance_per_line() throws Exception {
        stance("load", SAMPLES.toString());
        Result export = stance("export", "--format", "jsonl");
        assertThat(export.exitCode()).isZero();
        assertThat(export.out().lines().toList())
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith("{\"article\":").endsWith("}"));
    }

    @Test
    void a_load_on_a_terminal_shows_a_live_progress_line_and_without_one_does_not() throws Exception {
        Path script = Path.of("/usr/bin/script");
        Assumptions.assumeTrue(Files.isExecutable(script), "util-linux's script gives the command a terminal");
        // `script` runs the command on a pseudo-terminal, as a user's shell would.
        ProcessBuilder builder = new ProcessBuilder(
                        script.toString(), "-qec", ROOT.resolve("stance") + " load " + SAMPLES, "/dev/null")
                .directory(ROOT.toFile())
                .redirectErrorStream(true);
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
    void serve_runs_the_plugins_and_settings_it_is_given_on_a_submitted_article() throws Exception {
        Path plugins = home.resolve("my-plugins");
        PluginJars.write(plugins, "ceasefire-calls.jar", CeasefireCallsFactory.class, CeasefireCalls.class);
        int port = freePort();
        Process serve = start(
                List.of(
                        "serve",
                        "--port",
                        String.valueOf(port),
                        "--plugins",
                        plugins.toString(),
                        "--extractor-setting",
                        "ceasefire-calls.actor=RUS"),
                true);
        try {
            awaitTimeline(port);
            HttpResponse<String> created = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/articles"))
                                    .header("Authorization", "Bearer " + API_KEY)
                                    .header("Content-Type", "application/json")
                                    .POST(
                                            HttpRequest.BodyPublishers.ofString(
                                                    "{\"id\": \"it-plugins\", \"published\": \"2018-09-12\","
                                                            + " \"text\": \"MOSCOW - Officials discussed a ceasefire in Idlib on Wednesday.\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(created.body())
                    .contains("\"extractor\":\"ceasefire-calls\"")
                    .contains("\"actor\":\"RUS\"");
        } finally {
            serve.destroy();
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
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
        builder.environment().put("STANCE_API_KEYS", API_KEY);
        if (toFiles) {
            builder.redirectOutput(home.resolve("serve.out").toFile())
                    .redirectError(home.resolve("serve.err").toFile());
        }
        return builder.start();
    }

    private String awaitTimeline(int port) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/topics/idlib/timeline"))
                .timeout(Duration.ofSeconds(5))
                .build();
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
        throw new AssertionError(
                "the API did not answer within 90 s; its log: " + Files.readString(home.resolve("serve.err")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
