package org.stancetracker.extractors.text;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.stancetracker.spi.actor.ActorCode;

/**
 * Tracks, sentence by sentence, who a pronoun can stand for: "he" or "she" for the last person who
 * spoke or acted as a subject (within {@link #REACH} sentences), "they" for the last group, "it" for
 * the last state or organisation. A subject the reference data does not know (an analyst, a rebel
 * commander) takes the person's place, so that a later "he" is not given to an actor.
 */
final class SpeakerStage implements Stage {
    static final int REACH = 4;
    private static final int LEADING_WORDS = 8;
    private static final Pattern UNKNOWN_NAME_FIRST = Pattern.compile(
            "^(?:(?:Mr|Ms|Mrs|Dr)\\.?\\s+)?[\\p{Lu}][\\p{Ll}\\p{M}]+(?:\\s+[\\p{Lu}][\\p{L}\\p{M}\\-’']+)+\\s*,?\\s+(?:[\\p{Ll}]+\\s+){0,2}"
                    + "(?:said|says|told|added|warned|argued|insisted|wrote|explained|noted|believes|thinks)\\b");
    private static final Pattern ATTRIBUTION_TO_UNKNOWN = Pattern.compile(
            "[,”\"]\\s*(?:said|says|added|warned)\\s+(?:(?:Mr|Ms|Mrs|Dr)\\.?\\s+)?[\\p{Lu}][\\p{Ll}\\p{M}]+\\s+[\\p{Lu}][\\p{L}\\p{M}\\-]+");

    private final Actors actors;

    SpeakerStage(Actors actors) {
        this.actors = actors;
    }

    @Override
    public void run(ArticleAnalysis analysis) {
        Optional<ActorCode> person = Optional.empty();
        int personAt = -100;
        Set<ActorCode> group = Set.of();
        Optional<ActorCode> organisation = Optional.empty();
        for (SentenceAnalysis sentence : analysis.sentences) {
            sentence.person = sentence.index - personAt <= REACH ? person : Optional.empty();
            sentence.group = group;
            sentence.organisation = organisation;
            if (sentence.sentence.boilerplate() || sentence.sentence.headline()) {
                continue;
            }
            if (sentence.parse != null) {
                for (Clause clause : sentence.parse.clauses()) {
                    if (clause.verb().form() != VerbGroup.Form.FINITE
                            || clause.subject().isEmpty()) {
                        continue;
                    }
                    List<NounPhrase> subject = clause.subject();
                    Token head = sentence.tokens[subject.get(subject.size() - 1).head()];
                    if (head.is("PRON")) {
                        if (head.lower().equals("he") || head.lower().equals("she")) {
                            personAt = sentence.index;
                        }
                        continue;
                    }
                    Set<ActorCode> who = actors.of(sentence, subject);
                    if (who.isEmpty()) {
                        if (subject.size() == 1 && actors.unknownPerson(sentence, subject.get(0))) {
                            person = Optional.empty();
                            personAt = sentence.index;
                        } else if (head.is("NOUN") || head.is("PROPN")) {
                            // "Cabinet agreed ...", "the rebels said": a later "they" or "it" is not the last actor.
                            group = Set.of();
                            organisation = Optional.empty();
                        }
                        continue;
                    }
                    if (who.size() > 1) {
                        group = who;
                    } else if (personSubject(sentence, subject)) {
                        person = Optional.of(who.iterator().next());
                        personAt = sentence.index;
                    } else {
                        organisation = Optional.of(who.iterator().next());
                        group = who;
                    }
                }
            } else {
                String text = analysis.text.substring(sentence.start(), sentence.end());
                Optional<Mention> first =
                        sentence.mentions.stream().filter(m -> !m.place()).findFirst();
                boolean leads = first.isPresent()
                        && analysis.text
                                        .substring(sentence.start(), first.get().start())
                                        .split("\\s+")
                                        .length
                                <= 3;
                // "Britain's ambassador, Karen Pierce, condemned ...": a person named in the sentence's first words.
                Optional<Mention> leadingPerson = sentence.mentions.stream()
                        .filter(m -> m.person()
                                && !m.place()
                                && analysis.text
                                                .substring(sentence.start(), m.start())
                                                .split("\\s+")
                                                .length
                                        <= LEADING_WORDS)
                        .findFirst();
                if (leadingPerson.isPresent()) {
                    person = Optional.of(leadingPerson.get().actor());
                    personAt = sentence.index;
                } else if (saysSomething(text)
                        && (UNKNOWN_NAME_FIRST.matcher(text).find()
                                || ATTRIBUTION_TO_UNKNOWN.matcher(text).find())) {
                    person = Optional.empty();
                    personAt = sentence.index;
                } else if (leads) {
                    organisation = Optional.of(first.get().actor());
                }
            }
        }
    }

    /** The verbs both unknown-speaker patterns need: a cheap look before either pattern runs on a sentence. */
    private static final String[] SAYING_WORDS = {
        "said",
        "says",
        "told",
        "added",
        "warned",
        "argued",
        "insisted",
        "wrote",
        "explained",
        "noted",
        "believes",
        "thinks"
    };

    private static boolean saysSomething(String text) {
        for (String word : SAYING_WORDS) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A subject that is a person: a name the reference data holds as a person's, or a title ("the Turkish president"). */
    private static boolean personSubject(SentenceAnalysis sentence, List<NounPhrase> subject) {
        for (NounPhrase phrase : subject) {
            Token head = sentence.tokens[phrase.head()];
            for (Mention mention : sentence.mentions) {
                if (mention.person()
                        && mention.start() >= sentence.tokens[phrase.first()].start()
                        && mention.end() <= sentence.tokens[phrase.last()].end()) {
                    return true;
                }
            }
            if (PERSON_TITLES.contains(head.lower())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PERSON_TITLES = Set.of(
            "president",
            "minister",
            "envoy",
            "ambassador",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "leader",
            "chief",
            "premier",
            "secretary",
            "adviser",
            "advisor",
            "counterpart",
            "negotiator",
            "representative",
            "general",
            "commander",
            "head",
            "deputy",
            "king",
            "emir",
            "prince",
            "chancellor");
}
