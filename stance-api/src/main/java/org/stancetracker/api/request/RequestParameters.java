package org.stancetracker.api.request;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.stancetracker.api.problem.ProblemException;
import org.stancetracker.core.article.ArticleFields;

/**
 * Checks the query parameters the read endpoints share, so that each answers a bad one the same
 * way: an unknown topic, actor or position is a 404, a malformed date, a day outside the years that
 * news can come from or an inverted range a 400, each naming the parameter.
 */
@ApplicationScoped
public class RequestParameters {
    private final ReferenceIndex reference;

    public RequestParameters(ReferenceIndex reference) {
        this.reference = reference;
    }

    /** A date range; either end may be open. */
    public record DateRange(Optional<LocalDate> from, Optional<LocalDate> to) {}

    public String knownTopic(String topic) {
        if (topic == null || !reference.hasTopic(topic)) {
            throw ProblemException.notFound("topic", "topic", topic);
        }
        return topic;
    }

    public Optional<String> knownActor(String actor) {
        if (actor == null || actor.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(knownActor("actor", actor));
    }

    /** An actor code that exists; else a 404 naming {@code parameter}. */
    public String knownActor(String parameter, String code) {
        if (code == null || !reference.hasActor(code)) {
            throw ProblemException.notFound("actor", parameter, code);
        }
        return code;
    }

    /** A position of the topic, when the topic is known; with no topic, any topic's position. */
    public Optional<String> knownPosition(Optional<String> topic, String position) {
        if (position == null || position.isBlank()) {
            return Optional.empty();
        }
        boolean known = topic.map(t -> reference.hasPosition(t, position))
                .orElseGet(() -> reference.hasPositionInAnyTopic(position));
        if (!known) {
            throw ProblemException.notFound("position", "position", position);
        }
        return Optional.of(position);
    }

    /**
     * A day from {@link ArticleFields#EARLIEST} to {@link ArticleFields#LATEST}, the days an article
     * can be dated: beyond them no stance can be found, and the period arithmetic of Java and the
     * date range of PostgreSQL fail long before {@link LocalDate}'s own limits.
     */
    public static Optional<LocalDate> date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter(
                    parameter, parameter + " must be a date as YYYY-MM-DD, was " + ProblemException.shown(value));
        }
        if (day.isBefore(ArticleFields.EARLIEST) || day.isAfter(ArticleFields.LATEST)) {
            throw ProblemException.badParameter(
                    parameter,
                    parameter + " must lie between " + ArticleFields.EARLIEST + " and " + ArticleFields.LATEST
                            + ", was " + ProblemException.shown(value));
        }
        return Optional.of(day);
    }

    public static DateRange range(String from, String to) {
        Optional<LocalDate> start = date("from", from);
        Optional<LocalDate> end = date("to", to);
        if (start.isPresent() && end.isPresent() && start.get().isAfter(end.get())) {
            throw ProblemException.badParameter("from", "from " + from + " is after to " + to);
        }
        return new DateRange(start, end);
    }

    public static Optional<Integer> integer(String parameter, String value) {
        return wholeNumber(parameter, value).map(n -> {
            if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
                throw ProblemException.badParameter(
                        parameter, parameter + " is out of range, was " + ProblemException.shown(value));
            }
            return n.intValue();
        });
    }

    /** A whole number as wide as the database's ids. */
    public static Optional<Long> wholeNumber(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter(
                    parameter, parameter + " must be a whole number, was " + ProblemException.shown(value));
        }
    }
}
