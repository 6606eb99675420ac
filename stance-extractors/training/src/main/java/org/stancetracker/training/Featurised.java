package org.stancetracker.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.model.Event;
import org.stancetracker.extractors.text.CandidateView;
import org.stancetracker.extractors.text.Claim;
import org.stancetracker.extractors.text.StanceModel;

/**
 * An article as the model sees it: its candidates, with the outcome each should have by the labels,
 * and the stances the rules alone find in it.
 *
 * @param rules the rules' stances as tuples ({@code actor|position|polarity}), each with the days of its
 *     evidence by where the evidence starts
 * @param ruled the sentences (by start) where the rules read a side of an actor on a position, as
 *     {@code start/actor/position}
 */
record Featurised(
        LabelledArticle labelled,
        List<CandidateView> candidates,
        Map<String, java.util.TreeMap<Integer, Optional<LocalDate>>> rules,
        java.util.Set<String> ruled) {

    /** Feature prefixes left out, for experiments (-Dstance.train.drop=w=,ap=). */
    private static final List<String> DROPPED = java.util.Arrays.stream(
                    System.getProperty("stance.train.drop", "").split(","))
            .filter(s -> !s.isEmpty())
            .toList();

    static java.util.Set<String> ruledSentences(List<Claim> claims, List<CandidateView> candidates) {
        java.util.Set<String> ruled = new java.util.HashSet<>();
        for (Claim claim : claims) {
            for (CandidateView c : candidates) {
                if (c.start() <= claim.evidenceStart() && claim.evidenceStart() < c.end()) {
                    ruled.add(c.start() + "/" + claim.actor().value() + "/"
                            + claim.position().id().value());
                }
            }
        }
        return ruled;
    }

    boolean ruledOn(CandidateView candidate) {
        return ruled.contains(candidate.start() + "/" + candidate.actor() + "/" + candidate.position());
    }

    static Map<String, java.util.TreeMap<Integer, Optional<LocalDate>>> ruleTuples(List<Claim> claims) {
        Map<String, java.util.TreeMap<Integer, Optional<LocalDate>>> tuples = new HashMap<>();
        for (Claim claim : claims) {
            String tuple = claim.actor().value() + "|" + claim.position().id().value() + "|"
                    + claim.polarity().name().toLowerCase(java.util.Locale.ROOT);
            tuples.computeIfAbsent(tuple, k -> new java.util.TreeMap<>())
                    .merge(claim.evidenceStart(), claim.date().date(), (a, b) -> a.isPresent() ? a : b);
        }
        return tuples;
    }

    /**
     * A stance's days as the store keeps them: the day of its first dated finding in the text (see
     * {@code Stance.date()}), or none.
     */
    static Map<String, List<LocalDate>> stanceDays(
            Map<String, java.util.TreeMap<Integer, Optional<LocalDate>>> tuples) {
        Map<String, List<LocalDate>> days = new HashMap<>();
        tuples.forEach((tuple, byStart) -> days.put(
                tuple,
                byStart.values().stream()
                        .flatMap(Optional::stream)
                        .findFirst()
                        .map(List::of)
                        .orElse(List.of())));
        return days;
    }

    /**
     * The training events of this article: each candidate with the polarity a labelled stance of its
     * actor and position shown in its sentence has, else {@code neither}. A candidate whose actor and
     * position hold a labelled stance shown only in other sentences is left out: the labeller may have
     * listed only some of the sentences that show it.
     */
    List<Event> events() {
        List<Event> events = new ArrayList<>();
        for (CandidateView candidate : candidates) {
            outcome(candidate).ifPresent(outcome -> events.add(new Event(outcome, context(candidate))));
        }
        return events;
    }

    Optional<String> outcome(CandidateView candidate) {
        boolean elsewhere = false;
        for (LabelledArticle.Stance stance : labelled.stances()) {
            if (!stance.actor().equals(candidate.actor()) || !stance.position().equals(candidate.position())) {
                continue;
            }
            if (stance.shownIn(candidate.start(), candidate.end())) {
                return Optional.of(stance.polarity().equals("support") ? StanceModel.SUPPORT : StanceModel.OPPOSE);
            }
            elsewhere = true;
        }
        return elsewhere ? Optional.empty() : Optional.of(StanceModel.NEITHER);
    }

    static String[] context(CandidateView candidate) {
        return candidate.features().stream()
                .filter(f -> DROPPED.stream().noneMatch(f::startsWith))
                .toArray(String[]::new);
    }
}
