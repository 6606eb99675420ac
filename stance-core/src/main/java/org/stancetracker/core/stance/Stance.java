package org.stancetracker.core.stance;

import org.stancetracker.core.Require;
import org.stancetracker.core.actor.ActorCode;
import org.stancetracker.core.article.ArticleKey;
import org.stancetracker.core.topic.PositionId;
import org.stancetracker.core.topic.TopicId;

/**
 * An article's report that an actor supports or opposes a position, when, and on what evidence.
 *
 * @param confidence the extractor's belief that the stance is right, in [0, 1]
 */
public record Stance(
        ArticleKey article,
        ActorCode actor,
        TopicId topic,
        PositionId position,
        Polarity polarity,
        StanceDate date,
        Evidence evidence,
        ExtractorRef extractor,
        double confidence) {

    public Stance {
        Require.present(article, "article");
        Require.present(actor, "actor");
        Require.present(topic, "topic");
        Require.present(position, "position");
        Require.present(polarity, "polarity");
        Require.present(date, "date");
        Require.present(evidence, "evidence");
        Require.present(extractor, "extractor");
        Require.that(confidence >= 0 && confidence <= 1, "confidence", "must lie in [0, 1], was " + confidence);
    }
}
