package org.stancetracker.db.store;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.postgresql.PGConnection;

/**
 * Rows for PostgreSQL's {@code COPY ... FROM STDIN} in its text format, sent in one stream through
 * pgjdbc's CopyManager: the fastest way to add many rows, with values that are data, never SQL.
 */
final class CopyRows {
    private final String table;
    private final String columns;
    private final StringBuilder rows = new StringBuilder(1 << 16);
    private int count;
    private boolean rowStarted;

    /** @param columns the column list, in the order values are given */
    CopyRows(String table, String columns) {
        this.table = table;
        this.columns = columns;
    }

    CopyRows value(Object value) {
        if (rowStarted) {
            rows.append('\t');
        }
        rowStarted = true;
        if (value instanceof Optional<?> optional) {
            value = optional.orElse(null);
        }
        if (value == null) {
            rows.append("\\N");
        } else if (value instanceof String text) {
            escape(text);
        } else if (value instanceof Number || value instanceof LocalDate) {
            rows.append(value);
        } else {
            throw new IllegalArgumentException(
                    "no COPY form for " + value.getClass().getName());
        }
        return this;
    }

    CopyRows endRow() {
        rows.append('\n');
        rowStarted = false;
        count++;
        return this;
    }

    int count() {
        return count;
    }

    /** Sends the rows; returns how many the server stored. */
    long copy(Connection connection) throws SQLException {
        if (count == 0) {
            return 0;
        }
        try {
            return connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY " + table + " (" + columns + ") FROM STDIN", new StringReader(rows.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " failed: " + e.getMessage(), e);
        }
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                case '\t' -> rows.append("\\t");
                default -> rows.append(c);
            }
        }
    }
}
