package org.stancetracker.db.reference;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.postgresql.util.PGobject;
import org.stancetracker.db.store.DataVersion;
import org.stancetracker.spi.ReferenceData;
import org.stancetracker.spi.actor.Actor;
import org.stancetracker.spi.actor.ActorCode;
import org.stancetracker.spi.actor.Role;
import org.stancetracker.spi.actor.Validity;
import org.stancetracker.spi.topic.Position;
import org.stancetracker.spi.topic.PositionCues;
import org.stancetracker.spi.topic.Topic;
import org.stancetracker.spi.topic.TopicEvent;

/**
 * Makes the database's reference tables say what the reference data file says, in one
 * transaction. Actors, topics and positions are upserted and never deleted (stances refer to them);
 * aliases, roles and terms are replaced whole. Loading the same file again changes nothing.
 */
public final class ReferenceDataLoader {
    private final DataSource dataSource;

    public ReferenceDataLoader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Syncs the tables with the file; returns false when the database already held this file. */
    public boolean load(ReferenceDataFile file) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                // One loader at a time: two processes starting together must not interleave.
                try (Statement lock = connection.createStatement()) {
                    lock.execute("LOCK TABLE reference_data_version IN EXCLUSIVE MODE");
                }
                if (alreadyLoaded(connection, file)) {
                    connection.rollback();
                    return false;
                }
                ReferenceData data = file.data();
                for (Actor actor : data.actors().actors()) {
                    upsertActor(connection, actor);
                }
                replaceRoles(connection, data);
                replaceNonActors(connection, data);
                for (Topic topic : data.topics()) {
                    upsertTopic(connection, topic);
                }
                try (PreparedStatement version = connection.prepareStatement(
                        "INSERT INTO reference_data_version (version, content_hash) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                    version.setString(1, data.version());
                    version.setString(2, file.contentHash().hex());
                    version.executeUpdate();
                }
                connection.commit();
                DataVersion.bump(connection);
                return true;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static boolean alreadyLoaded(Connection connection, ReferenceDataFile file) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT content_hash FROM reference_data_version ORDER BY loaded_at DESC LIMIT 1")) {
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() && rs.getString(1).equals(file.contentHash().hex());
            }
        }
    }

    private static void upsertActor(Connection connection, Actor actor) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO actor (code, kind, name) VALUES (?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, name = excluded.name""");
                PreparedStatement deleteAliases =
                        connection.prepareStatement("DELETE FROM actor_alias WHERE actor_code = ?");
                PreparedStatement insertAlias = connection.prepareStatement(
                        "INSERT INTO actor_alias (actor_code, alias) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            upsert.setString(1, actor.code().value());
            upsert.setString(2, actor.kind().name().toLowerCase(Locale.ROOT));
            upsert.setString(3, actor.name());
            upsert.executeUpdate();
            deleteAliases.setString(1, actor.code().value());
            deleteAliases.executeUpdate();
            for (String alias : actor.aliases()) {
                insertAlias.setString(1, actor.code().value());
                insertAlias.setString(2, alias);
                insertAlias.addBatch();
            }
            insertAlias.executeBatch();
        }
    }

    private static void replaceRoles(Connection connection, ReferenceData data) throws SQLException {
        try (Statement delete = connection.createStatement();
                PreparedStatement insertRole = connection.prepareStatement(
                        "INSERT INTO actor_role (person, actor_code, title, validity) VALUES (?, ?, ?, ?) RETURNING id");
                PreparedStatement insertAlias = connection.prepareStatement(
                        "INSERT INTO actor_role_alias (role_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            delete.execute("DELETE FROM actor_role");
            for (Role role : data.actors().roles()) {
                insertRole.setString(1, role.person());
                insertRole.setString(2, role.actor().value());
                insertRole.setString(3, role.title());
                insertRole.setObject(4, daterange(role.validity()));
                long id;
                try (ResultSet rs = insertRole.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
                for (String alias : role.aliases()) {
                    insertAlias.setLong(1, id);
                    insertAlias.setString(2, alias);
                    insertAlias.addBatch();
                }
            }
            insertAlias.executeBatch();
        }
    }

    private static void replaceNonActors(Connection connection, ReferenceData data) throws SQLException {
        try (Statement delete = connection.createStatement();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO non_actor_name (name) VALUES (?) ON CONFLICT DO NOTHING")) {
            delete.execute("DELETE FROM non_actor_name");
            for (String name : data.actors().nonActors()) {
                insert.setString(1, name);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void replaceEvents(Connection connection, Topic topic) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM topic_event WHERE topic_id = ?");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO topic_event (topic_id, name, kind, event_date) VALUES (?, ?, ?, ?)");
                PreparedStatement insertAlias = connection.prepareStatement(
                        "INSERT INTO topic_event_alias (topic_id, event_name, alias) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            delete.setString(1, topic.id().value());
            delete.executeUpdate();
            for (TopicEvent event : topic.events()) {
                insert.setString(1, topic.id().value());
                insert.setString(2, event.name());
                insert.setString(3, event.kind());
                insert.setDate(4, java.sql.Date.valueOf(event.date()));
                insert.addBatch();
                for (String alias : event.aliases()) {
                    insertAlias.setString(1, topic.id().value());
                    insertAlias.setString(2, event.name());
                    insertAlias.setString(3, alias);
                    insertAlias.addBatch();
                }
            }
            insert.executeBatch();
            insertAlias.executeBatch();
        }
    }

    private static void replacePlaces(Connection connection, Topic topic) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM topic_place WHERE topic_id = ?");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO topic_place (topic_id, name) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            delete.setString(1, topic.id().value());
            delete.executeUpdate();
            for (String place : topic.places()) {
                insert.setString(1, topic.id().value());
                insert.setString(2, place);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void replaceCues(Connection connection, Topic topic) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM position_cue WHERE topic_id = ?");
                PreparedStatement anchor = connection.prepareStatement(
                        "UPDATE position SET anchor_actor_code = ?, terms_are_conditions = ? WHERE topic_id = ? AND id = ?");
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO position_cue (topic_id, position_id, kind, phrase) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            delete.setString(1, topic.id().value());
            delete.executeUpdate();
            for (Position position : topic.positions()) {
                PositionCues cues = position.cues();
                anchor.setString(1, cues.anchorActor().map(ActorCode::value).orElse(null));
                anchor.setBoolean(2, cues.termsAreConditions());
                anchor.setString(3, topic.id().value());
                anchor.setString(4, position.id().value());
                anchor.addBatch();
                addCues(insert, topic, position, "anaphor", cues.anaphors());
                addCues(insert, topic, position, "opposite", cues.oppositeTerms());
                addCues(insert, topic, position, "harm", cues.harms());
                addCues(insert, topic, position, "deed", cues.deeds());
                addCues(insert, topic, position, "support", cues.supportCues());
                addCues(insert, topic, position, "oppose", cues.opposeCues());
                addCues(insert, topic, position, "target", cues.targets());
                addCues(
                        insert,
                        topic,
                        position,
                        "agent",
                        cues.agents().stream().map(ActorCode::value).toList());
                addCues(
                        insert,
                        topic,
                        position,
                        "target_actor",
                        cues.targetActors().stream().map(ActorCode::value).toList());
            }
            anchor.executeBatch();
            insert.executeBatch();
        }
    }

    private static void addCues(
            PreparedStatement insert, Topic topic, Position position, String kind, List<String> phrases)
            throws SQLException {
        for (String phrase : phrases) {
            insert.setString(1, topic.id().value());
            insert.setString(2, position.id().value());
            insert.setString(3, kind);
            insert.setString(4, phrase);
            insert.addBatch();
        }
    }

    private static void upsertTopic(Connection connection, Topic topic) throws SQLException {
        try (PreparedStatement upsertTopic = connection.prepareStatement("""
                INSERT INTO topic (id, title) VALUES (?, ?)
                ON CONFLICT (id) DO UPDATE SET title = excluded.title""");
                PreparedStatement upsertPosition = connection.prepareStatement("""
                INSERT INTO position (topic_id, id, description, ordinal) VALUES (?, ?, ?, ?)
                ON CONFLICT (topic_id, id) DO UPDATE SET description = excluded.description, ordinal = excluded.ordinal""");
                PreparedStatement deleteTerms =
                        connection.prepareStatement("DELETE FROM position_term WHERE topic_id = ?");
                PreparedStatement insertTerm = connection.prepareStatement(
                        "INSERT INTO position_term (topic_id, position_id, term) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            upsertTopic.setString(1, topic.id().value());
            upsertTopic.setString(2, topic.title());
            upsertTopic.executeUpdate();
            deleteTerms.setString(1, topic.id().value());
            deleteTerms.executeUpdate();
            int ordinal = 0;
            for (Position position : topic.positions()) {
                upsertPosition.setString(1, topic.id().value());
                upsertPosition.setString(2, position.id().value());
                upsertPosition.setString(3, position.description());
                upsertPosition.setInt(4, ordinal++);
                upsertPosition.addBatch();
                for (String term : position.terms()) {
                    insertTerm.setString(1, topic.id().value());
                    insertTerm.setString(2, position.id().value());
                    insertTerm.setString(3, term);
                    insertTerm.addBatch();
                }
            }
            upsertPosition.executeBatch();
            insertTerm.executeBatch();
        }
        replaceCues(connection, topic);
        replaceEvents(connection, topic);
        replacePlaces(connection, topic);
    }

    private static PGobject daterange(Validity validity) throws SQLException {
        PGobject range = new PGobject();
        range.setType("daterange");
        range.setValue("[" + validity.from().map(Object::toString).orElse("") + ","
                + validity.until().map(Object::toString).orElse("") + ")");
        return range;
    }
}
