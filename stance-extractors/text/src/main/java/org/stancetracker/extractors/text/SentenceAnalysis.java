package org.stancetracker.extractors.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.stancetracker.spi.actor.ActorCode;
import org.stancetracker.spi.stance.StanceDate;

/** What the stages know about one sentence of an article. */
final class SentenceAnalysis {
    final int index;
    final Sentence sentence;
    /** The day the sentence speaks of, as {@link DatingStage} resolves it. */
    StanceDate date = StanceDate.unknown();
    /** The day names are resolved on (a role holder on that day): the sentence's date, else publication. */
    Optional<LocalDate> day = Optional.empty();
    /** Names of actors and of the people who speak for them. Set by {@link MentionStage}. */
    List<Mention> mentions = List.of();
    /** Phrases that name a position, with anaphors resolved. Set by {@link MentionStage}. */
    List<PositionHit> hits = List.of();
    /** Whether the sentence is read closely (it names a position): only then has it tokens and clauses. */
    boolean close;
    /** Tokens with tags and lemmas, set by {@link TokenStage} where the sentence is read closely. */
    Token[] tokens;
    /** Noun phrases and clauses, set by {@link ClauseStage} where the sentence is read closely. */
    ShallowParser.Parse parse;
    /** Who "he" or "she" stands for at the start of the sentence, as {@link SpeakerStage} tracks it. */
    Optional<ActorCode> person = Optional.empty();
    /** Who "they" stands for at the start of the sentence: the last group that spoke or acted together. */
    Set<ActorCode> group = Set.of();
    /** Who "it" stands for at the start of the sentence: the last state or organisation that spoke or acted. */
    Optional<ActorCode> organisation = Optional.empty();

    SentenceAnalysis(int index, Sentence sentence) {
        this.index = index;
        this.sentence = sentence;
    }

    int start() {
        return sentence.start();
    }

    int end() {
        return sentence.end();
    }

    boolean parsed() {
        return parse != null;
    }
}
