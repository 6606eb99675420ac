package org.stancetracker.db.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A number that grows whenever stored data changes, for readers that cache answers. Writers bump it
 * after their commit, so a reader that sees the old number can only have read the old data or the
 * new: an answer cached under the old number is dropped at the next read of the number.
 */
public final class DataVersion {
    private DataVersion() {}

    /** Marks a committed change; call after the commit, on the same connection. */
    public static void bump(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT nextval('data_version')");
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    public static long current(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT last_value + CASE WHEN is_called THEN 1 ELSE 0 END FROM data_version")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
