package org.stancetracker.extractors.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tokenizer cuts words the way the UD English treebank does, because that is what the tagger
 * was trained on: a clitic left on its word ("Trump's") or a name cut at its hyphen gets a wrong tag,
 * and every later stage reads the tags. One row per convention.
 */
final class TokenizerTest {

    /** A sentence and the tokens it must be cut into, in order. */
    record Row(String name, String text, List<String> tokens) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row(
                        "a possessive 's is a token of its own",
                        "Trump's decision surprised Ankara.",
                        List.of("Trump", "'s", "decision", "surprised", "Ankara", ".")),
                new Row(
                        "n't is cut from its auxiliary",
                        "Moscow haven't replied.",
                        List.of("Moscow", "have", "n't", "replied", ".")),
                new Row(
                        "can't and won't leave the treebank's ca and wo",
                        "Turkey can't and won't open the border.",
                        List.of("Turkey", "ca", "n't", "and", "wo", "n't", "open", "the", "border", ".")),
                new Row(
                        "'re, 'll and 'd are clitics too",
                        "They're sure we'll see what he'd planned.",
                        List.of("They", "'re", "sure", "we", "'ll", "see", "what", "he", "'d", "planned", ".")),
                new Row(
                        "curly apostrophes are cut like straight ones",
                        "Russia’s envoy doesn’t agree.",
                        List.of("Russia", "’s", "envoy", "does", "n’t", "agree", ".")),
                new Row(
                        "a plural possessive keeps its apostrophe apart",
                        "The rebels' positions held.",
                        List.of("The", "rebels", "'", "positions", "held", ".")),
                new Row(
                        "hyphenated words stay whole",
                        "UN-hosted talks on rebel-held Jisr al-Shughour stalled.",
                        List.of("UN-hosted", "talks", "on", "rebel-held", "Jisr", "al-Shughour", "stalled", ".")),
                new Row(
                        "a dash between spaced words is punctuation",
                        "The truce - fragile as it was - held.",
                        List.of("The", "truce", "-", "fragile", "as", "it", "was", "-", "held", ".")),
                new Row(
                        "an abbreviation of single letters keeps its periods",
                        "U.S. officials met at 10 a.m. in Ankara.",
                        List.of("U.S.", "officials", "met", "at", "10", "a.m.", "in", "Ankara", ".")),
                new Row(
                        "an abbreviation closing the sentence keeps its period",
                        "The plan was drafted by the U.S.",
                        List.of("The", "plan", "was", "drafted", "by", "the", "U.S.")),
                new Row(
                        "a title keeps its period",
                        "Mr. Erdogan and Dr. Rouhani spoke.",
                        List.of("Mr.", "Erdogan", "and", "Dr.", "Rouhani", "spoke", ".")),
                new Row(
                        "a period after an ordinary word ends the sentence",
                        "They met in Sochi.",
                        List.of("They", "met", "in", "Sochi", ".")),
                new Row(
                        "digit groups and decimals stay whole",
                        "Some 300,000 people fled and 3.5 million stayed.",
                        List.of("Some", "300,000", "people", "fled", "and", "3.5", "million", "stayed", ".")),
                new Row(
                        "a comma between words is punctuation",
                        "Idlib,Hama and Latakia, officials said.",
                        List.of("Idlib", ",", "Hama", "and", "Latakia", ",", "officials", "said", ".")),
                new Row(
                        "brackets, quotes and colons stand apart",
                        "He said: “A truce (in Idlib) is vital.”",
                        List.of(
                                "He", "said", ":", "“", "A", "truce", "(", "in", "Idlib", ")", "is", "vital", ".",
                                "”")),
                new Row(
                        "letters with accents and dotless i are letters",
                        "Erdoğan met Çavuşoğlu.",
                        List.of("Erdoğan", "met", "Çavuşoğlu", ".")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void cuts_words_as_the_treebank_does(Row row) {
        assertThat(words(row.text(), 0, row.text().length())).containsExactlyElementsOf(row.tokens());
    }

    /** The spans are offsets into the whole text, so that evidence can be cut from the article. */
    @Test
    void spans_are_offsets_into_the_whole_text() {
        String text = "Headline\nPutin's envoy arrived.";
        int from = text.indexOf('P');
        List<int[]> spans = Tokenizer.spans(text, from, text.length());
        assertThat(spans.get(0)).containsExactly(from, from + 5);
        assertThat(words(text, from, text.length())).containsExactly("Putin", "'s", "envoy", "arrived", ".");
    }

    private static List<String> words(String text, int from, int to) {
        return Tokenizer.spans(text, from, to).stream()
                .map(span -> text.substring(span[0], span[1]))
                .toList();
    }
}
