package org.stancetracker.api.request;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.stancetracker.api.problem.Problem;
import org.stancetracker.api.problem.ProblemException;

/**
 * A request that sends a body must say what it is: without a {@code Content-Type} the endpoint's
 * {@code @Consumes} would otherwise match anything, and a body sent as, say, a form would be read as
 * JSON. A 415 problem naming the header; it runs after the API key check, so an unauthenticated
 * client learns nothing about the endpoint.
 */
@Provider
@Priority(Priorities.HEADER_DECORATOR)
public class ContentTypeRequired implements ContainerRequestFilter {
    private static final Set<String> METHODS_WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    @Override
    public void filter(ContainerRequestContext request) {
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (METHODS_WITH_BODY.contains(request.getMethod()) && (contentType == null || contentType.isBlank())) {
            throw new ProblemException(new Problem(
                    "/problems/unsupported-media-type",
                    "Unsupported Media Type",
                    415,
                    "a request with a body needs a Content-Type header; this endpoint reads application/json",
                    HttpHeaders.CONTENT_TYPE));
        }
    }
}
