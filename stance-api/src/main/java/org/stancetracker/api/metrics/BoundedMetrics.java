package org.stancetracker.api.metrics;

import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Set;

/**
 * Keeps the number of metric series bounded whatever clients send: a request's HTTP method is a label
 * only when it is one HTTP defines (any other, however many, is {@code other}), and the request
 * metrics keep at most {@link #MAX_URIS} routes. Without this, every made-up method name of an
 * unauthenticated request added a series, and 100,000 of them grew the heap by 150 MB.
 */
@Singleton
public class BoundedMetrics {
    static final Set<String> METHODS =
            Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "CONNECT");
    /** More than the API has routes (path templates), fewer than a client could invent. */
    static final int MAX_URIS = 100;

    @Produces
    @Singleton
    public MeterFilter knownMethodsOnly() {
        return MeterFilter.replaceTagValues("method", method -> METHODS.contains(method) ? method : "other");
    }

    @Produces
    @Singleton
    public MeterFilter boundedRoutes() {
        return MeterFilter.maximumAllowableTags("http.server.requests", "uri", MAX_URIS, MeterFilter.deny());
    }
}
