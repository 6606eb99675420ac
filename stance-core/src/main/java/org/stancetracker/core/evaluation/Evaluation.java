package org.stancetracker.core.evaluation;

import java.util.List;

/**
 * How predicted stances compare with gold ones (see the gold README): precision, recall and F1 over
 * (article, actor, position, polarity), micro-averaged, and date accuracy over matched stances whose
 * gold date is known.
 *
 * @param misses gold stances not predicted
 * @param falseStances predicted stances not in the gold
 * @param wrongDates matched stances whose predicted date differs from the gold date (gold first)
 */
public record Evaluation(int gold, int predicted, int matched, int datesJudged, int datesRight,
                         List<Judged> misses, List<Judged> falseStances, List<Judged[]> wrongDates) {

    public double precision() {
        return predicted == 0 ? 0 : (double) matched / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : (double) matched / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double dateAccuracy() {
        return datesJudged == 0 ? 0 : (double) datesRight / datesJudged;
    }

    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "precision %.3f (%d/%d)  recall %.3f (%d/%d)  F1 %.3f  date accuracy %.3f (%d/%d)",
                precision(), matched, predicted, recall(), matched, gold, f1(), dateAccuracy(), datesRight, datesJudged);
    }
}
