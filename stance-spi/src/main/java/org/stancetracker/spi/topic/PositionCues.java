package org.stancetracker.spi.topic;

import static org.stancetracker.spi.Stability.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.stancetracker.spi.Stability;
import org.stancetracker.spi.actor.ActorCode;
import org.stancetracker.spi.internal.Require;

/**
 * What, beyond the terms that name it, tells an extractor that a sentence is about a position and
 * which way it leans. Data, like the terms, so that a new topic needs no new code.
 *
 * <p>Experimental: each kind of cue the reference data gains becomes a component here, so the record
 * still grows; read its components, and expect its constructors to change.
 *
 * @param anaphors phrases that name the position only in an article that also names it by a term
 *     ("the deal" is the buffer-zone deal where the article speaks of the buffer zone)
 * @param oppositeTerms phrases naming the position's reverse ("withdrawal" of a presence): a call
 *     for one of them opposes the position
 * @param harms outcomes the position is feared to bring ("massacre", "bloodbath" for an offensive):
 *     warning of one, or not wanting it, opposes the position
 * @param deeds acts by which an actor shows support without words ("pounded", "airstrikes"), counted
 *     where they hit one of the topic's places
 * @param anchorActor when present, a term counts only near a mention of this actor ("forces" is
 *     the US presence only as "US forces", "American forces")
 * @param supportCues phrases that, near a term, show support in this position's own language
 * @param opposeCues phrases that, near a term, show opposition in this position's own language
 *     ("fake" chemical attack: doubt that a response is due)
 * @param targets the places the position is about ("Idlib" for an offensive on Idlib): where it has
 *     any, a term counts only aimed at one of them, and not at another place ("the Afrin operation");
 *     empty for a position about no place
 * @param agents the actors whose deeds show support for the position ("an offensive by Syrian
 *     government forces and their allies": SYR, RUS, IRN); a deed by another actor is not one; empty
 *     when any actor's deed counts
 * @param targetActors actors against whom a deed shows support for the position (a strike on Syria
 *     answering a chemical attack); empty for none
 * @param termsAreConditions whether the terms name the condition the position answers ("chemical
 *     weapons" for a response to their use) and the deeds name the position itself ("strikes on
 *     Syria", "military action"): siding with or against a term takes no side on the position,
 *     siding with or against a deed does, and deeds count only where a term is named nearby
 * @since 2.0
 */
@Stability(status = EXPERIMENTAL, since = "2.0")
public record PositionCues(
        List<String> anaphors,
        List<String> oppositeTerms,
        List<String> harms,
        List<String> deeds,
        Optional<ActorCode> anchorActor,
        List<String> supportCues,
        List<String> opposeCues,
        List<String> targets,
        List<ActorCode> agents,
        List<ActorCode> targetActors,
        boolean termsAreConditions) {
    public PositionCues {
        anaphors = List.copyOf(Require.present(anaphors, "anaphors"));
        oppositeTerms = List.copyOf(Require.present(oppositeTerms, "opposite terms"));
        harms = List.copyOf(Require.present(harms, "harms"));
        deeds = List.copyOf(Require.present(deeds, "deeds"));
        Require.present(anchorActor, "anchor actor");
        supportCues = List.copyOf(Require.present(supportCues, "support cues"));
        opposeCues = List.copyOf(Require.present(opposeCues, "oppose cues"));
        targets = List.copyOf(Require.present(targets, "targets"));
        agents = List.copyOf(Require.present(agents, "agents"));
        targetActors = List.copyOf(Require.present(targetActors, "target actors"));
    }

    /** Cues without targets or agents: the position is about no place, and anyone's deeds count. */
    public PositionCues(
            List<String> anaphors,
            List<String> oppositeTerms,
            List<String> harms,
            List<String> deeds,
            Optional<ActorCode> anchorActor,
            List<String> supportCues,
            List<String> opposeCues) {
        this(
                anaphors,
                oppositeTerms,
                harms,
                deeds,
                anchorActor,
                supportCues,
                opposeCues,
                List.of(),
                List.of(),
                List.of(),
                false);
    }

    public static PositionCues none() {
        return new PositionCues(List.of(), List.of(), List.of(), List.of(), Optional.empty(), List.of(), List.of());
    }
}
