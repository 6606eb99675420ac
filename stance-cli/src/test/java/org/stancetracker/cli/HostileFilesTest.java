package org.stancetracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths a load cannot read (a directory or file without permission, a symbolic link to nothing or in
 * a loop, a path that does not exist) are each rejected with the path and why, and the load goes on.
 * The loader runs in a JVM of its own, so that what it prints is all seen; run by root, it runs
 * without the capabilities that let root read anything, as an ordinary user would.
 */
class HostileFilesTest {
    @TempDir
    Path work;

    @Test
    void paths_that_cannot_be_read_are_rejected_with_the_path_and_why() throws Exception {
        Path archive = Files.createDirectories(work.resolve("archive"));
        Files.writeString(archive.resolve("a.txt"), HostileRecordsTest.news("a"));
        Files.writeString(
                Files.createDirectories(archive.resolve("sub")).resolve("b.txt"), HostileRecordsTest.news("b"));
        Path locked = Files.createDirectories(archive.resolve("locked"));
        Files.writeString(locked.resolve("c.txt"), HostileRecordsTest.news("c"));
        Path secret = Files.writeString(archive.resolve("secret.txt"), HostileRecordsTest.news("secret"));
        Path closedFeed = Files.writeString(
                archive.resolve("closed.jsonl"), HostileRecordsTest.jsonLine("closed", null, null) + "\n");
        Path outside = Files.createDirectories(work.resolve("outside"));
        Files.writeString(outside.resolve("d.txt"), HostileRecordsTest.news("d"));
        Files.createSymbolicLink(archive.resolve("elsewhere"), Path.of("../outside"));
        Files.createSymbolicLink(archive.resolve("dangling.txt"), Path.of("missing.txt"));
        Files.createSymbolicLink(archive.resolve("self.txt"), Path.of("self.txt"));
        Files.createSymbolicLink(archive.resolve("sub/up"), Path.of(".."));
        Path danglingNamed = Files.createSymbolicLink(work.resolve("named-link.txt"), Path.of("nowhere.txt"));
        Path rejects = work.resolve("rejects.jsonl");
        List<String> prefix = ChildRun.asAnOrdinaryUser();

        ChildRun run;
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().start()) {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
            Files.setPosixFilePermissions(closedFeed, PosixFilePermissions.fromString("---------"));
            try {
                ProcessBuilder load = ChildRun.command(
                        work,
                        prefix,
                        ChildRun.SMALL_HEAP,
                        "load",
                        "--rejects",
                        rejects.toString(),
                        archive.toString(),
                        danglingNamed.toString());
                load.environment()
                        .put("STANCE_DB_URL", "jdbc:postgresql://localhost:" + database.getPort() + "/postgres");
                load.environment().put("STANCE_DB_USER", "postgres");
                run = ChildRun.run(load, work);
            } finally {
                Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
                Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
                Files.setPosixFilePermissions(closedFeed, PosixFilePermissions.fromString("rw-------"));
            }
            assertThat(stored(database)).containsExactly("files:a.txt", "files:b.txt", "files:d.txt");
        }

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PARTIAL);
        assertThat(run.err())
                .doesNotContain("\tat ")
                .contains("rejected " + locked + ": cannot be read: permission denied")
                .contains("rejected " + secret + ": cannot be read: permission denied")
                .contains("rejected " + closedFeed + ": cannot be read: permission denied")
                .contains("rejected " + archive.resolve("dangling.txt") + ": a symbolic link to nothing (missing.txt)")
                .contains("rejected " + archive.resolve("self.txt") + ": a symbolic link loop (self.txt)")
                .contains("rejected " + archive.resolve("sub/up")
                        + ": a symbolic link loop: leads back to a directory it is in")
                .contains("rejected " + danglingNamed + ": a symbolic link to nothing (nowhere.txt)");
        // A path named that is not there at all is a usage error before anything starts (CommandLineMistakesTest).
        assertThat(run.out()).contains("loaded 3,").contains("rejected 7,");
        assertThat(HostileRecordsTest.rejects(rejects)).hasSize(7);
    }

    @Test
    void a_pipe_or_a_device_is_rejected_whether_named_or_found_and_the_load_goes_on() throws Exception {
        Path home = Files.createDirectories(work.resolve("home"));
        Path feed = Files.createDirectories(work.resolve("feed"));
        Files.writeString(feed.resolve("a.txt"), HostileRecordsTest.news("a"));
        Path namedPipe = work.resolve("named.jsonl");
        Path foundPipe = feed.resolve("found.jsonl");
        for (Path pipe : List.of(namedPipe, foundPipe)) {
            assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor())
                    .isZero();
        }
        Path zero = Files.createSymbolicLink(work.resolve("z.jsonl"), Path.of("/dev/zero"));

        CliRun run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(120),
                () -> CliRun.run(home, "load", namedPipe.toString(), zero.toString(), feed.toString()));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PARTIAL);
        assertThat(run.err())
                .contains("rejected " + namedPipe + ": not a regular file (a pipe, socket or device)")
                .contains("rejected " + zero + ": not a regular file (a pipe, socket or device)")
                .contains("rejected " + foundPipe + ": not a regular file (a pipe, socket or device)");
        assertThat(run.out()).contains("loaded 1,").contains("rejected 3,");
    }

    private static List<String> stored(EmbeddedPostgres database) throws Exception {
        try (Connection c = database.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT source || ':' || external_id FROM article")) {
            List<String> keys = new ArrayList<>();
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
            keys.sort(null);
            return keys;
        }
    }
}
