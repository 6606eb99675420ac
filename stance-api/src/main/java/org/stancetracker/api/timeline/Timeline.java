package org.stancetracker.api.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** For each (actor, position) of a topic, how the stances reported on it add up, period by period. */
public record Timeline(String topic, String granularity, List<Series> series) {

    /** One actor's stances on one position over time. */
    public record Series(String actor, String position, List<Point> points) {}

    /**
     * One period: the stances reported in it, their confidence-weighted net score in [-1, 1] and
     * the prevailing stance ({@code support}, {@code oppose}, {@code mixed}).
     *
     * @param period the period's first day
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Point(String period, long support, long oppose, double net, String stance) {}
}
