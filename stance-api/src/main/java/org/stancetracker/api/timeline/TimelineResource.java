package org.stancetracker.api.timeline;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.sql.SQLException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stancetracker.api.ApiSettings;
import org.stancetracker.api.cache.AnswerCache;
import org.stancetracker.api.cache.Gzip;
import org.stancetracker.api.request.ReadByParameters;
import org.stancetracker.api.request.RequestParameters;

/** {@code GET /api/topics/{topic}/timeline}: each actor's stances on each position, period by period. */
@Path("/api/topics/{topic}/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stances over time")
public class TimelineResource {
    private final TimelineService service;
    private final RequestParameters parameters;
    private final AnswerCache cache;

    /** Smaller answers are sent as they are: compressing them saves less than it costs. */
    private final int gzipMinBytes;

    public TimelineResource(
            TimelineService service, RequestParameters parameters, AnswerCache cache, ApiSettings settings) {
        this.service = service;
        this.parameters = parameters;
        this.cache = cache;
        this.gzipMinBytes = settings.gzip().minBytes();
    }

    @GET
    @Operation(
            summary = "Stances per period",
            description =
                    "For each actor and position, the periods with dated stances: support and oppose counts, a "
                            + "confidence-weighted net score in [-1, 1] and the prevailing stance (support, oppose, mixed, or none).")
    @APIResponse(
            responseCode = "200",
            description = "The timeline",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Timeline.class)))
    @APIResponse(
            responseCode = "400",
            description = "A date malformed, outside 1900-01-01..2100-12-31 or after the other; an unknown granularity")
    @APIResponse(responseCode = "404", description = "An unknown topic, actor or position")
    public Response timeline(
            @Parameter(description = "Topic id", example = "idlib") @PathParam("topic") String topic,
            @Parameter(description = "Only this actor (code)", example = "RUS") @QueryParam("actor") String actor,
            @Parameter(description = "Only this position", example = "offensive") @QueryParam("position")
                    String position,
            @Parameter(description = "First day, inclusive (YYYY-MM-DD)", example = "2018-09-01") @QueryParam("from")
                    String from,
            @Parameter(description = "Last day, inclusive (YYYY-MM-DD)", example = "2019-03-31") @QueryParam("to")
                    String to,
            @Parameter(description = "day (default), week (starting Monday) or month", example = "week")
                    @QueryParam("granularity")
                    String granularity,
            @BeanParam ReadByParameters readByParameters,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding)
            throws SQLException {
        parameters.knownTopic(topic);
        RequestParameters.DateRange range = RequestParameters.range(from, to);
        Granularity period = Granularity.ofParameter(granularity, Granularity.DAY);
        Optional<String> actorCode = parameters.knownActor(actor);
        Optional<String> positionId = parameters.knownPosition(Optional.of(topic), position);
        RequestParameters.ReadBy readBy = readByParameters.checked();
        String key = String.join(
                "|",
                "timeline",
                readBy.cacheKey(),
                topic,
                actorCode.orElse(""),
                positionId.orElse(""),
                String.valueOf(range.from().orElse(null)),
                String.valueOf(range.to().orElse(null)),
                period.word());
        // Kept as the JSON it is sent as: a timeline is mostly points, and writing them is most of the
        // work. A large answer is kept gzipped (about a tenth of the size, so ten times as many answers
        // fit) and unzipped for the few clients that do not accept gzip.
        TimelineAnswer answer = cache.get(
                key,
                () -> {
                    byte[] json = service.timelineJson(new TimelineService.Question(
                            topic, actorCode, positionId, range.from(), range.to(), period, readBy));
                    return json.length >= gzipMinBytes
                            ? new TimelineAnswer(Gzip.compress(json), true)
                            : new TimelineAnswer(json, false);
                },
                kept -> kept.bytes().length);
        Response.ResponseBuilder response;
        if (!answer.gzipped()) {
            response = Response.ok(answer.bytes(), MediaType.APPLICATION_JSON_TYPE);
        } else if (Gzip.accepted(acceptEncoding)) {
            response = Response.ok(answer.bytes(), MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.CONTENT_ENCODING, "gzip");
        } else {
            // Unzipped as it is sent, never whole: 32 clients at once unzipping a 4.7 MB answer each
            // into memory ran a 1 GB heap out.
            StreamingOutput unzipped = out -> Gzip.decompress(answer.bytes(), out);
            response = Response.ok(unzipped, MediaType.APPLICATION_JSON_TYPE);
        }
        return response.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).build();
    }

    /** A timeline's JSON as kept in the answer cache, gzipped when large. */
    private record TimelineAnswer(byte[] bytes, boolean gzipped) {}
}
