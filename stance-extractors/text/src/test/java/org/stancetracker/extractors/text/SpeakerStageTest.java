package org.stancetracker.extractors.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stancetracker.extractors.testkit.KitReferenceData;
import org.stancetracker.spi.ArticleText;
import org.stancetracker.spi.actor.ActorCode;

/**
 * Who "he", "they" and "it" stand for at the start of a sentence, as the speaker stage tracks it
 * over an article. Wire copy names a speaker once and then says "he said" for paragraphs, so a
 * pronoun must find the last actor who spoke or acted; and it must find nobody when someone the
 * reference data does not know spoke last, or a later claim would be given to the wrong actor.
 */
final class SpeakerStageTest {
    private static final NewsAnalyzer ANALYZER = new NewsAnalyzer(KitReferenceData.bundled());

    /** Which pronoun's referent a row checks. */
    enum Pronoun {
        HE(s -> s.person.map(Set::of).orElse(Set.of())),
        THEY(s -> s.group),
        IT(s -> s.organisation.map(Set::of).orElse(Set.of()));

        private final Function<SentenceAnalysis, Set<ActorCode>> referent;

        Pronoun(Function<SentenceAnalysis, Set<ActorCode>> referent) {
            this.referent = referent;
        }
    }

    /** An article, and who the pronoun stands for at the start of its sentence {@code sentence} (none: empty). */
    record Row(String name, String text, int sentence, Pronoun pronoun, Set<String> actors) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row(
                        "\"he\" is a named official of the sentence before",
                        "Turkish Foreign Minister Mevlut Cavusoglu met his Russian counterpart in Moscow. He said a ceasefire in Idlib was vital.",
                        1,
                        Pronoun.HE,
                        Set.of("TUR")),
                new Row(
                        "\"he\" is the subject of a sentence read closely",
                        "Russian President Vladimir Putin rejected calls for a ceasefire in Idlib. He said the militants must be eliminated.",
                        1,
                        Pronoun.HE,
                        Set.of("RUS")),
                new Row(
                        "\"he\" still stands for the official a sentence later",
                        "Russian Foreign Minister Sergei Lavrov arrived in Ankara for talks. The visit was overdue. He said a ceasefire was vital.",
                        2,
                        Pronoun.HE,
                        Set.of("RUS")),
                new Row(
                        "\"he\" is nobody after an unknown named speaker",
                        "Russian Foreign Minister Sergei Lavrov arrived in Ankara for talks. Analyst Jane Doe said the visit was overdue. "
                                + "He said a ceasefire was vital.",
                        2,
                        Pronoun.HE,
                        Set.of()),
                new Row(
                        "\"he\" is nobody after an unknown named subject in a sentence read closely",
                        "Russian Foreign Minister Sergei Lavrov arrived in Ankara for talks. Analyst Jane Doe said Russia's offer of a "
                                + "ceasefire in Idlib would not hold. He said the talks were useful.",
                        2,
                        Pronoun.HE,
                        Set.of()),
                new Row(
                        "\"he\" is nobody once the official is too far back",
                        "Russian Foreign Minister Sergei Lavrov arrived in Ankara for talks. The visit was overdue. Talks lasted hours. "
                                + "Reporters waited outside. Dinner followed. He said a ceasefire was vital.",
                        5,
                        Pronoun.HE,
                        Set.of()),
                new Row(
                        "\"they\" is a coordinated pair",
                        "Russia and Turkey agreed on a buffer zone in Idlib. They said the zone would be patrolled jointly.",
                        1,
                        Pronoun.THEY,
                        Set.of("RUS", "TUR")),
                new Row(
                        "\"it\" is a state that acted",
                        "Iran has backed the Sochi deal on Idlib. It said the deal would prevent a humanitarian disaster.",
                        1,
                        Pronoun.IT,
                        Set.of("IRN")),
                new Row(
                        "\"it\" is not a person who spoke",
                        "Russian President Vladimir Putin rejected calls for a ceasefire in Idlib. It was his third refusal.",
                        1,
                        Pronoun.IT,
                        Set.of()),
                new Row(
                        "\"they\" is reset by a plural subject that is no actor",
                        "Russia and Turkey agreed on a buffer zone in Idlib. Cabinet ministers agreed to review the accord. "
                                + "They said it was fragile.",
                        2,
                        Pronoun.THEY,
                        Set.of()),
                new Row(
                        "\"it\" is reset by a plural subject that is no actor",
                        "Iran has backed the Sochi deal on Idlib. Cabinet ministers agreed to review the accord. It said the deal was fragile.",
                        2,
                        Pronoun.IT,
                        Set.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void tracks_who_a_pronoun_stands_for(Row row) {
        ArticleAnalysis analysis =
                ANALYZER.analysis(new ArticleText(row.text(), Optional.of(LocalDate.of(2018, 9, 10)), "test"));
        List<SentenceAnalysis> sentences = analysis.sentences;
        assertThat(sentences).as("sentences").hasSizeGreaterThan(row.sentence());
        Set<String> referent = row.pronoun().referent.apply(sentences.get(row.sentence())).stream()
                .map(ActorCode::value)
                .collect(Collectors.toSet());
        assertThat(referent)
                .as(
                        "who \"%s\" stands for at \"%s\"",
                        row.pronoun(), sentences.get(row.sentence()).sentence.text(row.text()))
                .containsExactlyInAnyOrderElementsOf(row.actors());
    }
}
