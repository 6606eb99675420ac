package org.stancetracker.spi;

import static org.stancetracker.spi.Stability.Status.STABLE;

import java.util.List;
import java.util.Optional;
import org.stancetracker.spi.actor.ActorDirectory;
import org.stancetracker.spi.internal.Require;
import org.stancetracker.spi.topic.Topic;
import org.stancetracker.spi.topic.TopicId;

/**
 * The vocabulary extractors recognise: actors with their aliases and date-bounded roles, and the
 * topics with their positions. It comes from the tracker's versioned reference data, never from a
 * plugin's own code, so a new topic is new data. Immutable and thread-safe.
 *
 * @param version the reference data's version, for logs and reproducibility
 * @since 1.0
 */
@Stability(status = STABLE, since = "1.0")
public record ReferenceData(String version, ActorDirectory actors, List<Topic> topics) {
    public ReferenceData {
        Require.text(version, "version");
        Require.present(actors, "actors");
        topics = List.copyOf(Require.present(topics, "topics"));
    }

    public Optional<Topic> topic(TopicId id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
