package org.stancetracker.core.stance;

import java.util.Comparator;
import java.util.List;
import org.stancetracker.core.article.ArticleKey;
import org.stancetracker.spi.actor.ActorCode;
import org.stancetracker.spi.internal.Require;
import org.stancetracker.spi.stance.Evidence;
import org.stancetracker.spi.stance.Polarity;
import org.stancetracker.spi.stance.StanceDate;
import org.stancetracker.spi.topic.PositionId;
import org.stancetracker.spi.topic.TopicId;

/**
 * An article's report that an actor supports or opposes a position, when, and on what evidence:
 * one per (article, actor, position, polarity), with every finding that shows it, in text order.
 *
 * <p>Its date is that of its first dated finding (news reports lead with the occasion a stance was
 * taken), its confidence that of its most confident finding.
 */
public record Stance(
        ArticleKey article,
        ActorCode actor,
        TopicId topic,
        PositionId position,
        Polarity polarity,
        List<Finding> findings) {

    public Stance {
        Require.present(article, "article");
        Require.present(actor, "actor");
        Require.present(topic, "topic");
        Require.present(position, "position");
        Require.present(polarity, "polarity");
        findings = findings.stream()
                .sorted(Comparator.comparingInt((Finding f) -> f.evidence().start())
                        .thenComparing(f -> f.extractor().name()))
                .toList();
        Require.that(!findings.isEmpty(), "findings", "must hold at least one finding");
    }

    /** The finding that leads: the first in the text. */
    public Finding lead() {
        return findings.get(0);
    }

    public StanceDate date() {
        return findings.stream()
                .map(Finding::date)
                .filter(StanceDate::isKnown)
                .findFirst()
                .orElse(StanceDate.unknown());
    }

    public double confidence() {
        return findings.stream().mapToDouble(Finding::confidence).max().orElseThrow();
    }

    public Evidence evidence() {
        return lead().evidence();
    }

    public ExtractorRef extractor() {
        return lead().extractor();
    }
}
