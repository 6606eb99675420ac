package org.stancetracker.spi;

import static org.stancetracker.spi.Stability.Status.STABLE;

import org.stancetracker.spi.actor.ActorCode;
import org.stancetracker.spi.internal.Require;
import org.stancetracker.spi.stance.Evidence;
import org.stancetracker.spi.stance.Polarity;
import org.stancetracker.spi.stance.StanceDate;
import org.stancetracker.spi.topic.PositionId;
import org.stancetracker.spi.topic.TopicId;

/**
 * A stance an extractor found in an article, before the tracker attaches the article and the
 * extractor's name and version.
 *
 * @param confidence the extractor's belief in the candidate, in [0, 1]
 * @since 1.0
 */
@Stability(status = STABLE, since = "1.0")
public record StanceCandidate(
        ActorCode actor,
        TopicId topic,
        PositionId position,
        Polarity polarity,
        StanceDate date,
        Evidence evidence,
        double confidence) {
    public StanceCandidate {
        Require.present(actor, "actor");
        Require.present(topic, "topic");
        Require.present(position, "position");
        Require.present(polarity, "polarity");
        Require.present(date, "date");
        Require.present(evidence, "evidence");
        Require.that(confidence >= 0 && confidence <= 1, "confidence", "must lie in [0, 1], was " + confidence);
    }
}
