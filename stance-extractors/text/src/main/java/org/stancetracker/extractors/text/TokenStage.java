package org.stancetracker.extractors.text;

import java.util.List;
import java.util.Locale;

/**
 * Tokens with part-of-speech tags and lemmas ({@link Tokenizer}, {@link Tagger}) for the sentences
 * read closely, and the phrases naming positions found by lemma too ("withdrawing" names what
 * "withdraw" does). A name the reference data knows is a proper noun, whatever the tagger thought
 * ("Trump" opening a sentence is not the verb).
 */
final class TokenStage implements Stage {
    private final Tagger tagger;
    private final PositionPhrases phrases;

    TokenStage(Tagger tagger, PositionPhrases phrases) {
        this.tagger = tagger;
        this.phrases = phrases;
    }

    @Override
    public void run(ArticleAnalysis analysis) {
        for (SentenceAnalysis sentence : analysis.sentences) {
            if (!sentence.close) {
                continue;
            }
            List<int[]> spans = Tokenizer.spans(analysis.text, sentence.start(), sentence.end());
            Token[] tokens = tagger.tag(analysis.text, spans);
            repairAroundNames(sentence.mentions, tokens);
            repairPositionNouns(sentence.hits, tokens);
            sentence.tokens = tokens;
            sentence.hits = phrases.withLemmas(analysis, sentence, tokens);
        }
    }

    /**
     * The tagger's slips around names the reference data knows: a name is a noun ("Trump" opening a
     * sentence is not the verb, "warplanes" in "Syrian government warplanes" is not one either), and
     * a known verb of saying, siding or attacking right after a name that ends in a noun is the
     * name's verb ("... warplanes hit rebel-held parts", which the tagger read as a noun).
     */
    static void repairAroundNames(List<Mention> mentions, Token[] tokens) {
        for (int i = 0; i < tokens.length; i++) {
            // "The UN's Syria envoy": a title is never a verb, whatever the tagger said.
            if (tokens[i].isVerbal() && StanceWords.TITLES.contains(tokens[i].lower())) {
                tokens[i] = new Token(tokens[i].start(), tokens[i].end(), tokens[i].text(), "NOUN", tokens[i].lower());
            }
        }
        for (int i = 2; i < tokens.length; i++) {
            // "Trump's call for": after a possessive, a noun, whatever the tagger said.
            String mark = tokens[i - 1].text();
            boolean possessive = mark.equals("'s")
                    || mark.equals("’s")
                    || (mark.equals("’") || mark.equals("'"))
                            && tokens[i - 2].lower().endsWith("s");
            if (possessive && tokens[i].is("VERB") && tokens[i - 2].isNominal()) {
                tokens[i] = new Token(tokens[i].start(), tokens[i].end(), tokens[i].text(), "NOUN", tokens[i].lower());
            }
        }
        for (Mention mention : mentions) {
            int last = -1;
            for (int i = 0; i < tokens.length; i++) {
                Token token = tokens[i];
                if (token.start() < mention.start() || token.end() > mention.end()) {
                    continue;
                }
                last = i;
                if (token.isVerbal() || token.is("ADP") || token.is("PRON") || token.is("X")) {
                    boolean capital = Character.isUpperCase(token.text().charAt(0));
                    tokens[i] = new Token(
                            token.start(),
                            token.end(),
                            token.text(),
                            capital ? "PROPN" : "NOUN",
                            capital ? token.lower() : token.lemma());
                }
            }
            if (last < 0 || last + 2 >= tokens.length || !(tokens[last].is("NOUN") || tokens[last].is("PROPN"))) {
                continue;
            }
            Token next = tokens[last + 1];
            Token after = tokens[last + 2];
            // An object follows: "hit rebel-held parts", "pounded the town", "struck Idlib" (a participle adjective may
            // be tagged a verb).
            boolean objectFollows = after.is("DET")
                    || after.is("ADJ")
                    || after.is("NOUN")
                    || after.is("PROPN")
                    || after.is("NUM")
                    || after.is("VERB") && after.lower().endsWith("held");
            if (!next.isVerbal()
                    && !next.is("PUNCT")
                    && Character.isLowerCase(next.text().charAt(0))
                    && objectFollows
                    && knownVerb(next)) {
                tokens[last + 1] = new Token(next.start(), next.end(), next.text(), "VERB", next.lower());
            }
        }
    }

    private static boolean knownVerb(Token token) {
        Token asVerb = new Token(
                token.start(), token.end(), token.text(), "VERB", token.text().toLowerCase(Locale.ROOT));
        return StanceWords.ATTACKING.contains(asVerb)
                || StanceWords.SAYING.contains(asVerb)
                || StanceWords.TAKING_SIDES.contains(asVerb);
    }

    /**
     * A one-word phrase naming a position after a determiner or a modifier is a noun: "the US
     * withdrawal", which the tagger read as a particle.
     */
    static void repairPositionNouns(List<PositionHit> hits, Token[] tokens) {
        for (int i = 1; i < tokens.length; i++) {
            Token token = tokens[i];
            boolean closedClass =
                    token.is("PART") || token.is("ADP") || token.is("ADV") || token.is("X") || token.is("ADJ");
            Token before = tokens[i - 1];
            if (!closedClass || !(before.is("DET") || before.is("PROPN") || before.is("ADJ") || before.is("NOUN"))) {
                continue;
            }
            for (PositionHit hit : hits) {
                if (hit.start() == token.start()
                        && hit.end() == token.end()
                        && hit.kind() != Vocabulary.PhraseKind.DEED) {
                    tokens[i] = new Token(token.start(), token.end(), token.text(), "NOUN", token.lower());
                }
            }
        }
    }
}
