package org.stancetracker.extractors.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.stancetracker.spi.actor.ActorCode;

/**
 * Which actors a noun phrase stands for. A name is the actor when it heads the phrase ("Russia",
 * "the Kremlin", "Vladimir Putin", "Russian jets") or modifies a head that speaks or acts for a state
 * ("Turkey's foreign minister", "US officials", "the Turkish side"); with another head it names
 * something else ("UK newspapers", "a British campaign group", "Turkish-backed rebels"). Pronouns
 * stand for who the discourse last made salient ({@link SpeakerStage}). Stateless.
 */
final class Actors {
    private final Vocabulary vocabulary;

    Actors(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Plural heads that stand for a group named before: "the three presidents", "both sides", "the two countries". */
    private static final Set<String> GROUP_HEADS = Set.of(
            "leaders", "presidents", "sides", "countries", "governments", "ministers", "powers", "guarantors", "heads");

    /** A noun phrase's actors: none, one, or several ("Syrian and Russian jets"). */
    Set<ActorCode> of(SentenceAnalysis sentence, NounPhrase phrase) {
        Token[] tokens = sentence.tokens;
        Token head = tokens[phrase.head()];
        if (phrase.size() == 1
                && (head.is("PRON") || head.is("DET") && head.lower().equals("its"))) {
            return pronoun(sentence, head);
        }
        Set<ActorCode> actors = new LinkedHashSet<>();
        String headWord = head.lower();
        if (StanceWords.SELF_NOUNS.contains(headWord)
                && mentionsIn(sentence, phrase).isEmpty()
                && phrase.size() == 2
                && tokens[phrase.first()].lower().equals("the")) {
            // "the government welcomed the deal": the state the story is about, the one "it" stands for.
            return sentence.organisation.map(Set::of).orElse(Set.of());
        }
        if (GROUP_HEADS.contains(headWord)
                && mentionsIn(sentence, phrase).isEmpty()
                && (tokens[phrase.first()].is("DET")
                        || tokens[phrase.first()].is("NUM")
                        || tokens[phrase.first()].lower().equals("both"))) {
            // "the three leaders", "both sides": the group the discourse last made salient.
            return sentence.group;
        }
        boolean agentHead =
                StanceWords.AGENT_NOUNS.contains(headWord) || StanceWords.AGENT_NOUNS.contains(head.lemma());
        boolean coordinatedModifiers = false;
        for (int i = phrase.first(); i < phrase.head(); i++) {
            coordinatedModifiers |=
                    tokens[i].lower().equals("and") || tokens[i].text().equals(",");
        }
        for (Mention mention : mentionsIn(sentence, phrase)) {
            if (agentHead && !actors.isEmpty() && !coordinatedModifiers && mention.end() <= head.start()) {
                // "the UN's Syria envoy", "the US Syria envoy": the first name is whose envoy; the next is the post.
                continue;
            }
            if (mention.place() && !agentHead || insideLongerName(tokens, mention)) {
                continue;
            }
            int last = lastToken(tokens, mention);
            boolean heads =
                    last == phrase.head() || (last >= 0 && last < tokens.length && tokens[last].end() >= head.end());
            if (heads || agentHead) {
                actors.add(mention.actor());
            }
        }
        if (agentHead) {
            // "Syrian and Russian jets": an adjective coordinated with the name the head is part of.
            for (int i = phrase.first(); i < phrase.head(); i++) {
                if (tokens[i].is("ADJ") || tokens[i].is("PROPN")) {
                    vocabulary
                            .actors()
                            .resolve(tokens[i].text() + " " + head.text(), sentence.day)
                            .ifPresent(actors::add);
                }
            }
        }
        return actors;
    }

    /** The actors of several phrases (a coordinated subject). */
    Set<ActorCode> of(SentenceAnalysis sentence, List<NounPhrase> phrases) {
        Set<ActorCode> actors = new LinkedHashSet<>();
        for (NounPhrase phrase : phrases) {
            actors.addAll(of(sentence, phrase));
        }
        return actors;
    }

    /** Whether the phrase names a person who is not an actor's speaker, as far as the text shows ("Hariri", "David Miliband"). */
    boolean unknownPerson(SentenceAnalysis sentence, NounPhrase phrase) {
        Token head = sentence.tokens[phrase.head()];
        return head.is("PROPN")
                && Character.isUpperCase(head.text().charAt(0))
                && mentionsIn(sentence, phrase).isEmpty()
                && !StanceWords.AGENT_NOUNS.contains(head.lower());
    }

    /** The actor mentions inside a phrase's span. */
    List<Mention> mentionsIn(SentenceAnalysis sentence, NounPhrase phrase) {
        int from = sentence.tokens[phrase.first()].start();
        int to = sentence.tokens[phrase.last()].end();
        List<Mention> inside = new ArrayList<>();
        for (Mention mention : sentence.mentions) {
            if (mention.start() >= from && mention.end() <= to) {
                inside.add(mention);
            }
        }
        return inside;
    }

    /** The possessor of a phrase ("Turkey" in "Turkey's calls"), as its own phrase. */
    static Optional<NounPhrase> possessor(NounPhrase phrase) {
        if (!phrase.hasPossessor() || phrase.possessive() <= phrase.first()) {
            return Optional.empty();
        }
        return Optional.of(new NounPhrase(phrase.first(), phrase.possessive() - 1, phrase.possessive() - 1, -1));
    }

    private static int lastToken(Token[] tokens, Mention mention) {
        int last = -1;
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].start() < mention.end() && tokens[i].end() > mention.start()) {
                last = i;
            }
        }
        return last;
    }

    /**
     * "UNA-UK", "Tehran-summit", "Turkish-backed rebels", "Russian-led": a name inside a longer word
     * is not the phrase's actor (a compound's agent is read by the position rules, not here).
     */
    private static boolean insideLongerName(Token[] tokens, Mention mention) {
        for (Token token : tokens) {
            if (token.start() <= mention.start()
                    && token.end() >= mention.end()
                    && (token.start() < mention.start() || token.end() > mention.end())
                    && token.text().indexOf('-') > 0) {
                return true;
            }
        }
        return false;
    }

    /** Who a pronoun stands for at the start of its sentence ({@link SpeakerStage}). */
    static Set<ActorCode> pronoun(SentenceAnalysis sentence, Token pronoun) {
        return switch (pronoun.lower()) {
            case "he", "she", "him", "her", "his" ->
                sentence.person.map(Set::of).orElse(Set.of());
            case "they", "them", "their" -> sentence.group;
            case "it", "its" -> sentence.organisation.map(Set::of).orElse(Set.of());
            default -> Set.of();
        };
    }
}
