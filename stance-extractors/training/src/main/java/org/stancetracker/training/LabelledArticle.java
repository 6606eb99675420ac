package org.stancetracker.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.stancetracker.spi.ArticleText;

/**
 * An article with the stances a person found in it, under the rules of the gold files.
 *
 * @param set where it comes from: {@code guardian}, {@code fakes} (labels made for training),
 *     {@code guardian-dev}, {@code fakes-dev} (the gold development sets), {@code written} (our own text)
 * @param split {@code train} or {@code final} (labels kept untouched until the end); {@code dev} for gold
 */
record LabelledArticle(String set, String id, ArticleText article, List<Stance> stances, String split) {

    /** One labelled stance and the spans of the text that show it (empty for gold, which gives one span as text). */
    record Stance(
            String actor,
            String position,
            String polarity,
            Optional<LocalDate> date,
            List<LocalDate> altDates,
            List<int[]> evidence) {

        String tuple() {
            return actor + "|" + position + "|" + polarity;
        }

        /** Whether one of its evidence spans overlaps {@code [start, end)}. */
        boolean shownIn(int start, int end) {
            for (int[] span : evidence) {
                if (span[0] < end && start < span[1]) {
                    return true;
                }
            }
            return false;
        }
    }

    boolean isDev() {
        return split.equals("dev");
    }
}
