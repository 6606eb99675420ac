package org.stancetracker.extractors.text;

import java.util.List;
import org.stancetracker.spi.stance.StanceDate;

/**
 * A candidate as the stance model sees it: the sentence ({@code [start, end)} of the article's text),
 * the actor's code, the position's id, the features, and the span from the actor to the phrase naming the
 * position ({@code [from, to)}).
 */
public record CandidateView(
        int start, int end, String actor, String position, List<String> features, StanceDate date, int from, int to) {}
