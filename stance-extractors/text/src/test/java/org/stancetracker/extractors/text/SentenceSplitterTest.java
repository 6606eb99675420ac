package org.stancetracker.extractors.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void sentences_of_ordinary_length_are_kept_whole() {
        String text =
                "Moscow said on Monday that it would back a truce in the north. Ankara welcomed the offer.\nA second paragraph follows.";
        assertThat(splitter.split(text))
                .extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly(
                        "Moscow said on Monday that it would back a truce in the north.",
                        "Ankara welcomed the offer.",
                        "A second paragraph follows.");
    }

    @Test
    void a_run_on_sentence_is_cut_after_commas_into_pieces_no_longer_than_the_limit() {
        String clause = "the minister said the talks would go on, ";
        String text = clause.repeat(100).strip() + ".";
        List<Sentence> sentences = splitter.split(text);
        assertThat(sentences).hasSizeGreaterThan(text.length() / SentenceSplitter.MAX_SENTENCE_CHARS);
        assertThat(sentences)
                .allSatisfy(
                        s -> assertThat(s.end() - s.start()).isLessThanOrEqualTo(SentenceSplitter.MAX_SENTENCE_CHARS));
        assertThat(sentences)
                .allSatisfy(s -> assertThat(text.substring(s.start(), s.end())).startsWith("the minister"));
        assertThat(sentences.get(sentences.size() - 1).end()).isEqualTo(text.length());
    }

    @Test
    void text_with_no_comma_is_cut_at_a_space_and_text_with_no_space_at_the_limit() {
        String words = "word ".repeat(700);
        assertThat(splitter.split(words)).allSatisfy(s -> {
            assertThat(s.end() - s.start()).isLessThanOrEqualTo(SentenceSplitter.MAX_SENTENCE_CHARS);
            assertThat(words.substring(s.start(), s.end())).startsWith("word").endsWith("word");
        });
        String oneWord = "x".repeat(2_500);
        assertThat(splitter.split(oneWord)).extracting(s -> s.end() - s.start()).containsExactly(1_000, 1_000, 500);
    }

    @Test
    void a_cut_never_falls_inside_a_surrogate_pair() {
        String doves = "🕊".repeat(1_200);
        assertThat(splitter.split(doves)).allSatisfy(s -> {
            assertThat(Character.isLowSurrogate(doves.charAt(s.start()))).isFalse();
            assertThat(Character.isHighSurrogate(doves.charAt(s.end() - 1))).isFalse();
        });
    }
}
