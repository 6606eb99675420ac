package org.stancetracker.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of the real command line in a JVM of its own, with a heap of its own, against the database
 * under a given STANCE_HOME: how a test bounds the memory a load may take, and sees everything it
 * writes to stderr (loggers included), as a user would.
 */
record ChildRun(int exitCode, String out, String err) {
    /** The heap the loader is held to in these tests, well under the 640 MB the {@code stance} script gives it. */
    static final String SMALL_HEAP = "256m";

    /** A process builder for {@code stance ARGS}, with the test's class path and the given heap; {@code prefix} runs it (setpriv, say). */
    static ProcessBuilder command(Path home, List<String> prefix, String maxHeap, String... args) {
        List<String> command = new ArrayList<>(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + maxHeap);
        command.add("-XX:+UseParallelGC"); // as the stance script runs it
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(StanceCommand.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("STANCE_HOME", home.toString());
        builder.environment().remove("STANCE_DB_URL");
        return builder;
    }

    /**
     * What runs the loader as an ordinary user would: nothing for one; for root, setpriv dropping the
     * capabilities that let root read any file whatever its permissions, so that chmod 000 holds.
     * A test that needs that is skipped when root has no setpriv.
     */
    static List<String> asAnOrdinaryUser() throws IOException, InterruptedException {
        if (!"root".equals(System.getProperty("user.name"))) {
            return List.of();
        }
        Process probe = new ProcessBuilder("setpriv", "--version")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assumeTrue(
                probe.waitFor() == 0,
                "run by root without setpriv: permissions would not stop the loader from reading");
        return List.of("setpriv", "--bounding-set", "-dac_override,-dac_read_search");
    }

    /** Runs {@code stance ARGS} in a JVM with the small heap, and waits for it. */
    static ChildRun run(Path home, String... args) throws IOException, InterruptedException {
        return run(command(home, List.of(), SMALL_HEAP, args), home);
    }

    /** Runs a command from {@link #command} and waits for it, up to ten minutes; its output is kept under {@code scratch}. */
    static ChildRun run(ProcessBuilder command, Path scratch) throws IOException, InterruptedException {
        Path runs = Files.createDirectories(scratch.resolve("child-runs"));
        Path out = Files.createTempFile(runs, "stance", ".out");
        Path err = Files.createTempFile(runs, "stance", ".err");
        Process process =
                command.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean ended = process.waitFor(10, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        assertThat(ended)
                .as("stance ended within ten minutes: " + Files.readString(err))
                .isTrue();
        return new ChildRun(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
