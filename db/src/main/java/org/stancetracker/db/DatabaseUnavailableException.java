package org.stancetracker.db;

/** The database cannot be reached or started; the message says which and why. */
public final class DatabaseUnavailableException extends RuntimeException {
    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
