package org.stancetracker.extractors.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.stancetracker.extractors.text.Vocabulary.PhraseKind;
import org.stancetracker.spi.actor.ActorCode;
import org.stancetracker.spi.stance.Polarity;
import org.stancetracker.spi.text.PhraseMatcher;
import org.stancetracker.spi.topic.Position;

/**
 * Reads, in each sentence read closely, who takes which side on which position. Each rule has a
 * name, carried by its claims:
 * <ul>
 *   <li>{@code saying}: a verb of saying; what its subject said ("Putin said a truce would be
 *       pointless") is read by {@link PositionReader}.
 *   <li>{@code taking-sides}: a verb that takes a side on its object ("Turkey backed the ceasefire",
 *       "the proposal was rebuffed by Moscow", "Trump wants to pull out"), composed along its
 *       infinitives and with negation.
 *   <li>{@code judging}: a verb that judges its object by a word that follows ("described the
 *       campaign as a reckless escalation", "calls for a truce had been called pointless by Putin").
 *   <li>{@code deed}: an armed attack by one of a position's agents on one of its targets ("Russian
 *       jets bombed rebel-held Idlib").
 *   <li>{@code named-agent}: a phrase naming a position with its agent in it ("a Russian-sponsored
 *       peace conference", "the US withdrawal", "the regime's attacks on Idlib").
 *   <li>{@code stance-noun}: an actor's stance named as a noun ("Trump's call for a withdrawal",
 *       "Moscow's rejection of the plan").
 *   <li>{@code perspective}: "For Russia and Iran, ..." is their view.
 *   <li>{@code quote}: a direct quote, read as the words of the speaker it is attributed to.
 * </ul>
 * Terms of a position with targets count only aimed at one ({@link Targets}); deeds only by its
 * agents. Modal and conditional deeds ("could strike", "if ... attacked") are not deeds.
 */
final class PositionStage implements Stage {
    private static final Pattern NATIONWIDE = Pattern.compile(
            "(?i)(?<![\\p{L}])(across|around|throughout|all over) (the|this) (country|war|conflict|region)|nationwide|across syria|throughout syria");
    private static final Pattern HYPOTHETICAL =
            Pattern.compile("(?i)(?<![\\p{L}])(if|unless|whether|in case|in the event)(?![\\p{L}])");

    private final Vocabulary vocabulary;
    private final PositionReader reader;
    private final Actors actors;
    private final Targets targets;
    private final Agents agency;

    PositionStage(Vocabulary vocabulary, Actors actors) {
        this.vocabulary = vocabulary;
        this.reader = new PositionReader(vocabulary);
        this.actors = actors;
        this.targets = new Targets(vocabulary);
        this.agency = new Agents(actors);
    }

    @Override
    public void run(ArticleAnalysis analysis) {
        for (SentenceAnalysis sentence : analysis.sentences) {
            if (sentence.parse == null) {
                continue;
            }
            List<Clause> clauses = sentence.parse.clauses();
            for (int c = 0; c < clauses.size(); c++) {
                Clause clause = clauses.get(c);
                if (judging(analysis, sentence, clause) || takingSides(analysis, sentence, clauses, c)) {
                    continue;
                }
                if (StanceWords.SAYING.at(sentence.tokens, clause.verb().main()) != null) {
                    saying(analysis, sentence, clause);
                }
                deed(analysis, sentence, clause);
            }
            namedAgents(analysis, sentence);
            perspective(analysis, sentence);
            quotes(analysis, sentence);
        }
    }

    // ---- saying ----------------------------------------------------------------------------------

    private void saying(ArticleAnalysis analysis, SentenceAnalysis sentence, Clause clause) {
        Set<ActorCode> speakers = agency.subjectActors(sentence, clause);
        if (speakers.isEmpty() || clause.verb().negated() || conceded(sentence, clause)) {
            return;
        }
        Token[] tokens = sentence.tokens;
        int subjectStart = clause.subject().isEmpty()
                ? tokens[clause.verb().first()].start()
                : tokens[clause.subject().get(0).first()].start();
        int from;
        int to;
        if (parenthetical(analysis, sentence, clause, subjectStart)) {
            // "A genuine US pull-out, he said, would be welcome": the whole sentence is what was said.
            from = sentence.start();
            to = sentence.end();
        } else if (tailAttribution(analysis, sentence, clause, subjectStart)) {
            // "..., Putin said." The words before the speaker are what was said.
            from = sentence.start();
            to = subjectStart;
        } else {
            // A warning is read with its verb ("warned of a massacre"); other verbs of saying only frame the words.
            boolean warning = StanceWords.WARNING.at(tokens, clause.verb().main()) != null;
            from = warning || clause.restFrom() >= tokens.length
                    ? tokens[clause.verb().first()].start()
                    : tokens[clause.restFrom()].start();
            to = nextSpeaker(sentence, clause, speakers);
        }
        for (PositionReader.Reading reading : reader.read(analysis.words, from, to, hitsIn(analysis, from, to))) {
            if (!targets.aimed(analysis, sentence, reading.position(), reading.start(), reading.end())
                    || reportedOfAnother(sentence, reading, speakers)) {
                continue;
            }
            Claim.Basis basis = analysis.quotes.inside(reading.start()) ? Claim.Basis.QUOTE : Claim.Basis.STATEMENT;
            for (ActorCode speaker : speakers) {
                add(
                        analysis,
                        sentence,
                        basis,
                        speaker,
                        reading.position(),
                        reading.polarity(),
                        reading.confidence(),
                        "saying");
            }
        }
    }

    /** Where another speaker's words start: ", and Rouhani said ..." ends what the first one said. */
    private int nextSpeaker(SentenceAnalysis sentence, Clause clause, Set<ActorCode> speakers) {
        Token[] tokens = sentence.tokens;
        for (Clause next : sentence.parse.clauses()) {
            if (next.verb().first() <= clause.verb().last()
                    || next.subject().isEmpty()
                    || StanceWords.SAYING.at(tokens, next.verb().main()) == null) {
                continue;
            }
            NounPhrase first = next.subject().get(0);
            if (next.subject().size() == 1 && first.size() == 1 && tokens[first.head()].is("PRON")) {
                // "a spokesman said he hoped ...": a pronoun after a verb of saying is the same speaker.
                continue;
            }
            Set<ActorCode> who = actors.of(sentence, next.subject());
            if (!who.isEmpty() && !who.equals(speakers) || actors.unknownPerson(sentence, first)) {
                return tokens[first.first()].start();
            }
        }
        return sentence.end();
    }

    /** ", he said," inside the sentence, between commas. */
    private static boolean parenthetical(
            ArticleAnalysis analysis, SentenceAnalysis sentence, Clause clause, int subjectStart) {
        Token[] tokens = sentence.tokens;
        String before = analysis.text.substring(sentence.start(), subjectStart).stripTrailing();
        int after = clause.verb().last() + 1;
        return before.endsWith(",")
                && after < tokens.length - 2
                && tokens[after].text().equals(",");
    }

    /** "..., he said." at the sentence's end, after a comma or a closing quote. */
    private static boolean tailAttribution(
            ArticleAnalysis analysis, SentenceAnalysis sentence, Clause clause, int subjectStart) {
        String before = analysis.text.substring(sentence.start(), subjectStart).stripTrailing();
        int after = sentence.tokens.length - clause.restFrom();
        return (before.endsWith(",") || before.endsWith("”") || before.endsWith("\"")) && after <= 6;
    }

    /**
     * Whether what was read is another actor's stance that the speaker reports ("Lavrov said Turkey
     * had backed the plan"): the taking-sides rule gives it to that actor.
     */
    private boolean reportedOfAnother(
            SentenceAnalysis sentence, PositionReader.Reading reading, Set<ActorCode> speakers) {
        for (Clause inner : sentence.parse.clauses()) {
            if (inner.subject().isEmpty() || inner.verb().form() != VerbGroup.Form.FINITE) {
                continue;
            }
            Token[] tokens = sentence.tokens;
            int restFrom = inner.restFrom() < tokens.length ? tokens[inner.restFrom()].start() : sentence.end();
            int restTo = inner.restTo() < tokens.length ? tokens[inner.restTo()].start() : sentence.end();
            if (reading.start() < restFrom || reading.start() >= restTo) {
                continue;
            }
            Token head = tokens[inner.subject().get(inner.subject().size() - 1).head()];
            if (head.is("PRON")) {
                return false;
            }
            // Only another's side is another's: "the regime must respect the ceasefire" is the speaker's demand,
            // "the government welcomed the deal" (the speaker's own government) the speaker's side.
            boolean sides = StanceWords.TAKING_SIDES.at(tokens, inner.verb().main()) != null
                    || StanceWords.SAYING.at(tokens, inner.verb().main()) != null;
            if (!sides || inner.verb().modality() == VerbGroup.Modality.NEEDED) {
                return false;
            }
            Set<ActorCode> who = actors.of(sentence, inner.subject());
            if (who.isEmpty()) {
                // "He said a statement by the opposition demanded a transition": someone else's side, reported.
                // But "Shoigu said the deal ruled out an operation" and "said the government welcomed it" are his own.
                int subjectFrom = tokens[inner.subject().get(0).first()].start();
                int subjectTo =
                        tokens[inner.subject().get(inner.subject().size() - 1).last()].end();
                boolean aboutPosition =
                        sentence.hits.stream().anyMatch(h -> h.start() >= subjectFrom && h.end() <= subjectTo);
                return !aboutPosition
                        && !StanceWords.SELF_NOUNS.contains(head.lower())
                        && !StanceWords.SELF_NOUNS.contains(head.lemma());
            }
            return speakers.stream().noneMatch(who::contains);
        }
        return false;
    }

    // ---- taking sides ----------------------------------------------------------------------------

    /**
     * A verb that takes a side on what follows it, through its infinitives ("wants to pull out",
     * "urged Putin to halt the offensive"). Returns whether the clause was read as such.
     */
    private boolean takingSides(ArticleAnalysis analysis, SentenceAnalysis sentence, List<Clause> clauses, int c) {
        Clause clause = clauses.get(c);
        Token[] tokens = sentence.tokens;
        WordClass.Entry<Polarity> entry =
                StanceWords.TAKING_SIDES.at(tokens, clause.verb().main());
        if (entry == null
                || governedBySide(sentence, clauses, c)
                || unrealised(sentence, clauses, c)
                || conceded(sentence, clause)
                || demanded(sentence, clauses, c)) {
            return false;
        }
        VerbGroup verb = clause.verb();
        if (verb.modality() == VerbGroup.Modality.POSSIBLE || verb.modality() == VerbGroup.Modality.NEEDED) {
            return false;
        }
        if (HYPOTHETICAL
                .matcher(analysis.text)
                .region(sentence.start(), tokens[verb.first()].start())
                .find()) {
            return false;
        }
        Set<ActorCode> who;
        int regionFrom;
        int regionTo;
        if (verb.passive()) {
            // "The proposals were rebuffed by Moscow": the agent takes a side on the subject.
            if (clause.agent().isEmpty()) {
                return false;
            }
            who = actors.of(sentence, clause.agent());
            if (!clause.subject().isEmpty()) {
                regionFrom =
                        tokens[withAttachments(sentence, clause.subject().get(0).first())].start();
            } else if (verb.form() == VerbGroup.Form.PARTICIPLE) {
                // "the US withdrawal from Syria, announced by Trump": what stands before, back to the last clause.
                regionFrom = c > 0
                                && clauses.get(c - 1).restTo() <= verb.first()
                                && clauses.get(c - 1).restTo() < tokens.length
                        ? tokens[clauses.get(c - 1).restTo()].start()
                        : sentence.start();
            } else {
                return false;
            }
            regionTo = tokens[verb.first()].start();
        } else {
            who = agency.subjectActors(sentence, clause);
            regionFrom = clause.restFrom() < tokens.length ? tokens[clause.restFrom()].start() : sentence.end();
            regionTo = regionEnd(sentence, clauses, c);
        }
        if (who.isEmpty()) {
            return false;
        }
        Polarity polarity = entry.value();
        if (verb.negated()) {
            polarity = PositionReader.flip(polarity);
        }
        boolean attacking = StanceWords.ATTACKING.at(tokens, verb.main()) != null;
        if (!attacking && verb.modality() == VerbGroup.Modality.REAL && countedObject(tokens, clause)) {
            // "Turkey has accepted 3.5 million refugees": a record of what was done, not a side on more of it.
            return false;
        }
        boolean found = false;
        List<PositionHit> region = new ArrayList<>();
        for (PositionHit hit : sentence.hits) {
            if (hit.start() >= regionFrom
                    && hit.end() <= regionTo
                    && (sidesOn(hit) || conducted(sentence, verb, hit))
                    && conditionMet(analysis, sentence, hit)) {
                region.add(hit);
            }
        }
        // "withdraw US troops": the reverse phrase says what is done to the troops.
        region.removeIf(hit -> hit.kind() == PhraseKind.TERM
                && region.stream()
                        .anyMatch(other -> other.reverse() && other.position().equals(hit.position())));
        if (region.isEmpty() && !verb.passive()) {
            antecedentOfObject(analysis, sentence, clause).ifPresent(region::add);
        }
        if (region.isEmpty() && !verb.passive()) {
            region.addAll(relativeAntecedent(sentence, clause));
        }
        for (PositionHit hit : region) {
            if (!targets.aimed(analysis, sentence, hit)) {
                continue;
            }
            Polarity result = compose(analysis, sentence, polarity, clauses, c, hit, regionFrom);
            boolean deed = StanceWords.ATTACKING.at(tokens, verb.main()) != null
                    && result == Polarity.SUPPORT
                    && !hit.position().cues().agents().isEmpty();
            for (ActorCode actor : who) {
                if (deed && !hit.position().cues().agents().contains(actor)) {
                    continue;
                }
                add(
                        analysis,
                        sentence,
                        deed ? Claim.Basis.DEED : Claim.Basis.STATEMENT,
                        actor,
                        hit.position(),
                        result,
                        0.8,
                        "taking-sides");
                found = true;
            }
            break;
        }
        return found;
    }

    /**
     * Whether siding with what the hit names is siding with its position: not for a harm ("a
     * massacre"), a deed word ("pounded"), or a term that names only a position's condition ("chemical
     * weapons": condemning them is no side on a response to their use).
     */
    /** A deed word as the object of a verb that conducts it: "carried out dozens of raids", "stepped up its air strikes". */
    private static boolean conducted(SentenceAnalysis sentence, VerbGroup verb, PositionHit hit) {
        return hit.kind() == PhraseKind.DEED
                && !hit.position().cues().agents().isEmpty()
                && StanceWords.ATTACKING.at(sentence.tokens, verb.main()) != null
                && sentence.tokens[verb.main()].start() < hit.start();
    }

    private static boolean sidesOn(PositionHit hit) {
        return switch (hit.kind()) {
            case HARM -> false;
            case DEED -> hit.position().cues().termsAreConditions();
            case TERM, ANAPHOR -> !hit.position().cues().termsAreConditions();
            default -> true;
        };
    }

    /**
     * Whether the clause is under a verb that says it did not or may not happen as the narrator tells
     * it: "failed to reach a ceasefire", "accused the US of preparing to strike" (the accuser's words,
     * not the accused's act).
     */
    private static boolean unrealised(SentenceAnalysis sentence, List<Clause> clauses, int c) {
        for (int g = clauses.get(c).governor(); g >= 0; g = clauses.get(g).governor()) {
            String lemma = clauses.get(g).verb().lemma();
            if (StanceWords.UNREALISING.contains(lemma)
                    || StanceWords.UNREALISING.contains(
                            sentence.tokens[clauses.get(g).verb().main()].lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a noun phrase starts with the phrases it is attached to by prepositions: the parser gives
     * a passive the last of them as its subject ("idlib" in "Erdogan's calls for truce in idlib had
     * been called pointless"), and the side is taken on all of them.
     */
    private static int withAttachments(SentenceAnalysis sentence, int first) {
        Token[] tokens = sentence.tokens;
        int start = first;
        while (start >= 2
                && tokens[start - 1].is("ADP")
                && !tokens[start - 1].lower().equals("by")) {
            NounPhrase before = sentence.parse.phraseAt(start - 2);
            if (before == null || before.last() != start - 2) {
                break;
            }
            start = before.first();
        }
        return start;
    }

    /**
     * "demanded that Assad's forces halt their onslaught": what a demand asks of its subject is the
     * demand's content, not the subject's side.
     */
    private static boolean demanded(SentenceAnalysis sentence, List<Clause> clauses, int c) {
        Clause clause = clauses.get(c);
        Token[] tokens = sentence.tokens;
        int start = clause.subject().isEmpty()
                ? clause.verb().first()
                : clause.subject().get(0).first();
        if (c == 0 || start == 0 || !tokens[start - 1].lower().equals("that")) {
            return false;
        }
        Clause previous = clauses.get(c - 1);
        WordClass.Entry<Polarity> entry =
                StanceWords.TAKING_SIDES.at(tokens, previous.verb().main());
        return entry != null
                && entry.value() == Polarity.SUPPORT
                && previous.verb().last() < start;
    }

    /** "while he agreed that a truce was necessary, ...": conceded, then denied. */
    private static boolean conceded(SentenceAnalysis sentence, Clause clause) {
        Token[] tokens = sentence.tokens;
        int start = clause.subject().isEmpty()
                ? clause.verb().first()
                : clause.subject().get(0).first();
        for (int i = start - 1; i >= Math.max(0, start - 2); i--) {
            if (StanceWords.CONCESSIVE.contains(tokens[i].lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Downing Street said it had been consulted and opposed it": an object pronoun ("it", "this",
     * "the move", "the decision") stands for the one position named just before, in its sentence or
     * the one before; with two or more named there, it stands for none.
     */
    private Optional<PositionHit> antecedentOfObject(
            ArticleAnalysis analysis, SentenceAnalysis sentence, Clause clause) {
        Token[] tokens = sentence.tokens;
        int object = clause.restFrom();
        if (object >= tokens.length) {
            return Optional.empty();
        }
        boolean pronoun =
                (tokens[object].lower().equals("it") || tokens[object].lower().equals("this"))
                        && (object + 1 >= tokens.length || !tokens[object + 1].isNominal());
        boolean general = object + 1 < tokens.length
                && tokens[object].lower().equals("the")
                && StanceWords.ACT_NOUNS.contains(tokens[object + 1].lower());
        if (!pronoun && !general) {
            return Optional.empty();
        }
        List<PositionHit> named = new ArrayList<>();
        if (sentence.index > 0) {
            named.addAll(analysis.sentences.get(sentence.index - 1).hits);
        }
        int verbStart = tokens[clause.verb().first()].start();
        sentence.hits.stream().filter(h -> h.end() <= verbStart).forEach(named::add);
        named.removeIf(h -> !sidesOn(h));
        if (named.isEmpty()
                || named.stream()
                                .map(h -> h.position().id() + "/" + h.reverse())
                                .distinct()
                                .count()
                        != 1) {
            return Optional.empty();
        }
        PositionHit antecedent = named.get(named.size() - 1);
        Token at = tokens[object];
        return Optional.of(new PositionHit(
                antecedent.position(), antecedent.kind(), at.start(), general ? tokens[object + 1].end() : at.end()));
    }

    /**
     * "the withdrawal, which Trump has insisted must take place": the relative pronoun is the verb's
     * object, and what it stands for is the phrase before it.
     */
    private static List<PositionHit> relativeAntecedent(SentenceAnalysis sentence, Clause clause) {
        Token[] tokens = sentence.tokens;
        if (clause.subject().isEmpty()) {
            return List.of();
        }
        int before = clause.subject().get(0).first() - 1;
        if (before < 1
                || !(tokens[before].lower().equals("which")
                        || tokens[before].lower().equals("that"))) {
            return List.of();
        }
        int end = tokens[before - 1].text().equals(",") ? before - 2 : before - 1;
        NounPhrase antecedent = end >= 0 ? sentence.parse.phraseAt(end) : null;
        if (antecedent == null || antecedent.last() != end) {
            return List.of();
        }
        int from = tokens[antecedent.first()].start();
        int to = tokens[antecedent.last()].end();
        return sentence.hits.stream()
                .filter(h -> h.start() >= from && h.end() <= to && sidesOn(h))
                .toList();
    }

    /** A number right at the head of a verb's object: "accepted 3.5 million refugees", "hosts 3,000 troops". */
    private static boolean countedObject(Token[] tokens, Clause clause) {
        for (int i = clause.restFrom(); i < Math.min(tokens.length, clause.restFrom() + 3); i++) {
            if (tokens[i].is("NUM")) {
                return true;
            }
            if (!tokens[i].is("DET") && !tokens[i].is("ADV") && !tokens[i].is("ADP")) {
                return false;
            }
        }
        return false;
    }

    /** Whether the clause is an infinitive under a verb that takes sides, which reads it with its own. */
    private static boolean governedBySide(SentenceAnalysis sentence, List<Clause> clauses, int c) {
        int governor = clauses.get(c).governor();
        return governor >= 0
                && clauses.get(c).verb().form() == VerbGroup.Form.INFINITIVE
                && StanceWords.TAKING_SIDES.at(
                                sentence.tokens, clauses.get(governor).verb().main())
                        != null;
    }

    /** The end of a clause's words, taking in the infinitives it governs. */
    private static int regionEnd(SentenceAnalysis sentence, List<Clause> clauses, int c) {
        int end = clauses.get(c).restTo();
        for (int d = c + 1; d < clauses.size(); d++) {
            Clause next = clauses.get(d);
            if (next.governor() >= c
                    && next.governor() < d
                    && (next.verb().form() == VerbGroup.Form.INFINITIVE
                            || prepositionalParticiple(sentence.tokens, next.verb())
                            || objectParticiple(sentence.tokens, next.verb()))) {
                end = Math.max(end, next.restTo());
            } else if (next.verb().first() >= end) {
                break;
            }
        }
        Token[] tokens = sentence.tokens;
        return end < tokens.length ? tokens[end].start() : sentence.end();
    }

    /** "a resolution demanding a truce", "a plan calling for talks": a participle right after a noun, what the noun says. */
    static boolean objectParticiple(Token[] tokens, VerbGroup verb) {
        return verb.form() == VerbGroup.Form.PARTICIPLE
                && verb.first() > 0
                && tokens[verb.first()].lower().endsWith("ing")
                && (tokens[verb.first() - 1].is("NOUN") || tokens[verb.first() - 1].is("PROPN"));
    }

    /** "in pursuing", "by launching": a participle after a preposition, the way its governor's act is done. */
    static boolean prepositionalParticiple(Token[] tokens, VerbGroup verb) {
        return verb.form() == VerbGroup.Form.PARTICIPLE
                && verb.first() > 0
                && tokens[verb.first()].lower().endsWith("ing")
                && tokens[verb.first() - 1].is("ADP");
    }

    /**
     * The polarity of a verb's side on a hit, composed with the infinitives between them ("urged ...
     * to halt" opposes what "halt" governs), the stance words between ("an end to"), and the hit's
     * own direction ("withdrawal" is the reverse of a presence).
     */
    private Polarity compose(
            ArticleAnalysis analysis,
            SentenceAnalysis sentence,
            Polarity polarity,
            List<Clause> clauses,
            int c,
            PositionHit hit,
            int regionFrom) {
        Token[] tokens = sentence.tokens;
        boolean support = polarity == Polarity.SUPPORT;
        int cuesFrom = regionFrom;
        for (int d = c + 1; d < clauses.size(); d++) {
            Clause inner = clauses.get(d);
            if (tokens[inner.verb().first()].start() >= hit.start()) {
                break;
            }
            if (inner.verb().form() == VerbGroup.Form.FINITE) {
                // "demanded that Assad's forces halt their onslaught": a clause that ends what it names.
                int innerFrom = inner.restFrom() < tokens.length ? tokens[inner.restFrom()].start() : sentence.end();
                int innerTo = inner.restTo() < tokens.length ? tokens[inner.restTo()].start() : sentence.end();
                WordClass.Entry<Polarity> ends =
                        StanceWords.TAKING_SIDES.at(tokens, inner.verb().main());
                if (hit.start() >= innerFrom
                        && hit.end() <= innerTo
                        && ends != null
                        && ends.value() == Polarity.OPPOSE
                        && !hitAtVerb(hit, tokens, inner.verb())) {
                    support = !support;
                }
                continue;
            }
            if (inner.verb().form() != VerbGroup.Form.INFINITIVE
                    && !prepositionalParticiple(tokens, inner.verb())
                    && !objectParticiple(tokens, inner.verb())) {
                break;
            }
            WordClass.Entry<Polarity> entry =
                    StanceWords.TAKING_SIDES.at(tokens, inner.verb().main());
            if (entry != null && entry.value() == Polarity.OPPOSE && !hitAtVerb(hit, tokens, inner.verb())) {
                support = !support;
            }
            if (inner.verb().negated()) {
                support = !support;
            }
            cuesFrom = tokens[inner.verb().last()].end();
        }
        // "demanded that the attacks stop": the hit is the subject of a clause that ends it.
        for (int d = c + 1; d < clauses.size(); d++) {
            Clause inner = clauses.get(d);
            if (inner.subject().isEmpty() || inner.verb().form() != VerbGroup.Form.FINITE) {
                continue;
            }
            int subjectStart = tokens[inner.subject().get(0).first()].start();
            int subjectEnd =
                    tokens[inner.subject().get(inner.subject().size() - 1).last()].end();
            if (hit.start() >= subjectStart && hit.end() <= subjectEnd) {
                WordClass.Entry<Polarity> entry =
                        StanceWords.TAKING_SIDES.at(tokens, inner.verb().main());
                boolean ends = entry != null && entry.value() == Polarity.OPPOSE;
                if (ends != inner.verb().negated()) {
                    support = !support;
                }
                break;
            }
        }
        for (var cue : Lexicon.CUES.find(analysis.words, cuesFrom, hit.start())) {
            if (cue.value().polarity() == Polarity.OPPOSE && cue.value().nominal()) {
                support = !support;
            } else if (cue.value().polarity() == Polarity.OPPOSE
                    && (cue.phrase().startsWith("an end")
                            || cue.phrase().startsWith("put an end")
                            || cue.phrase().equals("halt")
                            || cue.phrase().equals("stop"))) {
                support = !support;
            }
        }
        if (hit.reverse()) {
            support = !support;
        }
        return support ? Polarity.SUPPORT : Polarity.OPPOSE;
    }

    private static boolean hitAtVerb(PositionHit hit, Token[] tokens, VerbGroup verb) {
        return hit.start() <= tokens[verb.main()].start() && tokens[verb.main()].end() <= hit.end();
    }

    // ---- judging ---------------------------------------------------------------------------------

    /**
     * "Putin called the truce pointless", "described the campaign as a reckless escalation", "had been
     * called pointless by Putin": the judge takes the side the judging word says on what it judges.
     */
    private boolean judging(ArticleAnalysis analysis, SentenceAnalysis sentence, Clause clause) {
        Token[] tokens = sentence.tokens;
        VerbGroup verb = clause.verb();
        if (!StanceWords.JUDGING.contains(verb.lemma()) && !StanceWords.JUDGING.contains(tokens[verb.main()].lower())) {
            return false;
        }
        Set<ActorCode> judges;
        int judgedFrom;
        int judgedTo;
        int wordsFrom = clause.restFrom() < tokens.length ? tokens[clause.restFrom()].start() : sentence.end();
        int wordsTo = clause.restTo() < tokens.length ? tokens[clause.restTo()].start() : sentence.end();
        if (verb.passive()) {
            if (clause.agent().isEmpty() || clause.subject().isEmpty()) {
                return false;
            }
            judges = actors.of(sentence, clause.agent());
            judgedFrom =
                    tokens[withAttachments(sentence, clause.subject().get(0).first())].start();
            judgedTo = tokens[verb.first()].start();
            wordsTo = tokens[clause.agent().get(0).first()].start();
        } else {
            judges = agency.subjectActors(sentence, clause);
            judgedFrom = wordsFrom;
            judgedTo = wordsTo;
        }
        if (judges.isEmpty() || verb.negated()) {
            return false;
        }
        for (PositionHit hit : sentence.hits) {
            if (hit.start() < judgedFrom
                    || hit.end() > judgedTo
                    || !sidesOn(hit)
                    || !targets.aimed(analysis, sentence, hit)) {
                continue;
            }
            int after = Math.max(hit.end(), wordsFrom);
            List<PhraseMatcher.Match<Polarity>> verdicts = Lexicon.EVALUATIONS.find(analysis.words, after, wordsTo);
            if (verdicts.isEmpty()) {
                continue;
            }
            Polarity polarity = verdicts.get(0).value();
            if (hit.reverse()) {
                polarity = PositionReader.flip(polarity);
            }
            for (ActorCode judge : judges) {
                add(analysis, sentence, Claim.Basis.STATEMENT, judge, hit.position(), polarity, 0.75, "judging");
            }
            return true;
        }
        return false;
    }

    // ---- deeds -----------------------------------------------------------------------------------

    /** "Russian and Syrian jets bombed rebel-held Idlib": an attack by an agent of the position, on its target. */
    private void deed(ArticleAnalysis analysis, SentenceAnalysis sentence, Clause clause) {
        Token[] tokens = sentence.tokens;
        VerbGroup verb = clause.verb();
        if (!verb.realis() || StanceWords.ATTACKING.at(tokens, verb.main()) == null) {
            return;
        }
        if (HYPOTHETICAL
                .matcher(analysis.text)
                .region(sentence.start(), tokens[verb.first()].start())
                .find()) {
            return;
        }
        Set<ActorCode> doers =
                verb.passive() ? actors.of(sentence, clause.agent()) : agency.subjectActors(sentence, clause);
        if (doers.isEmpty()) {
            return;
        }
        Token main = tokens[verb.main()];
        for (PositionHit hit : sentence.hits) {
            boolean atVerb = hit.kind() == PhraseKind.DEED && hit.start() <= main.start() && main.end() <= hit.end();
            if (!atVerb) {
                continue;
            }
            Position position = hit.position();
            if (!deedAimed(analysis, sentence, clause, position)) {
                continue;
            }
            for (ActorCode doer : doers) {
                if (position.cues().agents().isEmpty()
                        || position.cues().agents().contains(doer)) {
                    add(analysis, sentence, Claim.Basis.DEED, doer, position, Polarity.SUPPORT, 0.75, "deed");
                }
            }
        }
    }

    /**
     * A deed's target: a target place named in its sentence, nearer than any other place (the story's
     * context is not enough for a deed: "hit civilian targets around the country"); or a target actor
     * in its words, where the position's condition is named nearby ("strikes on Syria" after a
     * chemical attack).
     */
    private boolean deedAimed(ArticleAnalysis analysis, SentenceAnalysis sentence, Clause clause, Position position) {
        if (position.cues().targets().isEmpty()) {
            return !position.cues().targetActors().isEmpty()
                    && targetsActor(sentence, clause, position)
                    && (!position.cues().termsAreConditions() || conditionNear(analysis, sentence, position));
        }
        Token[] tokens = sentence.tokens;
        if (NATIONWIDE
                .matcher(analysis.text)
                .region(sentence.start(), sentence.end())
                .find()) {
            // "hit civilian targets around the country": a deed told of the whole war is aimed at no one place.
            return false;
        }
        return targets.aimed(
                analysis,
                sentence,
                position,
                tokens[clause.verb().main()].start(),
                tokens[clause.verb().main()].end());
    }

    /** A deed naming a position that answers a condition counts where the condition is named nearby. */
    private static boolean conditionMet(ArticleAnalysis analysis, SentenceAnalysis sentence, PositionHit hit) {
        return hit.kind() != PhraseKind.DEED
                || !hit.position().cues().termsAreConditions()
                || conditionNear(analysis, sentence, hit.position());
    }

    /** A term of the position in the sentence or the two before it. */
    static boolean conditionNear(ArticleAnalysis analysis, SentenceAnalysis sentence, Position position) {
        for (int i = Math.max(0, sentence.index - 2); i <= sentence.index; i++) {
            for (PositionHit hit : analysis.sentences.get(i).hits) {
                if (hit.kind() == PhraseKind.TERM && hit.position().equals(position)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean targetsActor(SentenceAnalysis sentence, Clause clause, Position position) {
        Token[] tokens = sentence.tokens;
        int from = clause.restFrom() < tokens.length ? tokens[clause.restFrom()].start() : sentence.end();
        int to = clause.restTo() < tokens.length ? tokens[clause.restTo()].start() : sentence.end();
        for (Mention mention : sentence.mentions) {
            if (mention.start() >= from
                    && mention.end() <= to
                    && position.cues().targetActors().contains(mention.actor())) {
                return true;
            }
        }
        return false;
    }

    // ---- named agents and stance nouns ----------------------------------------------------------

    /**
     * Phrases that name a position with its agent: a possessor ("the regime's attacks on Idlib"), a
     * compound ("the UN-hosted talks", "a Russian-led assault"), an adjective ("the US withdrawal",
     * "Russian air strikes"); and stance nouns with their actor ("Trump's call for a withdrawal").
     */
    private void namedAgents(ArticleAnalysis analysis, SentenceAnalysis sentence) {
        Token[] tokens = sentence.tokens;
        for (NounPhrase phrase : sentence.parse.phrases()) {
            Token head = tokens[phrase.head()];
            Polarity nounPolarity = StanceWords.STANCE_NOUNS.get(head.lemma());
            if (nounPolarity == null) {
                nounPolarity = StanceWords.STANCE_NOUNS.get(head.lower());
            }
            Set<ActorCode> agents = agency.phraseAgents(sentence, phrase);
            if (agents.isEmpty()) {
                continue;
            }
            int phraseStart = tokens[phrase.first()].start();
            int phraseEnd = tokens[phrase.last()].end();
            for (PositionHit hit : sentence.hits) {
                if (!sidesOn(hit) || !conditionMet(analysis, sentence, hit)) {
                    continue;
                }
                // The phrase's head names it, alone or with what follows ("UN-hosted talks in Geneva").
                boolean inside =
                        hit.start() >= phraseStart && hit.start() <= head.start() && hit.end() >= head.end() - 1;
                boolean complement = nounPolarity != null
                        && hit.start() >= phraseEnd
                        && complementOf(analysis, sentence, phrase, hit);
                if (!inside && !complement) {
                    continue;
                }
                // "US troops" names the presence by its anchor; it is nobody's stance. "The US withdrawal" is.
                if (inside
                        && hit.kind() == PhraseKind.TERM
                        && hit.position().cues().anchorActor().isPresent()) {
                    continue;
                }
                if (!targets.aimed(analysis, sentence, hit)) {
                    continue;
                }
                Polarity polarity = inside ? Polarity.SUPPORT : nounPolarity;
                if (complement) {
                    polarity = composeComplement(analysis, sentence, phrase, hit, polarity);
                }
                if (hit.reverse()) {
                    polarity = PositionReader.flip(polarity);
                }
                boolean deed = inside && !hit.position().cues().agents().isEmpty() && polarity == Polarity.SUPPORT;
                for (ActorCode agent : agents) {
                    if (deed && !hit.position().cues().agents().contains(agent)) {
                        continue;
                    }
                    // Only the anchor can do what a reverse phrase of its presence names: "the US withdrawal", not
                    // "Assad's departure".
                    if (inside
                            && hit.reverse()
                            && hit.position()
                                    .cues()
                                    .anchorActor()
                                    .filter(a -> !a.equals(agent))
                                    .isPresent()) {
                        continue;
                    }
                    add(
                            analysis,
                            sentence,
                            deed ? Claim.Basis.DEED : Claim.Basis.STATEMENT,
                            agent,
                            hit.position(),
                            polarity,
                            0.7,
                            inside ? "named-agent" : "stance-noun");
                }
                break;
            }
        }
    }

    /** Whether a hit after a stance noun is its complement: "call for X", "decision to withdraw", "opposition to X". */
    private static boolean complementOf(
            ArticleAnalysis analysis, SentenceAnalysis sentence, NounPhrase phrase, PositionHit hit) {
        Token[] tokens = sentence.tokens;
        int next = phrase.last() + 1;
        if (next >= tokens.length) {
            return false;
        }
        String link = tokens[next].lower();
        // "Trump's tweet heralding the withdrawal": a participle of announcing or siding, whatever its tag.
        boolean participle = link.endsWith("ing") && sidingWord(tokens[next]);
        if (!(link.equals("for")
                || link.equals("to")
                || link.equals("of")
                || link.equals("on")
                || link.equals("against")
                || link.equals("over")
                || link.equals("that")
                || link.equals("about")
                || participle)) {
            return false;
        }
        // Within the clause: no finite verb, clause mark or more than a dozen words between.
        int words = 0;
        for (int i = next; i < tokens.length && tokens[i].start() < hit.start(); i++) {
            String word = tokens[i].text();
            if (word.equals(",") || word.equals(";") || word.equals(":") || ++words > 12) {
                return false;
            }
        }
        return true;
    }

    /** A word of siding or saying, read as the verb its form is: "heralding", "demanding". */
    private static boolean sidingWord(Token token) {
        Token verb = new Token(token.start(), token.end(), token.text(), "VERB", token.lower());
        return StanceWords.TAKING_SIDES.contains(verb) || StanceWords.SAYING.contains(verb);
    }

    private Polarity composeComplement(
            ArticleAnalysis analysis,
            SentenceAnalysis sentence,
            NounPhrase phrase,
            PositionHit hit,
            Polarity polarity) {
        Token[] tokens = sentence.tokens;
        boolean support = polarity == Polarity.SUPPORT;
        for (int i = phrase.last() + 1; i < tokens.length && tokens[i].end() <= hit.start(); i++) {
            boolean verbal = tokens[i].isVerbal()
                    || i == phrase.last() + 1 && tokens[i].lower().endsWith("ing");
            WordClass.Entry<Polarity> entry = verbal ? StanceWords.TAKING_SIDES.at(tokens, i) : null;
            if (entry != null && entry.value() == Polarity.OPPOSE) {
                support = !support;
            }
        }
        for (var cue : Lexicon.CUES.find(analysis.words, tokens[phrase.last()].end(), hit.start())) {
            if (cue.value().polarity() == Polarity.OPPOSE
                    && (cue.value().nominal()
                            || cue.phrase().startsWith("an end")
                            || cue.phrase().startsWith("put an end"))) {
                support = !support;
            }
        }
        return support ? Polarity.SUPPORT : Polarity.OPPOSE;
    }

    // ---- perspective -----------------------------------------------------------------------------

    /**
     * "For Russia and Iran, reclaiming Idlib is vital" (or "For Russia and Iran - long Assad's allies -
     * reclaiming ..."): the words that follow the named actors are their view.
     */
    private void perspective(ArticleAnalysis analysis, SentenceAnalysis sentence) {
        Token[] tokens = sentence.tokens;
        if (tokens.length < 4
                || !(tokens[0].lower().equals("for") || tokens[0].lower().equals("to"))) {
            return;
        }
        Set<ActorCode> holders = new LinkedHashSet<>();
        int i = 1;
        for (NounPhrase phrase : sentence.parse.phrases()) {
            if (phrase.first() != i) {
                break;
            }
            Set<ActorCode> who = actors.of(sentence, phrase);
            if (who.isEmpty()) {
                return;
            }
            holders.addAll(who);
            i = phrase.last() + 1;
            if (i + 1 < tokens.length
                    && (tokens[i].lower().equals("and")
                            || tokens[i].text().equals(",")
                                    && tokens[i + 1].lower().equals("and"))) {
                i += tokens[i].lower().equals("and") ? 1 : 2;
            }
        }
        if (holders.isEmpty() || i >= tokens.length) {
            return;
        }
        String mark = tokens[i].text();
        if (mark.equals("-") || mark.equals("–") || mark.equals("—")) {
            // A parenthesis in dashes about the holders: the view starts after it closes.
            int close = i + 1;
            while (close < tokens.length && !tokens[close].text().equals(mark)) {
                close++;
            }
            i = close;
        } else if (!mark.equals(",")) {
            return;
        }
        if (i >= tokens.length) {
            return;
        }
        int from = tokens[i].end();
        for (PositionReader.Reading reading :
                reader.read(analysis.words, from, sentence.end(), hitsIn(analysis, from, sentence.end()))) {
            if (targets.aimed(analysis, sentence, reading.position(), reading.start(), reading.end())) {
                for (ActorCode holder : holders) {
                    add(
                            analysis,
                            sentence,
                            Claim.Basis.STATEMENT,
                            holder,
                            reading.position(),
                            reading.polarity(),
                            0.6,
                            "perspective");
                }
            }
        }
    }

    // ---- quotes ----------------------------------------------------------------------------------

    /** A direct quote opened in this sentence, read as its speaker's words: "“...,” Putin said." or "Putin said: “...”". */
    private void quotes(ArticleAnalysis analysis, SentenceAnalysis sentence) {
        Token[] tokens = sentence.tokens;
        for (Quotes.Quote quote : analysis.quotes.openedIn(sentence.start(), sentence.end())) {
            if (quote.end() - quote.start() < 3) {
                continue;
            }
            Set<ActorCode> speakers = Set.of();
            for (Clause clause : sentence.parse.clauses()) {
                if (StanceWords.SAYING.at(tokens, clause.verb().main()) == null) {
                    continue;
                }
                int verbStart = tokens[clause.verb().first()].start();
                boolean after = verbStart > quote.close() && verbStart - quote.close() < 60;
                boolean before = tokens[clause.verb().last()].end() <= quote.open()
                        && quote.open() - tokens[clause.verb().last()].end() < 4;
                if (after || before) {
                    speakers = agency.subjectActors(sentence, clause);
                    if (speakers.isEmpty() && after) {
                        speakers = invertedSpeaker(sentence, clause);
                    }
                    break;
                }
            }
            if (speakers.isEmpty()) {
                continue;
            }
            // A quote left open runs to its paragraph's end, which in hostile text may be megabytes away:
            // its speaker's words are read, and cited, as far as a long quote of real news goes.
            int end = Math.min(quote.end(), quote.start() + MAX_QUOTE_READ_CHARS);
            int evidenceEnd = Math.min(
                    analysis.text.length(),
                    Math.max(Math.min(quote.close() + 1, quote.start() + MAX_QUOTE_READ_CHARS), sentence.end()));
            for (PositionReader.Reading reading :
                    reader.read(analysis.words, quote.start(), end, hitsIn(analysis, quote.start(), end))) {
                if (!targets.aimed(analysis, sentence, reading.position(), reading.start(), reading.end())) {
                    continue;
                }
                for (ActorCode speaker : speakers) {
                    analysis.claims.add(new Claim(
                            Claim.Basis.QUOTE,
                            speaker,
                            reading.position(),
                            reading.polarity(),
                            quote.open(),
                            evidenceEnd,
                            sentence.date,
                            reading.confidence(),
                            "quote"));
                }
            }
        }
    }

    /** The longest stretch of one quote read as its speaker's words: a few long sentences. */
    static final int MAX_QUOTE_READ_CHARS = 2 * SentenceSplitter.MAX_SENTENCE_CHARS;

    /** ", said Erdogan.": the speaker after the verb. */
    private Set<ActorCode> invertedSpeaker(SentenceAnalysis sentence, Clause clause) {
        for (NounPhrase phrase : sentence.parse.phrases()) {
            if (phrase.first() > clause.verb().last()
                    && phrase.first() <= clause.verb().last() + 2) {
                return actors.of(sentence, phrase);
            }
        }
        return Set.of();
    }

    // ---- shared ----------------------------------------------------------------------------------

    /**
     * The phrases naming positions in {@code [from, to)}, which may span sentences (a quote), as the
     * reader reads them: the deeds of a position that answers a condition name it where the condition
     * is near ("any military action against Syria would be reckless").
     */
    private static List<PositionHit> hitsIn(ArticleAnalysis analysis, int from, int to) {
        List<PositionHit> hits = new ArrayList<>();
        for (int i = analysis.sentenceIndexAt(from);
                i < analysis.sentences.size() && analysis.sentences.get(i).start() < to;
                i++) {
            SentenceAnalysis sentence = analysis.sentences.get(i);
            if (sentence.end() > from) {
                for (PositionHit hit : sentence.hits) {
                    if (hit.kind() == PhraseKind.DEED && hit.position().cues().termsAreConditions()) {
                        if (conditionNear(analysis, sentence, hit.position())) {
                            hits.add(new PositionHit(hit.position(), PhraseKind.TERM, hit.start(), hit.end()));
                        }
                    } else {
                        hits.add(hit);
                    }
                }
            }
        }
        return hits;
    }

    private static void add(
            ArticleAnalysis analysis,
            SentenceAnalysis sentence,
            Claim.Basis basis,
            ActorCode actor,
            Position position,
            Polarity polarity,
            double confidence,
            String rule) {
        analysis.claims.add(new Claim(
                basis, actor, position, polarity, sentence.start(), sentence.end(), sentence.date, confidence, rule));
    }

    static List<Claim> none() {
        return new ArrayList<>();
    }
}
