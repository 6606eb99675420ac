package com.example.ceasefire;

import java.util.List;
import org.stancetracker.spi.ArticleText;
import org.stancetracker.spi.StanceCandidate;
import org.stancetracker.spi.actor.ActorCode;
import org.stancetracker.spi.stance.Evidence;
import org.stancetracker.spi.stance.Polarity;
import org.stancetracker.spi.stance.StanceDate;
import org.stancetracker.spi.topic.PositionId;
import org.stancetracker.spi.topic.TopicId;

/** What {@link CeasefireCallsFactory}'s extractor finds: an actor supporting the ceasefire, at the first "ceasefire" of an article. */
public final class CeasefireCalls {
    private CeasefireCalls() {}

    static List<StanceCandidate> find(ArticleText article, String actor) {
        int at = article.text().indexOf("ceasefire");
        if (at < 0) {
            return List.of();
        }
        return List.of(new StanceCandidate(
                ActorCode.of(actor),
                TopicId.of("idlib"),
                PositionId.of("ceasefire"),
                Polarity.SUPPORT,
                StanceDate.unknown(),
                Evidence.of(article.text(), at, at + "ceasefire".length()),
                0.5));
    }
}
