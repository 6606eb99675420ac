package org.stancetracker.extractors.text;

import java.util.List;
import org.stancetracker.spi.actor.ActorCode;
import org.stancetracker.spi.topic.Position;

/**
 * An actor and a position that one sentence names together, with what the sentence says of them as
 * features (see {@link CandidateFeatures}): what the stance model judges as support, opposition or
 * neither.
 *
 * @param sentence index of the sentence in the article
 * @param deed whether the sentence tells the actor's own armed deed for the position (its basis, should it hold)
 * @param quoted whether the position is named in the actor's quoted words
 * @param from where the span from the actor to the phrase naming the position starts (the sentence's
 *     start for a stance the rules read with its actor elsewhere)
 * @param to where that span ends
 */
record Candidate(
        int sentence,
        ActorCode actor,
        Position position,
        List<String> features,
        boolean deed,
        boolean quoted,
        int from,
        int to) {
    Candidate {
        features = List.copyOf(features);
    }
}
