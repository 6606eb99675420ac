package org.stancetracker.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** One run of the real command line in this JVM, against the database under a given STANCE_HOME. */
record CliRun(int exitCode, String out, String err) {
    static CliRun run(Path home, String... args) {
        String previous = System.getProperty("STANCE_HOME");
        System.setProperty("STANCE_HOME", home.toString());
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = StanceCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
            return new CliRun(code, out.toString(), err.toString());
        } finally {
            if (previous == null) {
                System.clearProperty("STANCE_HOME");
            } else {
                System.setProperty("STANCE_HOME", previous);
            }
        }
    }
}
