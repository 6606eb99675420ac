package org.stancetracker.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import opennlp.tools.ml.model.Event;
import org.stancetracker.extractors.text.CandidateView;
import org.stancetracker.extractors.text.Claim;
import org.stancetracker.extractors.text.StanceModel;

/**
 * An article as the model sees it: its candidates, with the outcome each should have by the labels,
 * and the stances the rules alone find in it.
 *
 * @param rules the rules' stances as tuples ({@code actor|position|polarity}), each with its days
 */
record Featurised(LabelledArticle labelled, List<CandidateView> candidates, Map<String, List<LocalDate>> rules) {

    /** Features that carry the rules' verdicts; a learned-only model is trained and run without them. */
    static final Predicate<String> RULE_FEATURE =
            f -> f.startsWith("rule=") || f.startsWith("rpol=") || f.startsWith("orule=") || f.equals("remote");

    static Map<String, List<LocalDate>> ruleTuples(List<Claim> claims) {
        Map<String, List<LocalDate>> tuples = new HashMap<>();
        for (Claim claim : claims) {
            String tuple = claim.actor().value() + "|" + claim.position().id().value() + "|"
                    + claim.polarity().name().toLowerCase(java.util.Locale.ROOT);
            List<LocalDate> days = tuples.computeIfAbsent(tuple, k -> new ArrayList<>());
            claim.date().date().ifPresent(days::add);
        }
        return tuples;
    }

    /**
     * The training events of this article: each candidate with the polarity a labelled stance of its
     * actor and position shown in its sentence has, else {@code neither}. A candidate whose actor and
     * position hold a labelled stance shown only in other sentences is left out: the labeller may have
     * listed only some of the sentences that show it.
     */
    List<Event> events(boolean withRules) {
        List<Event> events = new ArrayList<>();
        for (CandidateView candidate : candidates) {
            Optional<String> outcome = outcome(candidate);
            if (outcome.isEmpty()) {
                continue;
            }
            events.add(new Event(outcome.get(), context(candidate, withRules)));
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

    /** Feature prefixes left out, for experiments (-Dstance.train.drop=w=,ap=). */
    private static final List<String> DROPPED = java.util.Arrays.stream(
                    System.getProperty("stance.train.drop", "").split(","))
            .filter(s -> !s.isEmpty())
            .toList();

    static String[] context(CandidateView candidate, boolean withRules) {
        return candidate.features().stream()
                .filter(f -> withRules || !RULE_FEATURE.test(f))
                .filter(f -> DROPPED.stream().noneMatch(f::startsWith))
                .toArray(String[]::new);
    }
}
