package org.stancetracker.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.stancetracker.core.article.InvalidArticleException;

/** Every error leaves as problem+json; no stack trace ever reaches a client. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        // The JSON reader wraps a body it cannot parse (a stray token, a key given twice) in a 400.
        if (e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException unreadable) {
            return unreadableJson(unreadable);
        }
        int status = e.getResponse().getStatus();
        String title = e.getResponse().getStatusInfo().getReasonPhrase();
        return respond(new Problem("/problems/http-" + status, title, status, e.getMessage(), null));
    }

    /**
     * An article field the tracker refuses to store (NUL, an unpaired surrogate, a day outside the
     * years of news, a URL that is not http(s)): the client's mistake, named by its field.
     */
    @ServerExceptionMapper
    public Response invalidArticle(InvalidArticleException e) {
        return problem(ProblemException.badParameter(e.field(), e.getMessage()));
    }

    /** A body that is not the JSON expected: say where, never how the parser failed inside. */
    @ServerExceptionMapper
    public Response unreadableJson(com.fasterxml.jackson.core.JsonProcessingException e) {
        String where = e.getLocation() == null
                ? ""
                : " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
        return respond(new Problem(
                "/problems/malformed-body",
                "Malformed request body",
                400,
                "the request body is not the JSON expected" + where,
                "body"));
    }

    /** JSON of the wrong shape (an array for an object, text for a number). */
    @ServerExceptionMapper
    public Response mismatchedJson(com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
        return unreadableJson(e);
    }

    /**
     * Writing the answer failed: the client went away before it was sent (wrk stopping, a closed tab).
     * Nothing is wrong with the server, and the problem below reaches nobody.
     */
    @ServerExceptionMapper
    public Response clientGone(java.io.IOException e) {
        LOG.debugf("answer not delivered: %s", e.getMessage());
        return respond(new Problem("/problems/internal", "Internal error", 500, "the answer could not be sent", null));
    }

    /** Seconds a client is asked to wait before it tries again while the database is away. */
    static final int RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        java.util.Optional<String> away = DatabaseFaults.unavailable(e);
        if (away.isPresent()) {
            // Not the request's fault nor the code's: the database is away for now, and says so.
            LOG.warnf(
                    "database unavailable: %s (%s)",
                    away.get(),
                    String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            return Response.status(503)
                    .type(Problem.MEDIA_TYPE)
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .entity(new Problem(
                            "/problems/database-unavailable",
                            "Database unavailable",
                            503,
                            away.get() + "; try again in a few seconds",
                            null))
                    .build();
        }
        LOG.error("Unexpected error", e);
        return respond(new Problem(
                "/problems/internal",
                "Internal error",
                500,
                "the server failed to answer; the failure is logged",
                null));
    }

    private static Response respond(Problem problem) {
        Response.ResponseBuilder response =
                Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (problem.status() == 401) {
            response.header("WWW-Authenticate", "Bearer");
        }
        return response.build();
    }
}
