package com.example.apiplugin;

import java.util.List;
import java.util.Set;
import org.stancetracker.spi.Extractor;
import org.stancetracker.spi.ExtractorConfig;
import org.stancetracker.spi.ExtractorFactory;
import org.stancetracker.spi.ReferenceData;
import org.stancetracker.spi.StanceCandidate;
import org.stancetracker.spi.actor.ActorCode;
import org.stancetracker.spi.stance.Evidence;
import org.stancetracker.spi.stance.Polarity;
import org.stancetracker.spi.stance.StanceDate;
import org.stancetracker.spi.topic.PositionId;
import org.stancetracker.spi.topic.TopicId;

/**
 * A plugin for the API's tests, packed into a jar at test time: the actor its {@code actor} setting
 * names (TUR by default) opposes the Idlib offensive, at the first "massacre" of an article.
 */
public final class MassacreWarningsFactory implements ExtractorFactory {
    @Override
    public String name() {
        return "massacre-warnings";
    }

    @Override
    public Extractor create(ExtractorConfig config, ReferenceData referenceData) {
        config.rejectUnknownKeys(Set.of("actor"));
        ActorCode actor = ActorCode.of(config.get("actor").orElse("TUR"));
        return article -> {
            int at = article.text().indexOf("massacre");
            return at < 0
                    ? List.of()
                    : List.of(new StanceCandidate(
                            actor,
                            TopicId.of("idlib"),
                            PositionId.of("offensive"),
                            Polarity.OPPOSE,
                            StanceDate.unknown(),
                            Evidence.of(article.text(), at, at + "massacre".length()),
                            0.5));
        };
    }
}
