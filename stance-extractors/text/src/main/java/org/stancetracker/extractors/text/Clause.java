package org.stancetracker.extractors.text;

import java.util.List;

/**
 * A clause as the rules read it: a verb group, who its subject is, and the words after the verb up
 * to the clause's end (objects, prepositional phrases, and for a verb of saying, what was said).
 *
 * @param subject the noun phrases of the subject, several when coordinated ("Russia, Iran and Syrian
 *     troops"); empty when the clause has none that the sentence shows
 * @param agent for a passive, the noun phrases after "by" ("rebuffed by Moscow"); empty otherwise
 * @param restFrom first token after the verb group
 * @param restTo token after the clause's last ({@code restFrom} when the clause ends at its verb)
 * @param governor the clause whose verb governs this one ("to withdraw" in "decided to withdraw"); -1
 *     for none. An index into the sentence's clauses.
 */
public record Clause(
        VerbGroup verb, List<NounPhrase> subject, List<NounPhrase> agent, int restFrom, int restTo, int governor) {
    public Clause {
        subject = List.copyOf(subject);
        agent = List.copyOf(agent);
    }
}
