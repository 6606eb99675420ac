package org.stancetracker.api.coverage;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stancetracker.api.cache.AnswerCache;
import org.stancetracker.api.request.RequestParameters;
import org.stancetracker.api.timeline.Granularity;

/**
 * {@code GET /api/topics/{topic}/coverage}: how many articles about the topic each period read, so
 * that an empty cell on the timeline can be told apart: no stance, or no article.
 */
@Path("/api/topics/{topic}/coverage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stances over time")
public class CoverageResource {
    private final CoverageService service;
    private final RequestParameters parameters;
    private final AnswerCache cache;

    public CoverageResource(CoverageService service, RequestParameters parameters, AnswerCache cache) {
        this.service = service;
        this.parameters = parameters;
        this.cache = cache;
    }

    @GET
    @Operation(
            summary = "Articles read per period",
            description = "For each period, how many stored articles name one of the topic's places, in all and by "
                    + "source, by publication day; and how many such articles have no publication day. A period "
                    + "with articles and no stance is a period in which nobody took a side that the extractors saw; a "
                    + "period with no article is one the archive does not cover.")
    @APIResponse(responseCode = "200", description = "The coverage")
    @APIResponse(
            responseCode = "400",
            description = "A date malformed or out of order; an unknown granularity; a bad source")
    @APIResponse(responseCode = "404", description = "An unknown topic")
    public Coverage coverage(
            @Parameter(description = "Topic id", example = "idlib") @PathParam("topic") String topic,
            @Parameter(description = "First day, inclusive (YYYY-MM-DD)", example = "2018-09-01") @QueryParam("from")
                    String from,
            @Parameter(description = "Last day, inclusive (YYYY-MM-DD)", example = "2019-03-31") @QueryParam("to")
                    String to,
            @Parameter(description = "day, week (starting Monday) or month (default)", example = "month")
                    @QueryParam("granularity")
                    String granularity,
            @Parameter(
                            description = "Only articles of these sources (repeat, or separate with commas)",
                            example = "guardian")
                    @QueryParam("source")
                    List<String> source)
            throws SQLException {
        parameters.knownTopic(topic);
        RequestParameters.DateRange range = RequestParameters.range(from, to);
        Granularity period = Granularity.ofParameter(granularity, Granularity.MONTH);
        List<String> sources = RequestParameters.readBy(source, null, null).sources();
        String key = String.join(
                "|",
                "coverage",
                topic,
                period.word(),
                String.valueOf(range.from().orElse(null)),
                String.valueOf(range.to().orElse(null)),
                String.join(",", sources));
        return cache.get(
                key,
                () -> service.coverage(topic, period, range, sources),
                coverage -> 200L * coverage.periods().size() + 100);
    }
}
