package org.stancetracker.db.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancetracker.db.Database;
import org.stancetracker.db.DatabaseSettings;

/**
 * No embedded server outlives every command on its home. Before, a loader killed with SIGKILL left its
 * postmaster running for good (later commands used it and none stopped it), and so did a serve that
 * ended while a load was connected, once the load ended too.
 */
class OrphanedServerTest {
    @TempDir
    Path home;

    @Test
    void the_next_command_stops_the_server_a_killed_command_left_running() throws Exception {
        Process killed = command("die");
        assertThat(firstLine(killed)).startsWith("open on");
        assertThat(killed.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(EmbeddedServer.runningPort(home.resolve("pgdata")))
                .as("left running")
                .isPresent();

        try (Database next = Database.open(DatabaseSettings.embeddedAt(home))) {
            next.connect().close();
        }
        assertThat(EmbeddedServer.runningPort(home.resolve("pgdata")))
                .as("stopped by the next command")
                .isEmpty();
    }

    @Test
    void the_last_command_out_stops_the_server_when_the_one_that_started_it_left_first() throws Exception {
        Process first = command("finish");
        assertThat(firstLine(first)).startsWith("open on");
        try (Database second = Database.open(DatabaseSettings.embeddedAt(home))) {
            try (Connection working = second.connect()) {
                // The first command ends while this one works: it leaves the server running for it.
                try (OutputStream stdin = first.getOutputStream()) {
                    stdin.write("\n".getBytes(StandardCharsets.UTF_8));
                }
                assertThat(first.waitFor(1, TimeUnit.MINUTES)).isTrue();
                assertThat(first.exitValue()).isZero();
                assertThat(EmbeddedServer.runningPort(home.resolve("pgdata"))).isPresent();
                assertThat(working.isValid(5)).isTrue();
            }
        }
        assertThat(EmbeddedServer.runningPort(home.resolve("pgdata")))
                .as("stopped by the last one out")
                .isEmpty();
    }

    private Process command(String how) throws IOException {
        return new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        HoldsEmbeddedServer.class.getName(),
                        home.toString(),
                        how)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static String firstLine(Process process) throws IOException {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        return line == null ? "" : line;
    }
}
