package org.stancetracker.extractors.text;

import java.util.ArrayList;
import java.util.List;
import org.stancetracker.extractors.text.Vocabulary.PhraseKind;
import org.stancetracker.spi.actor.ActorCode;

/**
 * Noun phrases, verb groups and clauses ({@link ShallowParser}) of the sentences read closely. With
 * the phrases known, a term anchored to an actor must have that actor in its own phrase: "US
 * troops" and "the presence of American forces" name the US presence, "Kurdish forces" near a
 * mention of the US does not, nor "the US-backed Kurdish presence".
 */
final class ClauseStage implements Stage {
    private final Actors actors;

    ClauseStage(Actors actors) {
        this.actors = actors;
    }

    @Override
    public void run(ArticleAnalysis analysis) {
        for (SentenceAnalysis sentence : analysis.sentences) {
            if (sentence.tokens != null) {
                sentence.parse = ShallowParser.parse(sentence.tokens);
                sentence.hits = anchoredInPhrase(sentence);
            }
        }
    }

    private List<PositionHit> anchoredInPhrase(SentenceAnalysis sentence) {
        List<PositionHit> kept = new ArrayList<>();
        for (PositionHit hit : sentence.hits) {
            var anchor = hit.position().cues().anchorActor();
            if (anchor.isEmpty()
                    || hit.kind() == PhraseKind.TERM && namesAnchor(sentence, hit, anchor.get())
                    || hit.reverse() && !leavesSomethingElse(sentence, hit)
                    || hit.kind() != PhraseKind.TERM && !hit.reverse()) {
                kept.add(hit);
            }
        }
        return kept;
    }

    /**
     * "withdraw from the Iran deal", "the departure of the regime": a reverse phrase followed by what
     * is left that is neither a place nor a term of the position (troops, forces) is about something else.
     */
    private static boolean leavesSomethingElse(SentenceAnalysis sentence, PositionHit hit) {
        Token[] tokens = sentence.tokens;
        int next = -1;
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].start() >= hit.end()) {
                next = i;
                break;
            }
        }
        if (next < 0
                || next + 1 >= tokens.length
                || !(tokens[next].lower().equals("from") || tokens[next].lower().equals("of"))) {
            return false;
        }
        NounPhrase left = sentence.parse.phraseAt(next + 1);
        if (left == null) {
            return false;
        }
        int from = tokens[left.first()].start();
        int to = tokens[left.last()].end();
        Token head = tokens[left.head()];
        // A country or place heads what is left ("from Syria"), not one that only modifies it ("from the Iran deal").
        boolean place = sentence.mentions.stream().anyMatch(m -> m.start() <= head.start() && head.end() <= m.end());
        boolean term = sentence.hits.stream()
                .anyMatch(h -> h.position().equals(hit.position())
                        && h.kind() == PhraseKind.TERM
                        && h.start() >= from
                        && h.end() <= to);
        boolean region = tokens[left.head()].is("PROPN") || REGION_NOUNS.contains(tokens[left.head()].lower());
        return !place && !term && !region;
    }

    /** Where troops may leave from without the place being named: "withdraw from the region". */
    private static final java.util.Set<String> REGION_NOUNS = java.util.Set.of(
            "region",
            "country",
            "area",
            "north",
            "north-east",
            "northeast",
            "east",
            "border",
            "frontline",
            "front",
            "base",
            "bases",
            "town",
            "city",
            "province",
            "territory");

    private boolean namesAnchor(SentenceAnalysis sentence, PositionHit hit, ActorCode anchor) {
        Token[] tokens = sentence.tokens;
        ShallowParser.Parse parse = sentence.parse;
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].start() < hit.start() || tokens[i].start() >= hit.end()) {
                continue;
            }
            NounPhrase phrase = parse.phraseAt(i);
            if (phrase == null) {
                return false;
            }
            if (actors.of(sentence, phrase).contains(anchor)
                    || Actors.possessor(phrase)
                            .map(p -> actors.of(sentence, p).contains(anchor))
                            .orElse(false)) {
                return true;
            }
            // "the presence of US forces", "troops from America", "the presence and interference of America".
            int next = phrase.last() + 1;
            if (next + 1 < tokens.length && tokens[next].lower().equals("and")) {
                NounPhrase coordinated = parse.phraseAt(next + 1);
                if (coordinated != null) {
                    next = coordinated.last() + 1;
                }
            }
            if (next + 1 < tokens.length
                    && (tokens[next].lower().equals("of")
                            || tokens[next].lower().equals("from"))) {
                NounPhrase object = parse.phraseAt(next + 1);
                return object != null && actors.of(sentence, object).contains(anchor);
            }
            return false;
        }
        return false;
    }
}
