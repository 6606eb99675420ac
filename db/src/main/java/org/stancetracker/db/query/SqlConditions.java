package org.stancetracker.db.query;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A WHERE clause built from fixed SQL fragments with bind parameters, only for the filters a
 * request gives. Values are always bound, never written into the SQL. The one way the readers of
 * every module write their conditions: {@link StanceFilter} renders its filters with it.
 */
public final class SqlConditions {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    /** A condition with as many {@code ?} as values. */
    public SqlConditions add(String condition, Object... conditionValues) {
        conditions.add(condition);
        values.addAll(List.of(conditionValues));
        return this;
    }

    /** A condition without values, when {@code wanted}. */
    public SqlConditions addIf(boolean wanted, String condition) {
        return wanted ? add(condition) : this;
    }

    public SqlConditions addIfPresent(String condition, Optional<?> value) {
        value.ifPresent(v -> add(condition, v));
        return this;
    }

    /** {@code WHERE a AND b ...}, or nothing. */
    public String sql() {
        return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
    }

    /** {@code AND a AND b ...}, to follow conditions of its own, or nothing. */
    public String andSql() {
        return conditions.isEmpty() ? "" : " AND " + String.join(" AND ", conditions);
    }

    /** The values of the conditions' {@code ?}, in order. */
    public List<Object> values() {
        return List.copyOf(values);
    }

    /** Binds the values from parameter {@code first} on; returns the next free index. */
    public int bind(PreparedStatement statement, int first) throws SQLException {
        int index = first;
        for (Object value : values) {
            statement.setObject(index++, value);
        }
        return index;
    }
}
