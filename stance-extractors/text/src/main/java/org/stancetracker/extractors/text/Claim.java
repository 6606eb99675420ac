package org.stancetracker.extractors.text;

import org.stancetracker.spi.actor.ActorCode;
import org.stancetracker.spi.stance.Polarity;
import org.stancetracker.spi.stance.StanceDate;
import org.stancetracker.spi.topic.Position;

/**
 * A stance found in an article, with how it was found: in a reported statement, in a deed, or in a
 * direct quote, and by which rule (for people reading why, and for tests).
 */
public record Claim(
        Basis basis,
        ActorCode actor,
        Position position,
        Polarity polarity,
        int evidenceStart,
        int evidenceEnd,
        StanceDate date,
        double confidence,
        String rule) {

    /** How the article shows the stance. */
    public enum Basis {
        /** The narrator reports what the actor said: "Erdogan called for a ceasefire". */
        STATEMENT,
        /** The actor did something that shows it: "Russian jets pounded Idlib". */
        DEED,
        /** The actor's own words, quoted and attributed. */
        QUOTE
    }
}
