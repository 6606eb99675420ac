package org.stancetracker.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scoring rules of the gold README, one per test. */
class ScorerTest {
    private static final Scorer SCORER = new Scorer(Set.of("TUR", "RUS", "USA"));

    private static Judged gold(
            String article, String actor, String position, String polarity, String date, String... alternatives) {
        return new Judged(
                new StanceKey(article, actor, position, polarity),
                Optional.ofNullable(date).map(LocalDate::parse),
                java.util.Arrays.stream(alternatives).map(LocalDate::parse).toList(),
                "gold evidence",
                Optional.empty());
    }

    private static Judged predicted(String article, String actor, String position, String polarity, String date) {
        return Judged.predicted(
                new StanceKey(article, actor, position, polarity),
                Optional.ofNullable(date).map(LocalDate::parse),
                "predicted evidence",
                Optional.of("statements"));
    }

    @Test
    void a_stance_predicted_on_a_gold_article_without_stances_is_a_false_stance() {
        Evaluation evaluation = SCORER.score(
                List.of("a1", "empty"),
                List.of(gold("a1", "TUR", "ceasefire", "support", null)),
                List.of(
                        predicted("a1", "TUR", "ceasefire", "support", null),
                        predicted("empty", "RUS", "offensive", "support", null)));

        assertThat(evaluation.matched()).isEqualTo(1);
        assertThat(evaluation.predicted()).isEqualTo(2);
        assertThat(evaluation.precision()).isEqualTo(0.5);
        assertThat(evaluation.falseStances()).extracting(j -> j.key().article()).containsExactly("empty");
    }

    @Test
    void articles_outside_the_gold_file_and_actors_outside_the_scored_list_are_ignored() {
        Evaluation evaluation = SCORER.score(
                List.of("a1"),
                List.of(gold("a1", "TUR", "ceasefire", "support", null)),
                List.of(
                        predicted("elsewhere", "TUR", "ceasefire", "support", null),
                        predicted("a1", "CHN", "ceasefire", "oppose", null)));

        assertThat(evaluation.predicted()).isZero();
        assertThat(evaluation.misses()).hasSize(1);
    }

    @Test
    void one_key_predicted_twice_counts_once_with_its_first_known_date() {
        Evaluation evaluation = SCORER.score(
                List.of("a1"),
                List.of(gold("a1", "RUS", "offensive", "support", "2018-09-07")),
                List.of(
                        predicted("a1", "RUS", "offensive", "support", null),
                        predicted("a1", "RUS", "offensive", "support", "2018-09-07")));

        assertThat(evaluation.predicted()).isEqualTo(1);
        assertThat(evaluation.datesRight()).isEqualTo(1);
    }

    @Test
    void a_date_among_the_gold_alternatives_is_right_and_another_is_wrong() {
        List<Judged> gold = List.of(
                gold("a1", "USA", "chemical-weapons-response", "support", "2018-04-14", "2018-04-13"),
                gold("a2", "USA", "chemical-weapons-response", "support", "2018-04-14", "2018-04-13"));
        Evaluation evaluation = SCORER.score(
                List.of("a1", "a2"),
                gold,
                List.of(
                        predicted("a1", "USA", "chemical-weapons-response", "support", "2018-04-13"),
                        predicted("a2", "USA", "chemical-weapons-response", "support", "2018-04-12")));

        assertThat(evaluation.datesJudged()).isEqualTo(2);
        assertThat(evaluation.datesRight()).isEqualTo(1);
        assertThat(evaluation.wrongDates()).hasSize(1);
        assertThat(evaluation.wrongDates().get(0)[0].key().article()).isEqualTo("a2");
    }

    @Test
    void figures_per_position_and_per_actor_add_up_to_the_whole() {
        Evaluation evaluation = SCORER.score(
                List.of("a1", "a2"),
                List.of(
                        gold("a1", "TUR", "ceasefire", "support", null),
                        gold("a2", "RUS", "offensive", "support", null)),
                List.of(
                        predicted("a1", "TUR", "ceasefire", "support", null),
                        predicted("a1", "RUS", "ceasefire", "oppose", null)));

        assertThat(evaluation.by(StanceKey::position))
                .containsEntry("ceasefire", new Evaluation.Tally(1, 2, 1))
                .containsEntry("offensive", new Evaluation.Tally(0, 0, 1));
        assertThat(evaluation.by(StanceKey::actor))
                .containsEntry("TUR", new Evaluation.Tally(1, 1, 1))
                .containsEntry("RUS", new Evaluation.Tally(0, 1, 1));
        assertThat(evaluation.by(StanceKey::position).values().stream()
                        .mapToInt(Evaluation.Tally::predicted)
                        .sum())
                .isEqualTo(evaluation.predicted());
    }

    @Test
    void a_gold_stance_about_an_unlisted_article_is_refused() {
        assertThatThrownBy(() -> SCORER.score(
                        List.of("a1"), List.of(gold("a2", "TUR", "ceasefire", "support", null)), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a2");
    }
}
