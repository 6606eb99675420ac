package org.stancetracker.api.standing;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stancetracker.api.cache.AnswerCache;
import org.stancetracker.api.request.ReadByParameters;
import org.stancetracker.api.request.RequestParameters;

/** {@code GET /api/topics/{topic}/standings?date=}: where each actor stood on each position as of a date. */
@Path("/api/topics/{topic}/standings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stances over time")
public class StandingResource {
    private final StandingService service;
    private final RequestParameters parameters;
    private final AnswerCache cache;

    public StandingResource(StandingService service, RequestParameters parameters, AnswerCache cache) {
        this.service = service;
        this.parameters = parameters;
        this.cache = cache;
    }

    @GET
    @Operation(
            summary = "Standings on a date",
            description =
                    "For each actor and position, the prevailing stance of the last day with dated stances up to the date "
                            + "(today when no date is given), with the evidence of that day.")
    @APIResponse(responseCode = "200", description = "The standings")
    @APIResponse(responseCode = "400", description = "A date malformed or outside 1900-01-01..2100-12-31")
    @APIResponse(responseCode = "404", description = "An unknown topic or actor")
    public Standings standings(
            @Parameter(description = "Topic id", example = "idlib") @PathParam("topic") String topic,
            @Parameter(description = "As of this day, inclusive (YYYY-MM-DD); default today", example = "2018-09-30")
                    @QueryParam("date")
                    String date,
            @Parameter(description = "Only this actor (code)", example = "TUR") @QueryParam("actor") String actor,
            @BeanParam ReadByParameters readByParameters)
            throws SQLException {
        parameters.knownTopic(topic);
        LocalDate day = RequestParameters.date("date", date).orElseGet(LocalDate::now);
        java.util.Optional<String> actorCode = parameters.knownActor(actor);
        RequestParameters.ReadBy readBy = readByParameters.checked();
        String key = String.join("|", "standings", readBy.cacheKey(), topic, day.toString(), actorCode.orElse(""));
        return cache.get(
                key,
                () -> service.standings(topic, day, actorCode, readBy),
                standings -> 1_000L * standings.standings().size() + 100);
    }
}
