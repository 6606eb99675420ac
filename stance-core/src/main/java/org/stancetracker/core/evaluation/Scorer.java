package org.stancetracker.core.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Scores predicted stances against gold ones, as the gold README defines it. Every article of the
 * gold file is scored, those with no gold stance too: a stance predicted there is a false stance.
 * Predictions are first reduced to one per key (the first one given, so callers pass them in article
 * order); predictions about articles the gold does not cover, or about actors outside the scored
 * list, are ignored. A matched stance's date is right when it is the gold date or one of its
 * alternatives.
 */
public final class Scorer {
    private final Set<String> scoredActors;

    /** @param scoredActors the actors the gold set speaks for; others are ignored, not counted wrong */
    public Scorer(Set<String> scoredActors) {
        this.scoredActors = Set.copyOf(scoredActors);
    }

    /**
     * @param articles the ids of every article the gold file covers, with or without gold stances
     * @param gold the gold stances
     * @param predictions the predicted stances, in article order
     */
    public Evaluation score(Collection<String> articles, Collection<Judged> gold, Collection<Judged> predictions) {
        Set<String> scored = Set.copyOf(articles);
        Map<StanceKey, Judged> goldByKey = new LinkedHashMap<>();
        for (Judged g : gold) {
            if (!scored.contains(g.key().article())) {
                throw new IllegalArgumentException(
                        "gold stance " + g.key() + " is about an article the gold set does not list");
            }
            goldByKey.putIfAbsent(g.key(), g);
        }
        Map<StanceKey, Judged> predicted = new LinkedHashMap<>();
        for (Judged prediction : predictions) {
            if (scored.contains(prediction.key().article())
                    && scoredActors.contains(prediction.key().actor())) {
                predicted.merge(prediction.key(), prediction, Scorer::firstDated);
            }
        }
        int matched = 0;
        int datesJudged = 0;
        int datesRight = 0;
        List<Judged> matches = new ArrayList<>();
        List<Judged> misses = new ArrayList<>();
        List<Judged> falseStances = new ArrayList<>();
        List<Judged[]> wrongDates = new ArrayList<>();
        for (Judged g : goldByKey.values()) {
            Judged p = predicted.get(g.key());
            if (p == null) {
                misses.add(g);
                continue;
            }
            matched++;
            matches.add(p);
            if (g.date().isPresent()) {
                datesJudged++;
                if (g.acceptsDate(p.date())) {
                    datesRight++;
                } else {
                    wrongDates.add(new Judged[] {g, p});
                }
            }
        }
        for (Judged p : predicted.values()) {
            if (!goldByKey.containsKey(p.key())) {
                falseStances.add(p);
            }
        }
        return new Evaluation(
                goldByKey.size(),
                predicted.size(),
                matched,
                datesJudged,
                datesRight,
                matches,
                misses,
                falseStances,
                wrongDates);
    }

    /** Of two predictions of one key, the first keeps its place; its date is the first known one. */
    private static Judged firstDated(Judged first, Judged later) {
        Optional<LocalDate> date = first.date().or(later::date);
        return Judged.predicted(first.key(), date, first.evidence(), first.extractor());
    }
}
