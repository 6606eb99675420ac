package org.stancetracker.api.shift;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stancetracker.api.cache.AnswerCache;
import org.stancetracker.api.problem.ProblemException;
import org.stancetracker.api.request.ReadByParameters;
import org.stancetracker.api.request.RequestParameters;

/** {@code GET /api/topics/{topic}/shifts}: when actors changed their stance, and on what evidence. */
@Path("/api/topics/{topic}/shifts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stances over time")
public class ShiftResource {
    private final ShiftService service;
    private final RequestParameters parameters;
    private final AnswerCache cache;
    private final int defaultMinArticles;

    public ShiftResource(
            ShiftService service,
            RequestParameters parameters,
            AnswerCache cache,
            org.stancetracker.api.ApiSettings settings) {
        this.service = service;
        this.parameters = parameters;
        this.cache = cache;
        this.defaultMinArticles = settings.shifts().minArticles();
    }

    @GET
    @Operation(
            summary = "Changes of stance",
            description =
                    "Each change of an actor's prevailing stance on a position (support to oppose or back), day by day: "
                            + "the stance before and after, the day of the first evidence of the new stance, and up to three pieces of "
                            + "evidence on each side. Days with mixed reports are passed over.")
    @APIResponse(responseCode = "200", description = "The changes of stance")
    @APIResponse(
            responseCode = "400",
            description = "A date malformed, outside 1900-01-01..2100-12-31 or after the other")
    @APIResponse(responseCode = "404", description = "An unknown topic, actor or position")
    public Shifts shifts(
            @Parameter(description = "Topic id", example = "idlib") @PathParam("topic") String topic,
            @Parameter(description = "Only this actor (code)", example = "RUS") @QueryParam("actor") String actor,
            @Parameter(description = "Only this position", example = "offensive") @QueryParam("position")
                    String position,
            @Parameter(description = "First day, inclusive (YYYY-MM-DD)", example = "2018-09-01") @QueryParam("from")
                    String from,
            @Parameter(description = "Last day, inclusive (YYYY-MM-DD)", example = "2019-03-31") @QueryParam("to")
                    String to,
            @BeanParam ReadByParameters readByParameters,
            @Parameter(
                            description = "Articles each side of a shift must be held in (default "
                                    + "STANCE_SHIFT_MIN_ARTICLES, 2); 1 reports every change",
                            example = "2")
                    @QueryParam("min_articles")
                    String minArticles)
            throws SQLException {
        parameters.knownTopic(topic);
        RequestParameters.DateRange range = RequestParameters.range(from, to);
        Optional<String> actorCode = parameters.knownActor(actor);
        Optional<String> positionId = parameters.knownPosition(Optional.of(topic), position);
        RequestParameters.ReadBy readBy = readByParameters.checked();
        int held = RequestParameters.integer("min_articles", minArticles).orElse(defaultMinArticles);
        if (held < 1 || held > 1000) {
            throw ProblemException.badParameter("min_articles", "min_articles must be from 1 to 1000, was " + held);
        }
        String key = String.join(
                "|",
                "shifts",
                readBy.cacheKey(),
                String.valueOf(held),
                topic,
                actorCode.orElse(""),
                positionId.orElse(""),
                String.valueOf(range.from().orElse(null)),
                String.valueOf(range.to().orElse(null)));
        return cache.get(
                key,
                () -> service.shifts(topic, actorCode, positionId, range.from(), range.to(), readBy, held),
                shifts -> 2_000L * shifts.shifts().size() + 100);
    }
}
