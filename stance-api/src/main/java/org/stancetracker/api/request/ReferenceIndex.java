package org.stancetracker.api.request;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The topic, position and actor ids, kept in memory for checking request parameters without a
 * database round trip (and without holding a second connection while a query holds the first).
 * Reference data changes rarely and only by adding or replacing rows, so a miss re-reads it, at most
 * once a second, before a parameter is called unknown.
 */
@ApplicationScoped
public class ReferenceIndex {
    private static final long REFRESH_NANOS = 1_000_000_000L;

    private record Snapshot(Set<String> topics, Map<String, Set<String>> positions, Set<String> actors, long readAt) {}

    private final AgroalDataSource dataSource;
    private volatile Snapshot snapshot;

    public ReferenceIndex(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean hasTopic(String topic) {
        return check(s -> s.topics().contains(topic));
    }

    public boolean hasPosition(String topic, String position) {
        return check(s -> s.positions().getOrDefault(topic, Set.of()).contains(position));
    }

    public boolean hasPositionInAnyTopic(String position) {
        return check(s -> s.positions().values().stream().anyMatch(p -> p.contains(position)));
    }

    public boolean hasActor(String actor) {
        return check(s -> s.actors().contains(actor));
    }

    private boolean check(java.util.function.Predicate<Snapshot> known) {
        Snapshot current = snapshot;
        if (current != null && known.test(current)) {
            return true;
        }
        if (current == null || System.nanoTime() - current.readAt() > REFRESH_NANOS) {
            current = refresh();
        }
        return known.test(current);
    }

    private synchronized Snapshot refresh() {
        Snapshot current = snapshot;
        if (current != null && System.nanoTime() - current.readAt() <= REFRESH_NANOS) {
            return current;
        }
        Set<String> topics = new HashSet<>();
        Map<String, Set<String>> positions = new HashMap<>();
        Set<String> actors = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT id FROM topic")) {
                while (rs.next()) {
                    topics.add(rs.getString(1));
                }
            }
            try (ResultSet rs = statement.executeQuery("SELECT topic_id, id FROM position")) {
                while (rs.next()) {
                    positions
                            .computeIfAbsent(rs.getString(1), t -> new HashSet<>())
                            .add(rs.getString(2));
                }
            }
            try (ResultSet rs = statement.executeQuery("SELECT code FROM actor")) {
                while (rs.next()) {
                    actors.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the reference data: " + e.getMessage(), e);
        }
        snapshot = new Snapshot(Set.copyOf(topics), Map.copyOf(positions), Set.copyOf(actors), System.nanoTime());
        return snapshot;
    }
}
