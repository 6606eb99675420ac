package org.stancetracker.api.request;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
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

    /** The readers' filters every stance answer takes: sources, extractor, least confidence. */
    public record ReadBy(List<String> sources, Optional<String> extractor, Optional<Double> minConfidence) {
        public org.stancetracker.db.query.StanceFilter applyTo(org.stancetracker.db.query.StanceFilter filter) {
            return filter.readBy(sources, extractor, minConfidence);
        }

        /** A part of an answer cache key that tells these filters apart. */
        public String cacheKey() {
            return String.join(",", sources) + "|" + extractor.orElse("") + "|"
                    + minConfidence.map(String::valueOf).orElse("");
        }
    }

    private static final int MAX_SOURCES = 20;

    /**
     * {@code source} (repeated, or comma-separated), {@code extractor} and {@code min_confidence}, checked:
     * a source or extractor name is at most 200 characters, at most 20 sources, a confidence in [0, 1].
     */
    public static ReadBy readBy(List<String> source, String extractor, String minConfidence) {
        java.util.TreeSet<String> sources = new java.util.TreeSet<>();
        for (String given : source == null ? List.<String>of() : source) {
            for (String name : given.split(",")) {
                String trimmed = name.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (trimmed.length() > 200) {
                    throw ProblemException.badParameter("source", "a source name is at most 200 characters");
                }
                sources.add(trimmed);
            }
        }
        if (sources.size() > MAX_SOURCES) {
            throw ProblemException.badParameter(
                    "source", "at most " + MAX_SOURCES + " sources, were " + sources.size());
        }
        Optional<String> extractorName =
                Optional.ofNullable(extractor).map(String::strip).filter(e -> !e.isEmpty());
        if (extractorName.isPresent() && extractorName.get().length() > 200) {
            throw ProblemException.badParameter("extractor", "an extractor name is at most 200 characters");
        }
        Optional<Double> confidence = Optional.empty();
        if (minConfidence != null && !minConfidence.isBlank()) {
            double value;
            try {
                value = Double.parseDouble(minConfidence.strip());
            } catch (NumberFormatException e) {
                value = Double.NaN;
            }
            if (!(value >= 0 && value <= 1)) {
                throw ProblemException.badParameter(
                        "min_confidence",
                        "min_confidence must be a number from 0 to 1, was " + ProblemException.shown(minConfidence));
            }
            confidence = Optional.of(value);
        }
        return new ReadBy(List.copyOf(sources), extractorName, confidence);
    }
}
