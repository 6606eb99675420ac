package org.stancetracker.extractors.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.stancetracker.extractors.text.Vocabulary.PhraseKind;
import org.stancetracker.spi.text.PhraseMatcher;
import org.stancetracker.spi.text.WordIndex;
import org.stancetracker.spi.topic.Position;

/**
 * Finds the phrases of a sentence that name positions: as written ("ceasefire", "pull * out"), and,
 * once the sentence is tagged, by lemma too ("withdrawing" is "withdraw", "ceasefires" is
 * "ceasefire"). Of overlapping phrases the longest stays; a phrase of a position anchored to an
 * actor ("troops" for the US presence) stays only near that actor; an anaphor ("the deal") is the
 * position the article last named. Thread-safe.
 */
final class PositionPhrases {
    private static final int ANCHOR_REACH = 45;

    private final Vocabulary vocabulary;
    /** Every word of every position phrase, lower-cased: a lemma that is none of them can find no phrase by lemma. */
    private final java.util.Set<String> phraseWords;

    PositionPhrases(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.phraseWords = vocabulary.phraseWords();
    }

    /** The phrases as written in the sentence. */
    List<PositionHit> written(ArticleAnalysis analysis, SentenceAnalysis sentence) {
        List<PositionHit> hits = new ArrayList<>();
        find(analysis, analysis.words, sentence.start(), sentence.end(), hits, (offset, isEnd) -> offset);
        return select(analysis, sentence, hits);
    }

    /** Where an offset of the searched text falls in the article (the same for the article itself). */
    private interface Offsets {
        int inArticle(int offset, boolean isEnd);
    }

    /**
     * The phrases in {@code text[from, to)}: those that name a position in one pass of one matcher,
     * deeds in another (a deed word may be part of a longer term, and both are wanted).
     */
    private void find(
            ArticleAnalysis analysis, WordIndex text, int from, int to, List<PositionHit> hits, Offsets offsets) {
        for (PhraseMatcher.Match<List<Vocabulary.PositionPhrase>> match :
                vocabulary.namingPhrases().find(text, from, to)) {
            for (Vocabulary.PositionPhrase named : match.value()) {
                add(
                        analysis,
                        hits,
                        named.kind(),
                        named.position(),
                        match.phrase(),
                        offsets.inArticle(match.start(), false),
                        offsets.inArticle(match.end(), true));
            }
        }
        for (PhraseMatcher.Match<Position> match :
                vocabulary.phrases(PhraseKind.DEED).find(text, from, to)) {
            add(
                    analysis,
                    hits,
                    PhraseKind.DEED,
                    match.value(),
                    match.phrase(),
                    offsets.inArticle(match.start(), false),
                    offsets.inArticle(match.end(), true));
        }
    }

    /** The phrases as written and by lemma, in a tagged sentence. */
    List<PositionHit> withLemmas(ArticleAnalysis analysis, SentenceAnalysis sentence, Token[] tokens) {
        boolean inflected = false;
        for (Token token : tokens) {
            // Only a word whose lemma differs from it, and is a word of some phrase, can add a phrase by lemma.
            inflected |= !token.lemma().equals(token.lower()) && phraseWords.contains(token.lemma());
        }
        if (!inflected) {
            return sentence.hits;
        }
        List<PositionHit> hits = new ArrayList<>(sentence.hits);
        StringBuilder lemmas = new StringBuilder();
        int[] tokenAt = new int[tokens.length * 24 + 1];
        int length = 0;
        for (int i = 0; i < tokens.length; i++) {
            String lemma = tokens[i].lemma();
            if (lemmas.length() + lemma.length() + 1 >= tokenAt.length) {
                tokenAt = java.util.Arrays.copyOf(tokenAt, (lemmas.length() + lemma.length() + 1) * 2);
            }
            for (int k = 0; k <= lemma.length(); k++) {
                tokenAt[lemmas.length() + k] = i;
            }
            lemmas.append(lemma).append(' ');
            length = lemmas.length();
        }
        int[] lemmaToken = tokenAt;
        find(
                analysis,
                WordIndex.of(lemmas),
                0,
                length,
                hits,
                (offset, isEnd) ->
                        isEnd ? tokens[lemmaToken[Math.max(0, offset - 1)]].end() : tokens[lemmaToken[offset]].start());
        return select(analysis, sentence, hits);
    }

    private void add(
            ArticleAnalysis analysis,
            List<PositionHit> hits,
            PhraseKind kind,
            Position position,
            String phrase,
            int start,
            int end) {
        for (PositionHit hit : hits) {
            if (hit.start() == start
                    && hit.end() == end
                    && hit.kind() == kind
                    && hit.position().equals(position)) {
                return;
            }
        }
        if (kind == PhraseKind.ANAPHOR) {
            antecedent(analysis, phrase, start, end)
                    .ifPresent(p -> hits.add(new PositionHit(p, PhraseKind.TERM, start, end)));
        } else {
            hits.add(new PositionHit(position, kind, start, end));
        }
    }

    /** Longest first where phrases overlap (a deed word may also be a term: both stay); anchored ones near their actor. */
    private List<PositionHit> select(ArticleAnalysis analysis, SentenceAnalysis sentence, List<PositionHit> hits) {
        hits.sort(Comparator.comparingInt(PositionHit::start)
                .thenComparing(Comparator.comparingInt((PositionHit h) -> h.end() - h.start())
                        .reversed()));
        List<PositionHit> kept = new ArrayList<>();
        int reached = -1;
        for (PositionHit hit : hits) {
            boolean overlaps = hit.start() < reached;
            PositionHit previous = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            // A deed phrase may overlap a term ("any attack against Syria"): both stay, the rules tell them apart.
            boolean deedBesideTerm =
                    previous != null && (hit.kind() == PhraseKind.DEED) != (previous.kind() == PhraseKind.DEED);
            if (overlaps && !deedBesideTerm) {
                continue;
            }
            if (hit.position().cues().anchorActor().isPresent()
                    && hit.kind() != PhraseKind.HARM
                    && !anchored(analysis, sentence, hit)) {
                continue;
            }
            kept.add(hit);
            reached = Math.max(reached, hit.end());
        }
        return kept;
    }

    /** An anaphor stands for the position it can mean that the article named last before it, or else first after it. */
    private Optional<Position> antecedent(ArticleAnalysis analysis, String phrase, int start, int end) {
        List<Position> candidates = vocabulary.anaphorPositions(phrase);
        PhraseMatcher.Match<Position> before = null;
        PhraseMatcher.Match<Position> after = null;
        for (PhraseMatcher.Match<Position> term : analysis.named) {
            if (!candidates.contains(term.value())) {
                continue;
            }
            if (term.end() <= start) {
                before = term;
            } else if (after == null && term.start() >= end) {
                after = term;
            }
        }
        return Optional.ofNullable(before != null ? before : after).map(PhraseMatcher.Match::value);
    }

    /**
     * "US troops", "the presence of America": a term stands near its actor, named as an actor, not as
     * a speaker. A reverse phrase ("the pullout", "would come home") may stand further off, and its
     * actor may be a person who speaks for it ("Trump's withdrawal"), in its sentence or the two before.
     */
    private boolean anchored(ArticleAnalysis analysis, SentenceAnalysis sentence, PositionHit hit) {
        var anchor = hit.position().cues().anchorActor().get();
        String text = analysis.text;
        if (hit.reverse()) {
            for (int i = Math.max(0, sentence.index - 2); i <= sentence.index; i++) {
                // Mentions are found sentence by sentence before the phrases, so these are known.
                if (analysis.sentences.get(i).mentions.stream()
                        .anyMatch(m -> m.actor().equals(anchor) && !m.place())) {
                    return true;
                }
            }
            return false;
        }
        int from = Math.max(0, hit.start() - ANCHOR_REACH);
        int to = Math.min(text.length(), hit.end() + ANCHOR_REACH);
        return vocabulary.mentions(analysis.words, from, to, sentence.day).stream()
                .anyMatch(m -> m.actor().equals(anchor)
                        && !m.person()
                        && Math.max(m.start() - hit.end(), hit.start() - m.end()) <= 25);
    }
}
