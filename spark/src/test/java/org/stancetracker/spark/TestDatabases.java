package org.stancetracker.spark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL for this module's tests, and a fresh database in it for each use, so that a
 * Spark load and a {@code stance load} of the same corpus land in databases alike but apart.
 */
final class TestDatabases {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestDatabases() {}

    /** A new, empty database; its JDBC URL. */
    static synchronized String fresh() {
        try {
            if (server == null) {
                server = EmbeddedPostgres.builder().start();
            }
            String name = "tracker_" + NEXT.incrementAndGet();
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
            return "jdbc:postgresql://localhost:" + server.getPort() + "/" + name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String url, String sql) {
        try (Connection connection = java.sql.DriverManager.getConnection(url, "postgres", null);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
