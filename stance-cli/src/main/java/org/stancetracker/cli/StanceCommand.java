package org.stancetracker.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.stancetracker.cli.evaluate.EvaluateCommand;
import org.stancetracker.cli.export.ExportCommand;
import org.stancetracker.cli.extract.ExtractCommand;
import org.stancetracker.cli.load.LoadCommand;
import org.stancetracker.cli.plugins.PluginsCommand;
import org.stancetracker.cli.serve.ServeCommand;
import org.stancetracker.db.DatabaseUnavailableException;
import org.stancetracker.extraction.PluginException;
import org.stancetracker.spi.InvalidConfigurationException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./stance}: the tracker's command-line tool. */
@Command(
        name = "stance",
        mixinStandardHelpOptions = true,
        versionProvider = StanceCommand.Version.class,
        description = "Tracks who supports or opposes what, when, and on what evidence, from news articles.",
        subcommands = {
            LoadCommand.class,
            ExtractCommand.class,
            ExportCommand.class,
            EvaluateCommand.class,
            ServeCommand.class,
            PluginsCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {
            "",
            "Database: the embedded PostgreSQL under STANCE_HOME (default ~/.stance), or",
            "the one named by STANCE_DB_URL with STANCE_DB_USER and STANCE_DB_PASSWORD.",
            "Exit codes: 0 ok, 1 failure, 2 usage error (a plugin or setting included),",
            "3 some input rejected or some extractor failed on some article."
        })
public final class StanceCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "a command is required: load, extract, export, evaluate, serve or plugins");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and maps every failure to its exit code, in this one place. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with results written to {@code out} and diagnostics to {@code err}. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new StanceCommand());
        commandLine.setOut(out);
        // Diagnostics repeat input; nothing in them may act on the terminal (TerminalSafeWriter).
        PrintWriter diagnosticsOut = new PrintWriter(new TerminalSafeWriter(err), true);
        commandLine.setErr(diagnosticsOut);
        // Every date option (export --from, load --published, ...) is a day; a value that is not one is
        // named in one line, not in a Java exception's words.
        commandLine.registerConverter(LocalDate.class, StanceCommand::day);
        commandLine.setParameterExceptionHandler(StanceCommand::wrongCommandLine);
        commandLine.setExecutionExceptionHandler((exception, cl, parseResult) -> {
            PrintWriter diagnostics = cl.getErr();
            if (cl.getParseResult() != null && cl.getParseResult().hasMatchedOption("--verbose")) {
                exception.printStackTrace(diagnostics);
            }
            if (exception instanceof DatabaseUnavailableException) {
                diagnostics.println("stance: " + exception.getMessage());
            } else if (exception instanceof UsageException
                    || exception instanceof PluginException
                    || exception instanceof InvalidConfigurationException) {
                // A plugin that cannot be loaded and a setting it refuses are what the command line asked
                // for, found before anything starts: fixed by changing the command or the plugins directory.
                diagnostics.println("stance: " + exception.getMessage());
                return ExitCode.USAGE;
            } else {
                diagnostics.println("stance: " + exception);
            }
            return ExitCode.FAILURE;
        });
        try {
            return commandLine.execute(args);
        } finally {
            diagnosticsOut.flush();
        }
    }

    /** A day as a date option takes it: YYYY-MM-DD. */
    static LocalDate day(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("not a day; use YYYY-MM-DD, such as 2018-09-17");
        }
    }

    /**
     * A command line picocli cannot parse (an unknown option, a missing or bad value) is one line and exit
     * code 2, as every other usage error: the whole usage after it would bury the line that matters.
     */
    private static int wrongCommandLine(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter diagnostics = cl.getErr();
        String message;
        if (e.getCause() instanceof CommandLine.TypeConversionException bad
                && e.getArgSpec() instanceof CommandLine.Model.OptionSpec option) {
            message = option.longestName() + " " + e.getValue() + ": " + bad.getMessage();
        } else {
            message = e.getMessage() + "; see " + cl.getCommandSpec().qualifiedName() + " --help";
        }
        diagnostics.println("stance: " + message.lines().findFirst().orElse(""));
        diagnostics.flush();
        return ExitCode.USAGE;
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = StanceCommand.class.getPackage().getImplementationVersion();
            return new String[] {"stance " + (version == null ? "dev" : version)};
        }
    }
}
