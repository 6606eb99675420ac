package org.stancetracker.api.http;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import org.stancetracker.api.problem.Problem;

/**
 * The problems of requests refused below the endpoints, by the HTTP server or the router, written
 * straight to the Vert.x response. Their details say what was wrong with the request in general
 * words: the server's own failure messages name its internals.
 */
final class HttpProblems {
    private HttpProblems() {}

    /** The problem for a status, with a detail for the statuses a request can meet below the endpoints. */
    static Problem of(int status) {
        String title = HttpResponseStatus.valueOf(status).reasonPhrase();
        String detail = switch (status) {
            case 400 ->
                "the request is not well-formed HTTP/1.1: a request line, well-formed headers, a Host header "
                        + "and a path with valid percent-encoding are needed";
            case 404 -> "there is nothing at this path";
            case 405 -> "this path does not take this method";
            case 413 -> "the request body is larger than this server accepts";
            case 414 -> "the request line (method, path and query) is longer than this server accepts";
            case 431 -> "the request headers are larger than this server accepts";
            case 505 -> "this server speaks HTTP/1.0 and HTTP/1.1 only";
            default -> status >= 500 ? "the server failed to answer; the failure is logged" : "the request was refused";
        };
        String type = status >= 500 && status != 505 ? "/problems/internal" : "/problems/http-" + status;
        return new Problem(type, title, status, detail, null);
    }

    /**
     * Sends the problem and, when {@code closeAfter}, closes the connection once it is sent: after a
     * request the server did not read to its end, the next bytes on the connection cannot be trusted to
     * start a request (and Vert.x keeps a connection whose request body is still due open, however the
     * answer's Connection header reads).
     */
    static void send(HttpServerRequest request, Problem problem, boolean closeAfter) {
        HttpServerResponse response = request.response();
        if (response.ended() || response.closed()) {
            return;
        }
        if (response.headWritten()) {
            // Part of another answer is out already; a problem now would corrupt it.
            response.reset();
            return;
        }
        JsonObject json = new JsonObject()
                .put("type", problem.type())
                .put("title", problem.title())
                .put("status", problem.status())
                .put("detail", problem.detail());
        if (problem.parameter() != null) {
            json.put("parameter", problem.parameter());
        }
        response.setStatusCode(problem.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (closeAfter) {
            response.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
            response.endHandler(sent -> request.connection().close());
        }
        response.end(json.toBuffer());
    }
}
