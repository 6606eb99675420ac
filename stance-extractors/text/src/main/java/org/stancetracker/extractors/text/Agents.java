package org.stancetracker.extractors.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.stancetracker.spi.actor.ActorCode;

/**
 * Who does or says what a clause or a phrase tells: the actors of a clause's subject (a pronoun
 * resolved in its sentence or by the discourse, a title resolved to whom it serves), and the agents a
 * phrase names for its head ("the regime's attacks", "a Russian-led assault", "proposals from France").
 * Read by the position rules and by the candidates the stance model judges. Stateless.
 */
final class Agents {
    private final Actors actors;

    Agents(Actors actors) {
        this.actors = actors;
    }

    /**
     * The agents a phrase names for its head: a possessor, a name compounded with an agent's
     * participle ("UN-hosted"), or a name modifying the head ("Russian air strikes", "the Trump move").
     */
    Set<ActorCode> phraseAgents(SentenceAnalysis sentence, NounPhrase phrase) {
        Token[] tokens = sentence.tokens;
        Set<ActorCode> agents = new LinkedHashSet<>(sponsors(sentence, phrase));
        Optional<NounPhrase> possessor = Actors.possessor(phrase);
        if (possessor.isPresent()) {
            agents.addAll(actors.of(sentence, possessor.get()));
            if (!agents.isEmpty()) {
                return agents;
            }
        }
        Token first = tokens[phrase.first()];
        if (!phrase.hasPossessor()
                && phrase.first() < phrase.head()
                && (first.lower().equals("his")
                        || first.lower().equals("her")
                        || first.lower().equals("its")
                        || first.lower().equals("their"))) {
            // "his efforts to recover control": whose the pronoun says.
            agents.addAll(pronounActors(sentence, phrase.first()));
            return agents;
        }
        int from = phrase.hasPossessor() ? phrase.possessive() + 1 : phrase.first();
        for (Mention mention : sentence.mentions) {
            if (mention.place() || mention.start() < tokens[from].start()) {
                continue;
            }
            if (mention.start() < tokens[phrase.head()].start() && mention.end() >= tokens[phrase.head()].end()) {
                // A name that takes in the head: "Russian raids", "Syrian government forces".
                agents.add(mention.actor());
                continue;
            }
            if (mention.end() > tokens[phrase.head()].start()) {
                continue;
            }
            Token token = tokenAt(tokens, mention.start());
            if (token == null) {
                continue;
            }
            String rest = token.end() > mention.end() ? token.text().substring(mention.end() - token.start()) : "";
            if (rest.isEmpty()
                    || rest.startsWith("-")
                            && StanceWords.AGENT_COMPOUNDS.contains(
                                    rest.substring(1).toLowerCase(java.util.Locale.ROOT))) {
                agents.add(mention.actor());
            }
        }
        return agents;
    }

    /**
     * Actors named after a phrase as its source or sponsor: "proposals from the United States and
     * France", "a process under the auspices of Russia, Turkey and Iran".
     */
    private Set<ActorCode> sponsors(SentenceAnalysis sentence, NounPhrase phrase) {
        Token[] tokens = sentence.tokens;
        Token head = tokens[phrase.head()];
        boolean planLike = StanceWords.STANCE_NOUNS.containsKey(head.lemma())
                || StanceWords.STANCE_NOUNS.containsKey(head.lower())
                || StanceWords.PROCESS_NOUNS.contains(head.lemma())
                || StanceWords.PROCESS_NOUNS.contains(head.lower());
        if (!planLike) {
            // "refugees from Syria" come from a place; only a plan or a process has a source that backs it.
            return Set.of();
        }
        int next = phrase.last() + 1;
        int from = -1;
        if (next + 1 < tokens.length && tokens[next].lower().equals("from")) {
            from = next + 1;
        } else {
            for (int i = next; i < Math.min(tokens.length - 1, next + 6); i++) {
                if (tokens[i].lower().equals("auspices")
                        && tokens[i + 1].lower().equals("of")) {
                    from = i + 2;
                    break;
                }
            }
        }
        if (from < 0) {
            return Set.of();
        }
        Set<ActorCode> sponsors = new LinkedHashSet<>();
        for (NounPhrase object : sentence.parse.phrases()) {
            if (object.first() < from) {
                continue;
            }
            // A list: "the United States, Saudi Arabia, Jordan, Britain and France".
            String gap = object.first() == from ? "" : tokens[object.first() - 1].lower();
            if (object.first() != from && !(gap.equals(",") || gap.equals("and"))) {
                break;
            }
            sponsors.addAll(actors.of(sentence, object));
            for (Mention mention : actors.mentionsIn(sentence, object)) {
                // "proposals from the United States": a source, not a place, whatever the preposition suggested.
                if (mention.place()) {
                    sponsors.add(mention.actor());
                }
            }
            from = object.last() + 1;
            while (from < tokens.length
                    && (tokens[from].text().equals(",") || tokens[from].lower().equals("and"))) {
                from++;
            }
        }
        return sponsors;
    }

    private static Token tokenAt(Token[] tokens, int offset) {
        for (Token token : tokens) {
            if (token.start() <= offset && offset < token.end()) {
                return token;
            }
        }
        return null;
    }

    /**
     * The actors of a clause's subject. A pronoun stands for someone named earlier in its sentence
     * ({@link #pronounActors}), else for who the discourse made salient.
     */
    Set<ActorCode> subjectActors(SentenceAnalysis sentence, Clause clause) {
        if (clause.subject().isEmpty()) {
            return Set.of();
        }
        NounPhrase only = clause.subject().get(0);
        if (clause.subject().size() == 1 && only.size() == 1 && sentence.tokens[only.head()].is("PRON")) {
            return pronounActors(sentence, only.head());
        }
        Set<ActorCode> who = actors.of(sentence, clause.subject());
        if (who.isEmpty()) {
            who = speaksFor(sentence, clause.subject().get(clause.subject().size() - 1));
        }
        return who;
    }

    /** "a spokesman for UN Secretary-General Antonio Guterres", "the head of the Turkish delegation": whom the title serves. */
    private Set<ActorCode> speaksFor(SentenceAnalysis sentence, NounPhrase phrase) {
        Token[] tokens = sentence.tokens;
        Token head = tokens[phrase.head()];
        int next = phrase.last() + 1;
        if (!StanceWords.AGENT_NOUNS.contains(head.lower())
                || next + 1 >= tokens.length
                || !(tokens[next].lower().equals("for")
                        || tokens[next].lower().equals("of")
                        || tokens[next].lower().equals("to"))) {
            return Set.of();
        }
        NounPhrase served = sentence.parse.phraseAt(next + 1);
        return served == null ? Set.of() : actors.of(sentence, served);
    }

    /**
     * Who the pronoun at {@code index} stands for: "he" for a person who is the subject of an earlier
     * clause of its sentence ("When Trump ordered ..., he did so"), "it" or "they" for a state or a
     * group that is ("Russia ... said it"), a pronoun in what someone said for the speaker ("Putin said
     * he would convene a congress"); else who the discourse made salient ({@link SpeakerStage}).
     */
    Set<ActorCode> pronounActors(SentenceAnalysis sentence, int index) {
        Token[] tokens = sentence.tokens;
        String pronoun = tokens[index].lower();
        boolean personal =
                pronoun.equals("he") || pronoun.equals("she") || pronoun.equals("his") || pronoun.equals("her");
        boolean collective =
                pronoun.equals("it") || pronoun.equals("its") || pronoun.equals("they") || pronoun.equals("their");
        for (Clause earlier : sentence.parse.clauses()) {
            if (earlier.verb().last() >= index) {
                break;
            }
            if (earlier.subject().isEmpty() || tokens[earlier.subject().get(0).head()].is("PRON")) {
                continue;
            }
            boolean person = personNamed(sentence, earlier.subject());
            Set<ActorCode> who = actors.of(sentence, earlier.subject());
            if (who.isEmpty()) {
                who = speaksFor(
                        sentence, earlier.subject().get(earlier.subject().size() - 1));
            }
            if (who.isEmpty()) {
                continue;
            }
            if (personal && person && who.size() == 1
                    || collective
                            && !person
                            && (who.size() == 1 || pronoun.equals("they") || pronoun.equals("their"))) {
                return who;
            }
            if (StanceWords.SAYING.at(tokens, earlier.verb().main()) != null && (personal || collective)) {
                return who;
            }
        }
        return Actors.pronoun(sentence, tokens[index]);
    }

    private static boolean personNamed(SentenceAnalysis sentence, List<NounPhrase> subject) {
        int from = sentence.tokens[subject.get(0).first()].start();
        int to = sentence.tokens[subject.get(subject.size() - 1).last()].end();
        return sentence.mentions.stream().anyMatch(m -> m.person() && m.start() >= from && m.end() <= to);
    }
}
