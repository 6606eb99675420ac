package org.stancetracker.cli;

/** The command line asks for something that cannot be: exit code 2, with this message. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
