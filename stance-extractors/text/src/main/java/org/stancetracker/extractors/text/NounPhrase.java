package org.stancetracker.extractors.text;

/**
 * A noun phrase of a sentence's tokens, {@code [first, last]}: "the UN-hosted talks in", "Turkey's
 * foreign minister", "he". Its head is the last noun (or pronoun, or number) of the phrase; a
 * possessor ("Turkey" in "Turkey's foreign minister") ends at the {@code 's} token.
 *
 * @param possessive index of the {@code 's} (or {@code '}) token after a possessor; -1 if none
 */
public record NounPhrase(int first, int last, int head, int possessive) {

    public boolean hasPossessor() {
        return possessive >= 0;
    }

    public boolean contains(int token) {
        return first <= token && token <= last;
    }

    public int size() {
        return last - first + 1;
    }
}
