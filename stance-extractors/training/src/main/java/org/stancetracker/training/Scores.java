package org.stancetracker.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Precision, recall, F1 and date accuracy of predicted stances against labelled ones, as
 * {@code ../shared/tools/score.py} and {@code stance evaluate} count them: (article, actor, position,
 * polarity) tuples, every article counted, actors outside the gold list ignored, a date right when one
 * predicted day of the tuple is its day or one of its other accepted days.
 */
final class Scores {
    static final Set<String> GOLD_ACTORS = Set.of("TUR", "RUS", "IRN", "SYR", "USA", "GBR", "FRA", "ISR", "UN", "EU");

    private int truePositives;
    private int predicted;
    private int gold;
    private int dated;
    private int datedRight;

    /** Adds one article: its labelled stances, and the predicted tuples with their days. */
    void add(LabelledArticle article, Map<String, List<LocalDate>> predictedTuples) {
        Set<String> labelled = new HashSet<>();
        for (LabelledArticle.Stance stance : article.stances()) {
            if (!labelled.add(stance.tuple())) {
                continue;
            }
            gold++;
            List<LocalDate> days = predictedTuples.get(stance.tuple());
            if (days == null) {
                continue;
            }
            truePositives++;
            if (stance.date().isPresent()) {
                dated++;
                List<LocalDate> accepted = new ArrayList<>(stance.altDates());
                accepted.add(stance.date().get());
                if (days.stream().anyMatch(accepted::contains)) {
                    datedRight++;
                }
            }
        }
        for (String tuple : predictedTuples.keySet()) {
            if (GOLD_ACTORS.contains(tuple.substring(0, tuple.indexOf('|')))) {
                predicted++;
            }
        }
    }

    double precision() {
        return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    double recall() {
        return gold == 0 ? 0 : (double) truePositives / gold;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double dateAccuracy() {
        return dated == 0 ? 0 : (double) datedRight / dated;
    }

    /** Precision, recall and F1 only. */
    String brief() {
        return String.format(Locale.ROOT, "%.3f/%.3f/%.3f", precision(), recall(), f1());
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "P %.3f R %.3f F1 %.3f date %.3f (%d/%d/%d)",
                precision(),
                recall(),
                f1(),
                dateAccuracy(),
                truePositives,
                predicted,
                gold);
    }
}
