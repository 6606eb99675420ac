package org.stancetracker.cli;

import java.util.Optional;
import org.stancetracker.spi.ReferenceData;
import org.stancetracker.spi.actor.ActorCode;
import org.stancetracker.spi.topic.TopicId;

/**
 * The topics and actors a command line names, checked against the bundled reference data (read
 * without the database), so that a misspelt one is a usage error before anything starts, not an empty
 * result.
 */
public final class ReferenceChecks {
    private ReferenceChecks() {}

    /** The topic {@code option} names, or a usage error naming the topics there are. */
    public static String topic(ReferenceData reference, String option, String topic) {
        Optional<?> found;
        try {
            found = reference.topic(TopicId.of(topic));
        } catch (IllegalArgumentException malformed) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            throw new UsageException(option + " " + topic + ": no such topic; topics: "
                    + String.join(
                            ", ",
                            reference.topics().stream()
                                    .map(t -> t.id().value())
                                    .sorted()
                                    .toList()));
        }
        return topic;
    }

    /** The actor {@code option} names, or a usage error. */
    public static String actor(ReferenceData reference, String option, String actor) {
        Optional<?> found;
        try {
            found = reference.actors().actor(ActorCode.of(actor));
        } catch (IllegalArgumentException malformed) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            throw new UsageException(option + " " + actor + ": no such actor; actors: "
                    + String.join(
                            ", ",
                            reference.actors().actors().stream()
                                    .map(a -> a.code().value())
                                    .sorted()
                                    .toList()));
        }
        return actor;
    }
}
