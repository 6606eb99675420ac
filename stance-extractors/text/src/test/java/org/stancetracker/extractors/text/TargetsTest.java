package org.stancetracker.extractors.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stancetracker.extractors.testkit.KitReferenceData;
import org.stancetracker.spi.ArticleText;

/**
 * Whether a phrase naming a position with targets (the offensive, the ceasefire) is aimed at one of
 * them. The Idlib offensive is an operation against Idlib: the same words about Afrin, eastern Ghouta
 * or the whole country are another story, and counting them is how the old rules read Turkey's
 * operations as support for the offensive on Idlib.
 */
final class TargetsTest {
    private static final NewsAnalyzer ANALYZER = new NewsAnalyzer(KitReferenceData.bundled());

    /** An article whose last sentence names the phrase {@code phrase}, and whether that phrase is aimed at a target. */
    record Row(String name, String text, String phrase, boolean aimed) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row(
                        "a target attached after the phrase",
                        "Ankara warned against an offensive on Idlib.",
                        "offensive",
                        true),
                new Row(
                        "a target before the phrase, in it",
                        "Ankara warned against the Idlib offensive.",
                        "offensive",
                        true),
                new Row(
                        "another place attached after the phrase",
                        "Ankara launched an offensive on Afrin.",
                        "offensive",
                        false),
                new Row(
                        "another place before the phrase, in it",
                        "The Afrin offensive entered its third week.",
                        "offensive",
                        false),
                new Row(
                        "a target and another place: the nearer one",
                        "Moscow brokered a truce in eastern Ghouta, far from Idlib.",
                        "truce",
                        false),
                new Row(
                        "a relative 'where' after a target",
                        "Idlib province, where government forces have mounted an offensive, is crowded with refugees.",
                        "offensive",
                        true),
                new Row(
                        "no place in the sentence: one of the three before names a target",
                        "Shelling hit towns across Idlib province on Monday. Erdogan then warned against an offensive.",
                        "offensive",
                        true),
                new Row(
                        "no place in the sentence or near it: the headline names a target",
                        "Idlib braces for assault\nThe weather turned cold. Markets were quiet. Schools stayed shut. "
                                + "Erdogan warned against an offensive.",
                        "offensive",
                        true),
                new Row(
                        "a country that only says whose the target is",
                        "Russian jets carried out air strikes on a market in Syria's Idlib province on Monday.",
                        "air strikes",
                        true),
                new Row(
                        "a country that only says whose the target is, its apostrophe lost in the archive",
                        "Government helicopters dropped barrel bombs and air raids hit villages in northwestern Syrias Idlib region.",
                        "air raids",
                        true),
                new Row(
                        "a town the data does not know, told to lie in a target",
                        "Russian warplanes carried out air strikes on the town of Kafr Ruma in the Idlib countryside.",
                        "air strikes",
                        true),
                new Row(
                        "a village the data does not know, in apposition, told to lie in a target",
                        "Russian air raids hit Kansafra, a village in southern Idlib, on Monday.",
                        "air raids",
                        true),
                new Row(
                        "a town the data does not know, told to lie elsewhere",
                        "Russian air raids hit the town of Mayadin in eastern Deir ez-Zor, far from Idlib.",
                        "air raids",
                        false),
                new Row(
                        "a country's other city, nearer than the target",
                        "Syrian jets resumed air raids on Syria's Aleppo as talks on Idlib stalled.",
                        "air raids",
                        false),
                new Row(
                        "no place anywhere: aimed at nothing",
                        "Erdogan warned against an offensive.",
                        "offensive",
                        false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void a_phrase_counts_only_aimed_at_a_target(Row row) {
        NewsAnalyzer analyzer = ANALYZER;
        ArticleAnalysis analysis =
                analyzer.analysis(new ArticleText(row.text(), Optional.of(LocalDate.of(2018, 9, 10)), "test"));
        SentenceAnalysis last = analysis.sentences.get(analysis.sentences.size() - 1);
        PositionHit hit = last.hits.stream()
                .filter(h -> row.text().substring(h.start(), h.end()).equals(row.phrase()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no phrase '" + row.phrase() + "' in " + last.hits));
        Targets targets = new Targets(new Vocabulary(KitReferenceData.bundled()));
        assertThat(targets.aimed(analysis, last, hit)).isEqualTo(row.aimed());
    }
}
