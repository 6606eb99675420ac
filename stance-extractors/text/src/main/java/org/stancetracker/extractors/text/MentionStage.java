package org.stancetracker.extractors.text;

import java.util.regex.Pattern;
import org.stancetracker.extractors.text.Vocabulary.PhraseKind;

/**
 * Finds in each sentence the names of actors and of the people who speak for them (resolved on the
 * sentence's day), and the phrases that name a position: terms, reverses, harms, deeds, and
 * anaphors ("the deal") resolved to the position the article last named. A sentence that names a
 * position and someone who could hold it is marked to be read closely; the others are not tagged
 * or parsed, which keeps extraction fast.
 */
final class MentionStage implements Stage {
    /** Words that may stand for an actor named elsewhere: pronouns, and "the three leaders", "both sides". */
    private static final Pattern STAND_INS = Pattern.compile(
            "(?i)(?<![\\p{L}])(he|she|they|it|we|i|leaders?|presidents?|ministers?|sides?|countries|powers|allies|governments?)(?![\\p{L}])");

    /** A verb's object that refers back: "opposed it", "welcomed the move". */
    private static final Pattern OBJECT_REFERENCE = Pattern.compile(
            "(?<![\\p{L}])\\p{L}+(?:ed|es|s)\\s+(?:it|this|the (?:move|decision|plan|idea|step|proposal|announcement))(?![\\p{L}])");

    private final Vocabulary vocabulary;
    private final PositionPhrases phrases;

    MentionStage(Vocabulary vocabulary, PositionPhrases phrases) {
        this.vocabulary = vocabulary;
        this.phrases = phrases;
    }

    @Override
    public void run(ArticleAnalysis analysis) {
        String text = analysis.text;
        analysis.named = vocabulary.phrases(PhraseKind.TERM).find(analysis.words, 0, text.length());
        boolean previousNamed = false;
        for (SentenceAnalysis sentence : analysis.sentences) {
            if (sentence.sentence.boilerplate()) {
                previousNamed = false;
                continue;
            }
            sentence.mentions = vocabulary.mentions(analysis.words, sentence.start(), sentence.end(), sentence.day);
            sentence.hits = phrases.written(analysis, sentence);
            // "... the US withdrawal. Downing Street opposed it.": a side on what the sentence before named.
            boolean refersBack = sentence.hits.isEmpty()
                    && previousNamed
                    && !sentence.mentions.isEmpty()
                    && OBJECT_REFERENCE
                            .matcher(text)
                            .region(sentence.start(), sentence.end())
                            .find();
            sentence.close = refersBack
                    || !sentence.hits.isEmpty()
                            && (!sentence.mentions.isEmpty()
                                    || STAND_INS
                                            .matcher(text)
                                            .region(sentence.start(), sentence.end())
                                            .find());
            previousNamed = !sentence.hits.isEmpty();
        }
    }
}
