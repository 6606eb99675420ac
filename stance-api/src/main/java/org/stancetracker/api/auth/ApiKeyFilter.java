package org.stancetracker.api.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.stancetracker.api.ApiSettings;
import org.stancetracker.api.problem.Problem;
import org.stancetracker.api.problem.ProblemException;

/**
 * Lets a write through only with {@code Authorization: Bearer KEY} for a key of
 * {@code stance.api.keys} (env STANCE_API_KEYS, comma-separated). Keys are compared as SHA-256
 * digests with {@link MessageDigest#isEqual}, against every configured key, so the time taken tells
 * nothing about how much of a key was right or which key was tried. With no key configured, writes
 * are refused.
 */
@Provider
@ApiKeyRequired
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyFilter implements ContainerRequestFilter {
    private static final String BEARER = "Bearer ";
    private final List<byte[]> keyDigests;

    public ApiKeyFilter(ApiSettings settings) {
        this.keyDigests = settings.keys().orElse(List.of()).stream()
                .map(String::strip)
                .filter(k -> !k.isEmpty())
                .map(ApiKeyFilter::digest)
                .toList();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (keyDigests.isEmpty()) {
            throw new ProblemException(new Problem(
                    "/problems/writes-disabled",
                    "Writes are disabled",
                    403,
                    "no API key is configured on this server (stance.api.keys, or STANCE_API_KEYS)",
                    null));
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw unauthorized("this request needs an API key: Authorization: Bearer KEY");
        }
        byte[] given = digest(header.substring(BEARER.length()).strip());
        boolean match = false;
        for (byte[] key : keyDigests) {
            match |= MessageDigest.isEqual(key, given);
        }
        if (!match) {
            throw unauthorized("the API key is not valid");
        }
    }

    private static ProblemException unauthorized(String detail) {
        return new ProblemException(
                new Problem("/problems/unauthorized", "Unauthorized", 401, detail, "Authorization"));
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
