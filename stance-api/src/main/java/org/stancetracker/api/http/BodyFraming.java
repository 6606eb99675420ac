package org.stancetracker.api.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers as problem+json the two ways a request body can go wrong while it arrives, after its head
 * has been read and the endpoint chosen. Before, a chunked body that grew past
 * {@code quarkus.http.limits.max-body-size} got an empty 413 (RESTEasy Reactive's input stream writes
 * it), and a malformed chunk size closed the connection with no answer at all.
 */
@ApplicationScoped
public class BodyFraming {
    /** Where Quarkus leaves the limit for a body of no declared length, for RESTEasy Reactive to apply with its empty 413. */
    private static final String QUARKUS_LIMIT_KEY = "io.quarkus.max-request-size";

    private final Optional<Long> maxBodyBytes;

    public BodyFraming(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.maxBodyBytes = maxBodySize.map(MemorySize::asLongValue);
    }

    void install(@Observes Router router) {
        // Just after Quarkus's own check, which leaves the limit of an undeclared length for the body's reader.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1).handler(this::takeOverLimit);
    }

    private void takeOverLimit(RoutingContext context) {
        HttpServerRequest request = context.request();
        context.remove(QUARKUS_LIMIT_KEY);
        // A decoding error in the body (a chunk size that is not hexadecimal, say) reaches the connection's
        // handler before Vert.x closes the connection: the answer goes out first.
        request.connection().exceptionHandler(error -> {
            if (!(error instanceof IOException) && !request.isEnded()) {
                HttpProblems.send(request, HttpProblems.of(400), true);
            }
        });
        context.next();
    }

    /** Counts what the endpoint reads of a body of no declared length, and refuses it past the limit as a 413 problem. */
    @ServerRequestFilter(preMatching = true)
    public void boundBody(ContainerRequestContext requestContext, HttpServerRequest request) {
        if (maxBodyBytes.isEmpty() || request.getHeader(HttpHeaders.CONTENT_LENGTH) != null) {
            return; // a declared length over the limit never got this far (RouterProblems)
        }
        long limit = maxBodyBytes.get();
        requestContext.setEntityStream(new FilterInputStream(requestContext.getEntityStream()) {
            @Override
            public int read() throws IOException {
                int read = super.read();
                check();
                return read;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int read = super.read(buffer, offset, length);
                check();
                return read;
            }

            private void check() throws IOException {
                if (request.bytesRead() > limit) {
                    HttpProblems.send(request, HttpProblems.of(413), true);
                    throw new IOException("the request body is over " + limit + " bytes");
                }
            }
        });
    }
}
