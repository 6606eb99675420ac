package org.stancetracker.extractors.text;

import java.util.List;
import java.util.Set;
import org.stancetracker.spi.text.PhraseMatcher;
import org.stancetracker.spi.text.WordIndex;
import org.stancetracker.spi.topic.Position;

/**
 * Whether a phrase naming a position is aimed at one of the position's target places: "the
 * offensive on Idlib" is, "Turkey's offensive in Afrin" is not, and a bare "the offensive" is when
 * its sentence, or failing any place there, its paragraph names a target and no other place. A
 * position without targets is about anywhere. Stateless.
 */
final class Targets {
    /** Prepositions that attach a place to what precedes: "strikes on", "offensive in", "push into". */
    private static final Set<String> LOCATIVES = Set.of(
            "on",
            "in",
            "against",
            "into",
            "over",
            "around",
            "near",
            "across",
            "for",
            "of",
            "toward",
            "towards",
            "at",
            "inside",
            "throughout",
            "from",
            "to");

    private static final Set<String> NOT_PLACES = Set.of(
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "isis",
            "islamic",
            "state",
            "daesh",
            "al-qaida",
            "al-qaeda",
            "hts",
            "nusra",
            "ypg",
            "sdf",
            "pkk",
            "president",
            "minister",
            "un",
            "nato",
            "eu",
            "security",
            "council",
            "general",
            "assembly",
            "christmas",
            "ramadan",
            "eid",
            "parliament",
            "congress",
            "senate",
            "house",
            "commons",
            "mr",
            "ms",
            "mrs",
            "dr",
            "the");
    private static final int ATTACHMENT_REACH = 8;
    /** How many sentences back a bare term may find where it is aimed. */
    private static final int CONTEXT_BEFORE = 3;
    /** The headline and lead: what the story is about. */
    private static final int LEAD_SENTENCES = 3;

    private final Vocabulary vocabulary;

    Targets(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** Whether the hit, in a sentence read closely, is aimed at one of its position's targets. */
    boolean aimed(ArticleAnalysis analysis, SentenceAnalysis sentence, PositionHit hit) {
        return aimed(analysis, sentence, hit.position(), hit.start(), hit.end());
    }

    boolean aimed(ArticleAnalysis analysis, SentenceAnalysis sentence, Position position, int start, int end) {
        return aim(analysis, sentence, position, start, end).aimed();
    }

    /** How a phrase is aimed at one of its position's targets, or why not. */
    enum Aim {
        /** The position has no targets: it is aimed wherever it is named. */
        ANYWHERE(true),
        /** A target attached to the phrase: "the offensive on Idlib", "the Idlib offensive". */
        ATTACHED(true),
        /** A target named in its sentence, nearer than any other place. */
        IN_SENTENCE(true),
        /** No place in its sentence; the sentences around it name a target. */
        CONTEXT(true),
        /** No place around it; the story's headline or lead names a target. */
        LEAD(true),
        /** Another place attached to it, or nearer to it in its sentence. */
        ELSEWHERE(false),
        /** No target anywhere near. */
        NONE(false);

        private final boolean aimed;

        Aim(boolean aimed) {
            this.aimed = aimed;
        }

        boolean aimed() {
            return aimed;
        }
    }

    Aim aim(ArticleAnalysis analysis, SentenceAnalysis sentence, Position position, int start, int end) {
        if (position.cues().targets().isEmpty()) {
            return Aim.ANYWHERE;
        }
        if (!vocabulary.targets(position, analysis.words, start, end).isEmpty()) {
            return Aim.ATTACHED;
        }
        Token[] tokens = sentence.tokens;
        if (tokens == null) {
            return vocabulary
                            .targets(position, analysis.words, sentence.start(), sentence.end())
                            .isEmpty()
                    ? Aim.NONE
                    : Aim.IN_SENTENCE;
        }
        int hitLast = lastTokenBefore(tokens, end);
        // What the phrase is attached to: "offensive on X", "the X offensive", "where ... mounted an offensive".
        Verdict attached = attached(analysis, sentence, position, hitLast, start);
        if (attached != Verdict.NONE) {
            return attached == Verdict.TARGET ? Aim.ATTACHED : Aim.ELSEWHERE;
        }
        List<PhraseMatcher.Match<String>> inSentence =
                vocabulary.targets(position, analysis.words, sentence.start(), sentence.end());
        int nearestOther = nearestElsewhere(analysis, sentence, start);
        if (!inSentence.isEmpty()) {
            int nearestTarget = Integer.MAX_VALUE;
            for (PhraseMatcher.Match<String> target : inSentence) {
                nearestTarget = Math.min(nearestTarget, Math.abs(target.start() - start));
            }
            return nearestTarget <= nearestOther ? Aim.IN_SENTENCE : Aim.ELSEWHERE;
        }
        if (nearestOther != Integer.MAX_VALUE) {
            return Aim.ELSEWHERE;
        }
        // No place in the sentence: the story says where, in the sentences just before it (news paragraphs
        // are often one sentence long) or the next one.
        for (int i = Math.max(0, sentence.index - CONTEXT_BEFORE);
                i <= Math.min(analysis.sentences.size() - 1, sentence.index + 1);
                i++) {
            SentenceAnalysis other = analysis.sentences.get(i);
            if (i != sentence.index
                    && !vocabulary
                            .targets(position, analysis.words, other.start(), other.end())
                            .isEmpty()) {
                return Aim.CONTEXT;
            }
        }
        // Or the story is about a target: its headline or lead names one.
        for (int i = 0; i < Math.min(LEAD_SENTENCES, analysis.sentences.size()); i++) {
            SentenceAnalysis lead = analysis.sentences.get(i);
            if (!vocabulary
                    .targets(position, analysis.words, lead.start(), lead.end())
                    .isEmpty()) {
                return Aim.LEAD;
            }
        }
        return Aim.NONE;
    }

    private enum Verdict {
        TARGET,
        ELSEWHERE,
        NONE
    }

    private Verdict attached(
            ArticleAnalysis analysis, SentenceAnalysis sentence, Position position, int hitLast, int hitStart) {
        Token[] tokens = sentence.tokens;
        String text = analysis.text;
        // After the phrase: a locative and the place it attaches, before the clause moves on.
        for (int i = hitLast + 1; i < Math.min(tokens.length, hitLast + 1 + ATTACHMENT_REACH); i++) {
            Token token = tokens[i];
            if (token.text().equals(",") || token.text().equals(";") || token.isVerbal()) {
                break;
            }
            if (token.is("ADP") && LOCATIVES.contains(token.lower())) {
                int to = i + 1;
                while (to < tokens.length
                        && (tokens[to].is("DET")
                                || tokens[to].is("ADJ")
                                || tokens[to].is("PROPN")
                                || tokens[to].is("NOUN")
                                || tokens[to].lower().equals("and")
                                || tokens[to].text().equals(",")
                                || possessive(tokens[to]))
                        && to < i + 8) {
                    to++;
                }
                Verdict verdict =
                        places(analysis, sentence, position, tokens[i].end(), tokens[to - 1].end(), i + 1, to);
                if (verdict != Verdict.NONE) {
                    return verdict;
                }
            }
        }
        // Before it, in its own phrase: "the Idlib offensive", "the Afrin operation".
        int first = hitLast;
        while (first > 0
                && (tokens[first - 1].is("PROPN") || tokens[first - 1].is("ADJ") || tokens[first - 1].is("NOUN"))
                && tokens[first - 1].end() <= hitStart) {
            first--;
        }
        if (first < hitLast) {
            Verdict verdict = places(analysis, sentence, position, tokens[first].start(), hitStart, first, hitLast);
            if (verdict != Verdict.NONE) {
                return verdict;
            }
        }
        // "Idlib province, where Russia ... have mounted a new offensive".
        for (int i = hitLast; i >= 1; i--) {
            if (tokens[i].lower().equals("where") && tokens[i - 1].text().equals(",")) {
                int from = Math.max(0, i - 5);
                return places(analysis, sentence, position, tokens[from].start(), tokens[i - 1].start(), from, i - 1);
            }
        }
        return Verdict.NONE;
    }

    private Verdict places(
            ArticleAnalysis analysis,
            SentenceAnalysis sentence,
            Position position,
            int from,
            int to,
            int firstToken,
            int endToken) {
        if (from >= to) {
            return Verdict.NONE;
        }
        if (!vocabulary.targets(position, analysis.words, from, to).isEmpty()) {
            return Verdict.TARGET;
        }
        for (int i = firstToken; i < endToken && i < sentence.tokens.length; i++) {
            if (elsewhere(analysis.words, sentence, i)) {
                return locatedInTarget(analysis, sentence, i) ? Verdict.TARGET : Verdict.ELSEWHERE;
            }
        }
        return Verdict.NONE;
    }

    /** Distance from the phrase to the nearest place named in the sentence that is not a target. */
    private int nearestElsewhere(ArticleAnalysis analysis, SentenceAnalysis sentence, int start) {
        Token[] tokens = sentence.tokens;
        int nearest = Integer.MAX_VALUE;
        for (int i = 1; i < tokens.length; i++) {
            if (tokens[i - 1].is("ADP") && LOCATIVES.contains(tokens[i - 1].lower())) {
                int j = i;
                while (j < tokens.length && (tokens[j].is("DET") || tokens[j].is("ADJ"))) {
                    j++;
                }
                if (j < tokens.length
                        && elsewhere(analysis.words, sentence, j)
                        && !modifiesTarget(analysis, sentence, j)
                        && !locatedInTarget(analysis, sentence, j)) {
                    nearest = Math.min(nearest, Math.abs(tokens[j].start() - start));
                }
            }
        }
        return nearest;
    }

    /**
     * "the town of Kafr Ruma in the Idlib countryside", "Kansafra, a village in southern Idlib": a place the
     * reference data does not know, told to lie in a target, is in the target.
     */
    private boolean locatedInTarget(ArticleAnalysis analysis, SentenceAnalysis sentence, int i) {
        Token[] tokens = sentence.tokens;
        for (int k = i + 1; k < Math.min(tokens.length, i + 8); k++) {
            Token token = tokens[k];
            if (token.isVerbal() || token.text().equals(";")) {
                return false;
            }
            if (token.lower().equals("in") || token.lower().equals("of")) {
                int first = k + 1;
                while (first < tokens.length
                        && first <= k + 3
                        && (tokens[first].is("DET") || tokens[first].is("ADJ"))
                        && vocabulary
                                .anyTargets(analysis.words, tokens[first].start(), tokens[first].end())
                                .isEmpty()) {
                    first++;
                }
                if (first < tokens.length) {
                    List<PhraseMatcher.Match<String>> targets = vocabulary.anyTargets(
                            analysis.words,
                            tokens[first].start(),
                            tokens[Math.min(tokens.length - 1, first + 2)].end());
                    if (!targets.isEmpty() && targets.get(0).start() == tokens[first].start()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "in Syria's Idlib province", "in northwestern Syrias Idlib region": a name that only says whose
     * the target right after it is, not another place.
     */
    private boolean modifiesTarget(ArticleAnalysis analysis, SentenceAnalysis sentence, int i) {
        Token[] tokens = sentence.tokens;
        int next = i + 1;
        while (next < tokens.length && next <= i + 2 && (possessive(tokens[next]) || tokens[next].is("ADJ"))) {
            next++;
        }
        return next < tokens.length
                && !vocabulary
                        .anyTargets(
                                analysis.words,
                                tokens[next].start(),
                                tokens[Math.min(tokens.length - 1, next + 2)].end())
                        .isEmpty()
                && vocabulary
                                .anyTargets(
                                        analysis.words,
                                        tokens[next].start(),
                                        tokens[Math.min(tokens.length - 1, next + 2)].end())
                                .get(0)
                                .start()
                        == tokens[next].start();
    }

    /**
     * A proper noun that is a place other than a target: not a name of an actor (a country named as
     * a place is neutral: "strikes in Syria"), nor a month, weekday, group or institution.
     */
    private boolean elsewhere(WordIndex words, SentenceAnalysis sentence, int i) {
        Token token = sentence.tokens[i];
        // The tagger calls some names nouns ("Kurdish People's Protection Units"): any capitalised noun past the first
        // word.
        boolean name = token.is("PROPN") || (token.is("NOUN") && i > 0);
        if (!name || !Character.isUpperCase(token.text().charAt(0)) || NOT_PLACES.contains(token.lower())) {
            return false;
        }
        for (PhraseMatcher.Match<String> target : vocabulary.anyTargets(words, sentence.start(), sentence.end())) {
            if (target.start() <= token.start() && token.end() <= target.end()) {
                return false;
            }
        }
        for (Mention mention : sentence.mentions) {
            if (mention.start() <= token.start() && token.end() <= mention.end()) {
                return false;
            }
        }
        return true;
    }

    private static boolean possessive(Token token) {
        return token.text().equals("'s") || token.text().equals("’s");
    }

    private static int lastTokenBefore(Token[] tokens, int end) {
        int last = 0;
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].start() < end) {
                last = i;
            }
        }
        return last;
    }
}
