package org.stancetracker.core.topic;

import java.util.List;
import org.stancetracker.core.Require;

/**
 * A proposition an actor can support or oppose, within one topic.
 *
 * @param description the proposition in plain words, "a ceasefire / truce in Idlib"
 * @param terms phrases by which articles name the proposition ("ceasefire", "truce"); data,
 *     so that a new topic needs no new code
 */
public record Position(TopicId topic, PositionId id, String description, List<String> terms) {
    public Position {
        Require.present(topic, "topic");
        Require.present(id, "id");
        Require.text(description, "description");
        terms = List.copyOf(Require.present(terms, "terms"));
        terms.forEach(term -> Require.text(term, "term of " + id));
    }
}
