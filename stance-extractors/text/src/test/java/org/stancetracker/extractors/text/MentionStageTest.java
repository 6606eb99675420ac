package org.stancetracker.extractors.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stancetracker.extractors.testkit.KitReferenceData;
import org.stancetracker.spi.ArticleText;

/**
 * What the mention stage and the token stage find in a sentence before any rule runs: the phrases
 * that name a position (as written, by lemma, anchored, anaphors resolved) and whether the sentence
 * is read closely at all. A sentence not read closely can give no claim, so each "not read" row is a
 * sentence the extractors skip on purpose, and each phrase row one the rules can build on.
 */
final class MentionStageTest {
    private static final NewsAnalyzer ANALYZER = new NewsAnalyzer(KitReferenceData.bundled());

    /** An article, and in its last sentence: whether it is read closely, and the phrases found as "words=position/KIND". */
    record Row(String name, String text, boolean close, List<String> phrases) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row(
                        "a position and an actor: read closely",
                        "Moscow rejected calls for a truce in Idlib.",
                        true,
                        List.of("truce=ceasefire/TERM")),
                new Row(
                        "an actor without any position: not read",
                        "Moscow hosted a trade fair on Tuesday.",
                        false,
                        List.of()),
                new Row(
                        "a position without anyone to hold it: not read",
                        "The truce held for a second night.",
                        false,
                        List.of("truce=ceasefire/TERM")),
                new Row(
                        "a pronoun can hold the position: read closely",
                        "He rejected calls for a truce in Idlib.",
                        true,
                        List.of("truce=ceasefire/TERM")),
                new Row(
                        "an inflected form is found by its lemma once the sentence is tagged",
                        "Washington said it was withdrawing American troops from the country.",
                        true,
                        List.of("withdrawing=us-presence/OPPOSITE", "troops=us-presence/TERM")),
                new Row(
                        "a plural is found as written, so the sentence is read",
                        "Ankara welcomed the ceasefires agreed in Idlib.",
                        true,
                        List.of("ceasefires=ceasefire/TERM")),
                new Row(
                        "a term anchored to the US needs the US in its own phrase",
                        "Turkey said Kurdish forces near the US base had to leave.",
                        true,
                        List.of()),
                new Row(
                        "with the anchor in its phrase the term stays",
                        "Iran demanded that US forces leave at once.",
                        true,
                        List.of("forces=us-presence/TERM")),
                new Row(
                        "an anaphor stands for the position the story named last",
                        "Russia and Turkey agreed on a buffer zone around Idlib. Damascus welcomed the deal.",
                        true,
                        List.of("the deal=demilitarized-zone/TERM")),
                new Row(
                        "a side on 'it' right after a named position is read",
                        "Washington announced the withdrawal of its troops. London opposed it.",
                        true,
                        List.of()),
                new Row(
                        "a reverse phrase about something else is no reverse of the presence",
                        "Trump announced that the US would withdraw from the Iran nuclear deal.",
                        true,
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void finds_what_the_rules_read(Row row) {
        ArticleAnalysis analysis =
                ANALYZER.analysis(new ArticleText(row.text(), Optional.of(LocalDate.of(2018, 12, 20)), "test"));
        SentenceAnalysis last = analysis.sentences.get(analysis.sentences.size() - 1);
        assertThat(last.close).as("read closely").isEqualTo(row.close());
        assertThat(last.hits.stream()
                        .map(h -> row.text().substring(h.start(), h.end()) + "="
                                + h.position().id().value() + "/" + h.kind())
                        .toList())
                .containsExactlyElementsOf(row.phrases());
    }
}
