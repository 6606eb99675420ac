package org.stancetracker.api.article;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stancetracker.api.ApiSettings;
import org.stancetracker.api.auth.ApiKeyRequired;
import org.stancetracker.api.problem.Problem;
import org.stancetracker.api.problem.ProblemException;
import org.stancetracker.api.request.RequestParameters;
import org.stancetracker.core.article.Article;
import org.stancetracker.core.article.ArticleKey;
import org.stancetracker.core.article.ContentHash;
import org.stancetracker.db.store.StoreOutcome;

/** {@code GET /api/articles/{id}}, {@code GET /api/articles/{source}/{externalId}} and {@code POST /api/articles}. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Stored articles, and submitting one")
@SecurityScheme(
        securitySchemeName = "apiKey",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "An API key from the server's configuration (stance.api.keys), sent as Authorization: Bearer KEY")
public class ArticleResource {
    /** The answer's header naming the extractors that failed on a submitted article. */
    static final String FAILED_EXTRACTORS = "Stance-Failed-Extractors";

    private final ArticleReader reader;
    private final ArticleIntake intake;
    private final int maxTextChars;

    public ArticleResource(ArticleReader reader, ArticleIntake intake, ApiSettings settings) {
        this.reader = reader;
        this.intake = intake;
        this.maxTextChars = settings.maxArticleChars();
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "One article",
            description = "A stored article, its text, and every stance found in it with the offsets "
                    + "of its evidence in that text.")
    @APIResponse(responseCode = "200", description = "The article")
    @APIResponse(responseCode = "400", description = "An id that is not a whole number")
    @APIResponse(responseCode = "404", description = "No such article")
    public ArticleView article(
            @Parameter(description = "Article id, as in the evidence of other answers", example = "1") @PathParam("id")
                    String id)
            throws SQLException {
        long articleId = RequestParameters.wholeNumber("id", id)
                .orElseThrow(() -> ProblemException.badParameter("id", "an article id is required"));
        return reader.article(articleId).orElseThrow(() -> ProblemException.notFound("article", "id", id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @ApiKeyRequired
    @SecurityRequirement(name = "apiKey")
    @Operation(
            summary = "Submit an article",
            description = "Stores the article and extracts its stances at once. Needs an API key "
                    + "(Authorization: Bearer KEY). 201 with the article and its stances; 200 when the same text is already stored; 409 when "
                    + "another text is stored under the same source and id (never overwritten).")
    @APIResponse(
            responseCode = "201",
            description = "Stored and extracted; an extractor that failed on the article is named " + "in the "
                    + FAILED_EXTRACTORS + " header, and recorded for `./stance extract --failed`",
            headers =
                    @Header(
                            name = FAILED_EXTRACTORS,
                            description = "The extractors that failed on the article, comma-separated",
                            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "Already stored")
    @APIResponse(
            responseCode = "400",
            description =
                    "A body that is not one JSON object with distinct keys; no text; a field "
                            + "holding NUL or an unpaired surrogate; a publication day outside 1900-01-01..2100-12-31; a URL that is not http(s)")
    @APIResponse(responseCode = "401", description = "No or wrong API key")
    @APIResponse(responseCode = "403", description = "Writes are disabled: no API key is configured on the server")
    @APIResponse(responseCode = "409", description = "A different text is stored under this id")
    @APIResponse(responseCode = "413", description = "The text or the body is over the size limit")
    @APIResponse(responseCode = "415", description = "No Content-Type, or one other than application/json")
    public Response submit(ArticleSubmission submission) throws SQLException {
        Article article = article(submission);
        ArticleIntake.Submitted submitted = intake.submit(article);
        StoreOutcome outcome = submitted.outcome();
        if (outcome == StoreOutcome.CHANGED_TEXT) {
            throw new ProblemException(new Problem(
                    "/problems/conflict",
                    "Different text under the same id",
                    409,
                    "another text is stored as " + article.key() + "; it is never overwritten",
                    "id"));
        }
        long id = reader.idOf(article)
                .orElseThrow(() -> new IllegalStateException("stored article " + article.key() + " not found"));
        ArticleView view = reader.article(id).orElseThrow();
        Response.ResponseBuilder answer = outcome == StoreOutcome.STORED
                ? Response.created(URI.create("/api/articles/" + id)).entity(view)
                : Response.ok(view);
        if (!submitted.failedExtractors().isEmpty()) {
            answer.header(FAILED_EXTRACTORS, String.join(", ", submitted.failedExtractors()));
        }
        return answer.build();
    }

    @GET
    @Path("/{source}/{externalId: .+}")
    @Operation(
            summary = "One article, by its id where it came from",
            description =
                    "The same answer as GET /api/articles/{id}, found by the article's source and its id there (the "
                            + "source and article of an exported stance, or article.source and article.externalId of any evidence). "
                            + "The external id is the rest of the path and may hold slashes; percent-encode other reserved characters.")
    @APIResponse(responseCode = "200", description = "The article")
    @APIResponse(responseCode = "404", description = "No article with this source and external id")
    public ArticleView articleBySourceAndExternalId(
            @Parameter(description = "Where the article came from", example = "files") @PathParam("source")
                    String source,
            @Parameter(
                            description = "The article's id there (a file name, a feed id)",
                            example = "r02_sochi-no-offensive.txt")
                    @PathParam("externalId")
                    String externalId)
            throws SQLException {
        return reader.article(source, externalId)
                .orElseThrow(() -> ProblemException.notFound("article", "externalId", source + "/" + externalId));
    }

    private Article article(ArticleSubmission submission) {
        if (submission == null || submission.text() == null || submission.text().isBlank()) {
            throw ProblemException.badParameter("text", "the article needs a text");
        }
        if (submission.text().length() > maxTextChars) {
            throw new ProblemException(new Problem(
                    "/problems/too-large",
                    "Article too large",
                    413,
                    "the text has " + submission.text().length() + " characters; the limit is " + maxTextChars,
                    "text"));
        }
        String source = blankToNull(submission.source()).orElse("api");
        String id = blankToNull(submission.id())
                .orElseGet(() -> ContentHash.of(submission.text()).hex().substring(0, 16));
        if (source.length() > 200 || id.length() > 500) {
            throw ProblemException.badParameter(
                    source.length() > 200 ? "source" : "id", "source and id are limited to 200 and 500 characters");
        }
        return new Article(
                new ArticleKey(source, id),
                blankToNull(submission.url()),
                blankToNull(submission.title()),
                blankToNull(submission.published()).map(ArticleResource::publicationDay),
                submission.text());
    }

    private static LocalDate publicationDay(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(value.strip()).toLocalDate();
            } catch (DateTimeParseException e) {
                throw ProblemException.badParameter(
                        "published",
                        "published must be an ISO date or date-time, was " + ProblemException.shown(value));
            }
        }
    }

    private static Optional<String> blankToNull(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
