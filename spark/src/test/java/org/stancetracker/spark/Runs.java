package org.stancetracker.spark;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.stancetracker.cli.StanceCommand;

/**
 * Runs of the Spark job and of {@code ./stance} in this JVM, each against a given database (through
 * {@code STANCE_DB_URL}, as a user sets it) and {@code STANCE_HOME} (for plugins).
 */
final class Runs {
    private Runs() {}

    record Run(int exitCode, String out, String err) {}

    static Run spark(String databaseUrl, Path home, String... args) {
        return with(databaseUrl, home, (out, err) -> StanceSparkJob.run(SharedSpark.session(), out, err, args));
    }

    static Run stance(String databaseUrl, Path home, String... args) {
        return with(databaseUrl, home, (out, err) -> StanceCommand.execute(out, err, args));
    }

    /** {@code stance export --format jsonl} of a database: what two loads are compared by. */
    static String export(String databaseUrl, Path home) {
        Run export = stance(databaseUrl, home, "export", "--format", "jsonl");
        if (export.exitCode() != 0) {
            throw new AssertionError("export failed: " + export.err());
        }
        return export.out();
    }

    private interface Command {
        int run(PrintWriter out, PrintWriter err);
    }

    private static Run with(String databaseUrl, Path home, Command command) {
        Map<String, String> settings =
                Map.of("STANCE_DB_URL", databaseUrl, "STANCE_DB_USER", "postgres", "STANCE_HOME", home.toString());
        settings.forEach(System::setProperty);
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = command.run(new PrintWriter(out, true), new PrintWriter(err, true));
            return new Run(code, out.toString(), err.toString());
        } finally {
            settings.keySet().forEach(System::clearProperty);
        }
    }
}
