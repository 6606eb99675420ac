package org.stancetracker.extractors.text;

/**
 * One word or punctuation mark of a sentence, with its universal part-of-speech tag (UD: NOUN,
 * PROPN, VERB, AUX, ADJ, ADP, DET, PRON, PART, ...) and its lemma, lower-cased.
 *
 * @param start offset of its first character in the article's text
 * @param end offset after its last character
 * @param lower the text in lower case, which the rules compare often
 */
public record Token(int start, int end, String text, String tag, String lemma, String lower) {

    public Token(int start, int end, String text, String tag, String lemma) {
        this(start, end, text, tag, lemma, text.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the tag is {@code upos}, or starts with it where the tagger joined two ("PROPN+PART"). */
    public boolean is(String upos) {
        return tag.equals(upos)
                || (tag.startsWith(upos) && tag.length() > upos.length() && tag.charAt(upos.length()) == '+');
    }

    public boolean isNominal() {
        return is("NOUN") || is("PROPN") || is("PRON") || is("NUM");
    }

    public boolean isVerbal() {
        return is("VERB") || is("AUX");
    }
}
