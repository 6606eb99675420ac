package org.stancetracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL killed while a load stores articles: the load ends with exit 1 and one
 * line that says what happened, no stack trace, and a second run resumes where the first committed.
 */
class DatabaseKilledTest {
    private static final int ARTICLES = 400;

    @TempDir
    Path home;

    @AfterEach
    void stopTheServerOfTheResumedLoad() throws IOException {
        postmaster().ifPresent(ProcessHandle::destroy);
    }

    @Test
    void a_load_whose_database_is_killed_says_so_in_one_line_and_resumes_when_run_again() throws Exception {
        Path feed = home.resolve("feed.jsonl");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            lines.add(HostileRecordsTest.jsonLine("k" + i, null, null));
        }
        Files.write(feed, lines, StandardCharsets.UTF_8);
        Path err = home.resolve("killed.err");

        Process load = ChildRun.command(
                        home, List.of(), ChildRun.SMALL_HEAP, "load", "--batch-size", "10", feed.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && load.isAlive() && stored() < 30) {
            Thread.sleep(20);
        }
        assertThat(load.isAlive())
                .as("the load was still running when its database was killed")
                .isTrue();
        ProcessHandle postmaster = postmaster().orElseThrow();
        postmaster.destroyForcibly(); // SIGKILL: the server gone at once, as an out-of-memory killer would
        postmaster.onExit().get(30, TimeUnit.SECONDS);
        assertThat(load.waitFor(60, TimeUnit.SECONDS)).as("the load ended").isTrue();

        String diagnostics = Files.readString(err);
        assertThat(load.exitValue()).as(diagnostics).isEqualTo(ExitCode.FAILURE);
        assertThat(diagnostics).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(diagnostics.lines().filter(l -> l.startsWith("stance:")).toList())
                .singleElement()
                .asString()
                .startsWith("stance: storing articles failed: ")
                .endsWith(
                        "; the batches committed before are kept, and running the same load again resumes after them");

        ChildRun resumed = ChildRun.run(home, "load", "--batch-size", "10", feed.toString());
        assertThat(resumed.exitCode()).as(resumed.err()).isEqualTo(ExitCode.OK);
        assertThat(resumed.err()).contains("resuming " + feed + " after record");
        assertThat(StoredArticles.keys(home)).hasSize(ARTICLES);
    }

    /** The embedded server's postmaster, from the first line of its postmaster.pid. */
    private java.util.Optional<ProcessHandle> postmaster() throws IOException {
        Path pid = home.resolve("pgdata/postmaster.pid");
        if (!Files.exists(pid)) {
            return java.util.Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).strip()));
    }

    private long stored() {
        try {
            try (Connection c = org.stancetracker.db.embedded.EmbeddedServer.connectToRunning(home);
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT count(*) FROM article")) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException | IOException | RuntimeException e) {
            return 0; // not started yet, or not migrated yet
        }
    }
}
