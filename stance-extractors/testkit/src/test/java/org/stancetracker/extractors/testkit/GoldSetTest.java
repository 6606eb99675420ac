package org.stancetracker.extractors.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.stancetracker.core.article.Article;
import org.stancetracker.core.evaluation.Evaluation;
import org.stancetracker.core.evaluation.Judged;
import org.stancetracker.spi.Extractor;
import org.stancetracker.spi.StanceCandidate;
import org.stancetracker.spi.actor.ActorCode;
import org.stancetracker.spi.stance.Evidence;
import org.stancetracker.spi.stance.Polarity;
import org.stancetracker.spi.stance.StanceDate;
import org.stancetracker.spi.topic.PositionId;
import org.stancetracker.spi.topic.TopicId;

/** The sample gold set comes from the kit jar alone, and scores extractors as {@code stance evaluate} would. */
class GoldSetTest {
    private final GoldSet gold = GoldSet.samples();

    @Test
    void an_extractor_that_finds_nothing_misses_every_gold_stance() {
        Evaluation evaluation = gold.score(List.of(text -> List.of()));
        assertThat(evaluation.gold()).isPositive().isEqualTo(gold.stances().size());
        assertThat(evaluation.predicted()).isZero();
        assertThat(evaluation.recall()).isZero();
    }

    @Test
    void an_extractor_that_finds_exactly_the_gold_scores_full_marks() {
        Evaluation evaluation = gold.score(List.of(theGoldItself()));
        assertThat(evaluation.precision()).isEqualTo(1.0);
        assertThat(evaluation.recall()).isEqualTo(1.0);
        assertThat(evaluation.dateAccuracy()).isEqualTo(1.0);
    }

    @Test
    void a_stance_the_gold_does_not_hold_costs_precision() {
        Extractor perfect = theGoldItself();
        Extractor wrongSide = text -> perfect.extract(text).stream()
                .map(c -> new StanceCandidate(
                        c.actor(),
                        c.topic(),
                        c.position(),
                        c.polarity() == Polarity.SUPPORT ? Polarity.OPPOSE : Polarity.SUPPORT,
                        c.date(),
                        c.evidence(),
                        c.confidence()))
                .toList();
        Evaluation evaluation = gold.score(List.of(wrongSide));
        assertThat(evaluation.precision()).isLessThan(1.0);
        assertThat(evaluation.falseStances()).isNotEmpty();
    }

    /** An extractor that answers with the gold stances of whichever sample article it is given. */
    private Extractor theGoldItself() {
        Map<String, List<Judged>> byArticle = gold.stances().stream()
                .collect(Collectors.groupingBy(j -> j.key().article()));
        Map<String, String> idByText = gold.articles().stream()
                .collect(
                        Collectors.toMap(Article::text, article -> article.key().externalId()));
        return text -> byArticle.getOrDefault(idByText.get(text.text()), List.of()).stream()
                .map(stance -> new StanceCandidate(
                        ActorCode.of(stance.key().actor()),
                        TopicId.of("idlib"),
                        PositionId.of(stance.key().position()),
                        Polarity.ofWord(stance.key().polarity()),
                        stance.date().map(StanceDate::day).orElse(StanceDate.unknown()),
                        firstWord(text.text()),
                        0.5))
                .toList();
    }

    /** Evidence is not scored, only required: the first word will do. */
    private static Evidence firstWord(String text) {
        int start = 0;
        while (Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return Evidence.of(text, start, end);
    }
}
