package org.stancetracker.api.timeline;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.stancetracker.api.problem.ProblemException;
import org.stancetracker.api.topic.TopicEntity;

/** {@code GET /api/topics/{topic}/timeline}: each actor's stances on each position, period by period. */
@Path("/api/topics/{topic}/timeline")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {
    private final TimelineService service;

    public TimelineResource(TimelineService service) {
        this.service = service;
    }

    @GET
    public Timeline timeline(@PathParam("topic") String topic,
                             @QueryParam("actor") String actor,
                             @QueryParam("position") String position,
                             @QueryParam("from") String from,
                             @QueryParam("to") String to,
                             @QueryParam("granularity") String granularity) throws SQLException {
        if (TopicEntity.findById(topic) == null) {
            throw ProblemException.notFound("topic", "topic", topic);
        }
        Optional<LocalDate> fromDate = date("from", from);
        Optional<LocalDate> toDate = date("to", to);
        if (fromDate.isPresent() && toDate.isPresent() && fromDate.get().isAfter(toDate.get())) {
            throw ProblemException.badParameter("from", "from " + from + " is after to " + to);
        }
        Granularity period = Optional.ofNullable(granularity).map(g -> Granularity.parse(g).orElseThrow(() ->
                ProblemException.badParameter("granularity", "granularity must be day, week or month, was '" + g + "'")))
                .orElse(Granularity.DAY);
        return service.timeline(topic, Optional.ofNullable(actor), Optional.ofNullable(position), fromDate, toDate, period);
    }

    private static Optional<LocalDate> date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw ProblemException.badParameter(parameter, parameter + " must be a date as YYYY-MM-DD, was '" + value + "'");
        }
    }
}
