package org.stancetracker.core.evaluation;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How predicted stances compare with gold ones (see the gold README): precision, recall and F1 over
 * (article, actor, position, polarity), micro-averaged, and date accuracy over matched stances whose
 * gold date is known.
 *
 * @param matches predicted stances that are in the gold
 * @param misses gold stances not predicted
 * @param falseStances predicted stances not in the gold
 * @param wrongDates matched stances whose predicted date is not one the gold accepts (gold first)
 */
public record Evaluation(
        int gold,
        int predicted,
        int matched,
        int datesJudged,
        int datesRight,
        List<Judged> matches,
        List<Judged> misses,
        List<Judged> falseStances,
        List<Judged[]> wrongDates) {

    public Evaluation {
        matches = List.copyOf(matches);
        misses = List.copyOf(misses);
        falseStances = List.copyOf(falseStances);
        wrongDates = List.copyOf(wrongDates);
    }

    public double precision() {
        return ratio(matched, predicted);
    }

    public double recall() {
        return ratio(matched, gold);
    }

    public double f1() {
        return f1(precision(), recall());
    }

    public double dateAccuracy() {
        return ratio(datesRight, datesJudged);
    }

    public String summary() {
        return String.format(
                java.util.Locale.ROOT,
                "precision %s (%d/%d)  recall %s (%d/%d)  F1 %s  date accuracy %s (%d/%d)",
                threePlaces(precision()),
                matched,
                predicted,
                threePlaces(recall()),
                matched,
                gold,
                threePlaces(f1()),
                threePlaces(dateAccuracy()),
                datesRight,
                datesJudged);
    }

    /**
     * A ratio to three places, rounded from its exact binary value, half to even, as Python's
     * {@code f"{x:.3f}"} does: {@code %.3f} rounds the shortest decimal form half up instead, so 53/80
     * would print 0.663 here and 0.662 in {@code ../shared/tools/score.py}, and the two scorers must agree.
     */
    static String threePlaces(double ratio) {
        return new java.math.BigDecimal(ratio)
                .setScale(3, java.math.RoundingMode.HALF_EVEN)
                .toPlainString();
    }

    /** The counts of one group of stances (one position, one actor): matched, predicted and gold. */
    public record Tally(int matched, int predicted, int gold) {
        public double precision() {
            return ratio(matched, predicted);
        }

        public double recall() {
            return ratio(matched, gold);
        }

        public double f1() {
            return Evaluation.f1(precision(), recall());
        }

        public String summary() {
            return String.format(
                    java.util.Locale.ROOT,
                    "precision %s (%d/%d)  recall %s (%d/%d)  F1 %s",
                    threePlaces(precision()),
                    matched,
                    predicted,
                    threePlaces(recall()),
                    matched,
                    gold,
                    threePlaces(f1()));
        }
    }

    /** The figures per group, in the group's order: per position with {@code StanceKey::position}, per actor with {@code StanceKey::actor}. */
    public Map<String, Tally> by(Function<StanceKey, String> group) {
        Map<String, int[]> counts = new TreeMap<>();
        matches.forEach(j -> count(counts, group, j, 1, 1, 1));
        falseStances.forEach(j -> count(counts, group, j, 0, 1, 0));
        misses.forEach(j -> count(counts, group, j, 0, 0, 1));
        Map<String, Tally> tallies = new TreeMap<>();
        counts.forEach((key, c) -> tallies.put(key, new Tally(c[0], c[1], c[2])));
        return tallies;
    }

    private static void count(
            Map<String, int[]> counts,
            Function<StanceKey, String> group,
            Judged judged,
            int matched,
            int predicted,
            int gold) {
        int[] c = counts.computeIfAbsent(group.apply(judged.key()), k -> new int[3]);
        c[0] += matched;
        c[1] += predicted;
        c[2] += gold;
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
