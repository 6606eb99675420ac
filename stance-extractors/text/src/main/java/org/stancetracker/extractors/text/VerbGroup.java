package org.stancetracker.extractors.text;

/**
 * A verb with its auxiliaries, negation and adverbs, {@code [first, last]} of a sentence's tokens:
 * "has not called", "would be pointless", "to withdraw", "were rebuffed".
 *
 * @param main the main verb (the last verb, or the copula "be" when nothing follows it)
 * @param lemma the main verb's lemma
 * @param passive "were rebuffed", "is backed": the subject undergoes what the verb says
 * @param negated "not", "n't", "never" or "no longer" in the group
 * @param modality what the auxiliaries say about whether it happens
 * @param form finite ("called"), infinitive ("to call") or participle ("calling", "backed" after a noun)
 */
public record VerbGroup(
        int first, int last, int main, String lemma, boolean passive, boolean negated, Modality modality, Form form) {

    /** What the auxiliaries say about whether the act happens. */
    public enum Modality {
        /** Happened or happens: "bombed", "has called", "is attacking". */
        REAL,
        /** Will happen, as said: "will attack", "is going to", and "would" in reported speech ("said it would attack"). */
        FUTURE,
        /** May happen, or would under a condition: "could strike", "would be", "might". */
        POSSIBLE,
        /** Ought to happen: "must leave", "should stop". */
        NEEDED
    }

    /** The form of the verb. */
    public enum Form {
        FINITE,
        INFINITIVE,
        PARTICIPLE
    }

    public boolean realis() {
        return modality == Modality.REAL && !negated;
    }
}
