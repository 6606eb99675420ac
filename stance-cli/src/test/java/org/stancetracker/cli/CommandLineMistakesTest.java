package org.stancetracker.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes an analyst makes on the command line, each run as the real command in a JVM of its own: the
 * answer is one line on stderr that names what is wrong, exit code 2, and no database started for it.
 */
class CommandLineMistakesTest {
    @TempDir
    Path home;

    @Test
    void an_impossible_day_in_a_date_option_is_one_line_naming_the_option_and_the_value() throws Exception {
        assertOneLine(
                ChildRun.run(home, "export", "--from", "2018-13-01"),
                "stance: --from 2018-13-01: not a day; use YYYY-MM-DD, such as 2018-09-17");
        assertOneLine(
                ChildRun.run(home, "export", "--to", "yesterday"),
                "stance: --to yesterday: not a day; use YYYY-MM-DD, such as 2018-09-17");
        assertOneLine(
                ChildRun.run(home, "load", "--published", "2018-02-30", "whatever.txt"),
                "stance: --published 2018-02-30: not a day; use YYYY-MM-DD, such as 2018-09-17");
    }

    @Test
    void an_unknown_option_is_one_line_without_the_whole_usage() throws Exception {
        assertOneLine(
                ChildRun.run(home, "export", "--colour", "red"),
                "stance: Unknown options: '--colour', 'red'; see stance export --help");
    }

    @Test
    void a_path_to_load_that_is_not_there_is_one_line_naming_it() throws Exception {
        Path there = java.nio.file.Files.writeString(home.resolve("there.txt"), "Some article\n\nIts text.");
        Path absent = home.resolve("absent").resolve("archive.csv");
        assertOneLine(
                ChildRun.run(home, "load", there.toString(), absent.toString()),
                "stance: " + absent + ": no such file or directory");
    }

    @Test
    void a_topic_or_actor_the_reference_data_does_not_know_is_one_line_naming_it() throws Exception {
        assertOneLine(
                ChildRun.run(home, "export", "--topic", "nope"), "stance: --topic nope: no such topic; topics: idlib");
        assertOneLine(
                ChildRun.run(home, "export", "--topic", "Idlib!"),
                "stance: --topic Idlib!: no such topic; topics: idlib");
        String actors = "CHN, DEU, EU, FRA, GBR, IRN, IRQ, ISR, JOR, LBN, NATO, QAT, RUS, SAU, SYR, TUR, UN, USA";
        assertOneLine(
                ChildRun.run(home, "export", "--topic", "idlib", "--actor", "tur"),
                "stance: --actor tur: no such actor; actors: " + actors);
        assertOneLine(
                ChildRun.run(home, "extract", "--topic", "atlantis"),
                "stance: --topic atlantis: no such topic; topics: idlib");
        Path gold = java.nio.file.Files.writeString(home.resolve("gold.json"), "{}");
        assertOneLine(
                ChildRun.run(home, "evaluate", "--gold", gold.toString(), "--actors", "TUR,XYZ"),
                "stance: --actors XYZ: no such actor; actors: " + actors);
    }

    @Test
    void a_plugins_directory_named_but_not_there_is_one_line_naming_it() throws Exception {
        Path absent = home.resolve("my-plugins");
        assertOneLine(
                ChildRun.run(home, "plugins", "--plugins", absent.toString()),
                "stance: --plugins " + absent + ": no such directory");
        Path file = java.nio.file.Files.writeString(home.resolve("plugin.jar"), "not a directory");
        assertOneLine(
                ChildRun.run(home, "load", "--plugins", file.toString(), file.toString()),
                "stance: --plugins " + file + ": not a directory");
    }

    @Test
    void without_plugins_named_a_missing_default_plugins_directory_means_no_plugins() throws Exception {
        ChildRun run = ChildRun.run(home, "plugins");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("NAME").contains("statements").contains("quotes");
        assertThat(run.err()).contains("plugins directory: " + home.resolve("plugins"));
    }

    @Test
    void serve_on_a_port_another_program_holds_is_one_line_naming_the_port() throws Exception {
        try (ServerSocket holder = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = holder.getLocalPort();
            assertOneLine(
                    ChildRun.run(home, "serve", "--port", String.valueOf(port)),
                    "stance: --port " + port + ": already in use on localhost; stop what listens there or choose"
                            + " another port");
        }
    }

    private void assertOneLine(ChildRun run, String line) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err().lines()).as("stderr").containsExactly(line);
        assertThat(run.out()).as("stdout").isEmpty();
        assertThat(home.resolve("pgdata"))
                .as("the embedded PostgreSQL's data directory")
                .doesNotExist();
    }
}
