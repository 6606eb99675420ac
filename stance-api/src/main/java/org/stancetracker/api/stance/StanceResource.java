package org.stancetracker.api.stance;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stancetracker.api.problem.ProblemException;
import org.stancetracker.api.request.ReadByParameters;
import org.stancetracker.api.request.RequestParameters;
import org.stancetracker.db.query.StanceFilter;

/** {@code GET /api/stances}: the stances themselves, filtered and paginated, each with its evidence. */
@Path("/api/stances")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stances", description = "The stances found in articles, with their evidence")
public class StanceResource {
    static final int MAX_PAGE_SIZE = 200;
    private final StanceViewReader reader;
    private final RequestParameters parameters;

    public StanceResource(StanceViewReader reader, RequestParameters parameters) {
        this.reader = reader;
        this.parameters = parameters;
    }

    @GET
    @Operation(
            summary = "Stances with evidence",
            description =
                    "Stances matching every filter given, newest first, each with its lead quote, source article, extractor, "
                            + "confidence and all its findings. Paginated: page from 1, size up to " + MAX_PAGE_SIZE
                            + ", with the total.")
    @APIResponse(responseCode = "200", description = "A page of stances")
    @APIResponse(
            responseCode = "400",
            description = "A date malformed, outside 1900-01-01..2100-12-31 or after the other; "
                    + "a polarity, page, size or article id out of range")
    @APIResponse(responseCode = "404", description = "An unknown topic, actor or position")
    public StancePage stances(
            @Parameter(description = "Topic id", example = "idlib") @QueryParam("topic") String topic,
            @Parameter(description = "Actor code", example = "TUR") @QueryParam("actor") String actor,
            @Parameter(description = "Position id", example = "ceasefire") @QueryParam("position") String position,
            @Parameter(description = "support or oppose", example = "support") @QueryParam("polarity") String polarity,
            @Parameter(description = "First day, inclusive (YYYY-MM-DD)", example = "2018-09-01") @QueryParam("from")
                    String from,
            @Parameter(description = "Last day, inclusive (YYYY-MM-DD)", example = "2018-09-30") @QueryParam("to")
                    String to,
            @Parameter(description = "Only the stances of this article (id)", example = "1") @QueryParam("article")
                    String article,
            @BeanParam ReadByParameters readByParameters,
            @Parameter(description = "Page, from 1 (default 1)", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to " + MAX_PAGE_SIZE + " (default 50)", example = "50")
                    @QueryParam("size")
                    String size)
            throws SQLException {
        Optional<String> topicId =
                Optional.ofNullable(topic).filter(t -> !t.isBlank()).map(parameters::knownTopic);
        if (polarity != null && !polarity.isBlank() && !polarity.equals("support") && !polarity.equals("oppose")) {
            throw ProblemException.badParameter(
                    "polarity", "polarity must be support or oppose, was " + ProblemException.shown(polarity));
        }
        int pageNumber = RequestParameters.integer("page", page).orElse(1);
        int pageSize = RequestParameters.integer("size", size).orElse(50);
        if (pageNumber < 1) {
            throw ProblemException.badParameter("page", "page starts at 1, was " + pageNumber);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw ProblemException.badParameter(
                    "size", "size must be between 1 and " + MAX_PAGE_SIZE + ", was " + pageSize);
        }
        RequestParameters.DateRange range = RequestParameters.range(from, to);
        StanceFilter filter = StanceFilter.all()
                .withTopic(topicId)
                .withActor(parameters.knownActor(actor))
                .withPosition(parameters.knownPosition(topicId, position))
                .withPolarity(Optional.ofNullable(polarity).filter(p -> !p.isBlank()))
                .between(range.from(), range.to())
                .withArticle(RequestParameters.wholeNumber("article", article));
        filter = readByParameters.checked().applyTo(filter);
        return reader.page(filter, pageNumber, pageSize);
    }
}
