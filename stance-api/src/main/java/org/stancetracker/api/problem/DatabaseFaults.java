package org.stancetracker.api.problem;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Tells a database that is away (stopped, restarting, unreachable, too slow, out of connections)
 * from a fault of the request or of the code: the first is a 503 the client may retry, the second a
 * 500. Decided from the exception and its causes: the SQLSTATE classes of connection exceptions
 * ({@code 08}), of an operator intervention ({@code 57P01..57P03}, a shutdown or a start) and of
 * insufficient resources ({@code 53}), a statement cancelled by its timeout ({@code 57014}), and the
 * pool's own timeout when no connection could be had.
 */
public final class DatabaseFaults {
    private DatabaseFaults() {}

    /** Why the database cannot answer now, if that is what the exception says. */
    public static Optional<String> unavailable(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                if (state.startsWith("08")) {
                    return Optional.of("the database cannot be reached");
                }
                if (state.startsWith("57P") || state.startsWith("53")) {
                    return Optional.of("the database is restarting or out of resources");
                }
                if (state.equals("57014")) {
                    return Optional.of("the database did not answer in time");
                }
                String message = String.valueOf(sql.getMessage());
                if (message.contains("Acquisition timeout") || message.contains("acquisition timeout")) {
                    return Optional.of("no database connection was free in time");
                }
            }
            if (cause instanceof java.net.ConnectException || cause instanceof java.net.SocketTimeoutException) {
                return Optional.of("the database cannot be reached");
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
