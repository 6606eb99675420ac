package org.stancetracker.api.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Answers as problem+json what the router refuses before any endpoint runs, where Quarkus would
 * answer with an empty body or its own JSON: a request without Host or with a broken percent-encoding
 * (400), a declared body over {@code quarkus.http.limits.max-body-size} (413), an HTTP version other
 * than 1.0 and 1.1 (505, where Vert.x would answer in the version asked for), and any failure no
 * endpoint handled.
 */
@ApplicationScoped
public class RouterProblems {
    /** Turns off Quarkus's check of the request target, whose 400 has an empty body; this class makes the same check. */
    public static final String QUARKUS_URI_CHECK_OFF = "vertx.disableURIValidation";

    private static final Logger LOG = Logger.getLogger(RouterProblems.class);
    private final Optional<Long> maxBodyBytes;

    public RouterProblems(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.maxBodyBytes = maxBodySize.map(MemorySize::asLongValue);
    }

    void install(@Observes Router router) {
        // First of all failure handlers, so that Quarkus's own (an empty body or {"details": ...}) is never reached.
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
        // What fails while the router matches routes (a path whose percent-encoding does not decode)
        // skips the failure handlers: the router's error handler for that status answers it.
        for (int status = 400; status <= 599; status++) {
            int answered = status;
            router.errorHandler(answered, context -> failed(context, answered));
        }
        router.route().order(Integer.MIN_VALUE).handler(RouterProblems::knownVersion);
        router.route().order(Integer.MIN_VALUE).handler(RouterProblems::validUri);
        // Just before Quarkus's own check of the same limit, which answers with an empty body.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::declaredBodyWithinLimit);
    }

    /** Vert.x takes any NAME/D.D as a version, and answers a request in a version it does not speak as if it did. */
    private static void knownVersion(RoutingContext context) {
        if (context.request().version() == null) {
            HttpProblems.send(context.request(), HttpProblems.of(505), true);
        } else {
            context.next();
        }
    }

    /**
     * The check Quarkus makes before the router, where it answers with an empty body: a request target
     * that is not a URI (a broken percent-encoding, say) is a 400. Quarkus's own is turned off by the
     * system property {@value #QUARKUS_URI_CHECK_OFF} (set by {@code StanceApiMain}, and by the build
     * for the tests), read once when Quarkus's HTTP classes load, before any bean exists.
     */
    private static void validUri(RoutingContext context) {
        try {
            new URI(context.request().uri());
        } catch (URISyntaxException | NullPointerException e) {
            HttpProblems.send(context.request(), HttpProblems.of(400), true);
            return;
        }
        context.next();
    }

    private void declaredBodyWithinLimit(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && maxBodyBytes.isPresent()) {
            long length;
            try {
                length = Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                HttpProblems.send(context.request(), HttpProblems.of(400), true);
                return;
            }
            if (length > maxBodyBytes.get()) {
                HttpProblems.send(context.request(), HttpProblems.of(413), true);
                return;
            }
        }
        context.next();
    }

    private void failed(RoutingContext context) {
        failed(context, context.statusCode());
    }

    private void failed(RoutingContext context, int status) {
        if (status < 400 || status > 599) {
            status = 500;
        }
        if (status >= 500) {
            LOG.errorf(context.failure(), "Request to %s failed", context.normalizedPath());
        } else {
            LOG.debugf(context.failure(), "Request to %s refused with %d", context.normalizedPath(), status);
        }
        // A request the router could not make sense of may have left unread bytes behind it.
        HttpProblems.send(context.request(), HttpProblems.of(status), status == 400 || status == 413);
    }
}
