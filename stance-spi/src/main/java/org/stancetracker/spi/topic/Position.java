package org.stancetracker.spi.topic;

import static org.stancetracker.spi.Stability.Status.STABLE;

import java.util.List;
import org.stancetracker.spi.Stability;
import org.stancetracker.spi.internal.Require;

/**
 * A proposition an actor can support or oppose, within one topic.
 *
 * @param description the proposition in plain words, "a ceasefire / truce in Idlib"
 * @param terms phrases by which articles name the proposition ("ceasefire", "truce"); data,
 *     so that a new topic needs no new code
 * @param cues the rest of the position's vocabulary: its reverse, its feared harms, its own cue words
 * @since 2.0
 */
@Stability(status = STABLE, since = "2.0")
public record Position(TopicId topic, PositionId id, String description, List<String> terms, PositionCues cues) {
    public Position {
        Require.present(topic, "topic");
        Require.present(id, "id");
        Require.text(description, "description");
        terms = List.copyOf(Require.present(terms, "terms"));
        terms.forEach(term -> Require.text(term, "term of " + id));
        Require.present(cues, "cues");
    }

    public Position(TopicId topic, PositionId id, String description, List<String> terms) {
        this(topic, id, description, terms, PositionCues.none());
    }
}
