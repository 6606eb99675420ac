package org.stancetracker.cli;

/** The exit codes every command uses. */
public final class ExitCode {
    /** Everything done. */
    public static final int OK = 0;
    /** Nothing or not all done, for a reason that is not the input's: the database is unreachable, say. */
    public static final int FAILURE = 1;
    /** The command line is wrong, or a plugin it runs cannot be loaded, or refuses a setting given. */
    public static final int USAGE = 2;
    /**
     * Done, but some input was rejected, or some extractor failed on some article; each rejection and
     * failure was reported.
     */
    public static final int PARTIAL = 3;

    private ExitCode() {}
}
