package org.stancetracker.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.stancetracker.api.RawHttp;
import org.stancetracker.api.SampleCorpusDatabase;

/**
 * Requests refused before any endpoint sees them, by the HTTP server or the router, are answered as
 * problem+json too: the exact bytes are written to a socket, as a careless or hostile client would.
 */
@QuarkusTest
@QuarkusTestResource(value = SampleCorpusDatabase.class, restrictToAnnotatedClass = false)
class HttpLayerProblemsTest {
    @TestHTTPResource("/")
    URL server;

    @Test
    void a_request_line_over_the_limit_is_a_414_problem() throws IOException {
        RawHttp.Answer answer =
                send("GET /api/topics?q=" + "a".repeat(100_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        answer.assertProblem(414);
    }

    @Test
    void headers_over_the_limit_are_a_431_problem() throws IOException {
        RawHttp.Answer answer =
                send("GET /api/topics HTTP/1.1\r\nHost: localhost\r\nX-Filler: " + "a".repeat(100_000) + "\r\n\r\n");
        answer.assertProblem(431);
    }

    @Test
    void a_body_declared_over_the_limit_is_a_413_problem_before_it_is_sent() throws IOException {
        RawHttp.Answer answer =
                send("POST /api/articles HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer test-key-one\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + 7 * 1024 * 1024 + "\r\n\r\n");
        answer.assertProblem(413);
    }

    @Test
    void a_chunked_body_that_grows_over_the_limit_is_a_413_problem() throws IOException {
        StringBuilder request = new StringBuilder(
                "POST /api/articles HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer test-key-one\r\n"
                        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        // A body that starts as an article would, so that reading it goes on to the limit.
        String opening = "{\"text\": \"";
        request.append(Integer.toHexString(opening.length()))
                .append("\r\n")
                .append(opening)
                .append("\r\n");
        String chunk = "a".repeat(1024 * 1024);
        for (int i = 0; i < 7; i++) {
            request.append(Integer.toHexString(chunk.length()))
                    .append("\r\n")
                    .append(chunk)
                    .append("\r\n");
        }
        request.append("0\r\n\r\n");
        send(request.toString()).assertProblem(413);
    }

    @Test
    void a_malformed_chunk_size_is_a_400_problem() throws IOException {
        send("POST /api/articles HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer test-key-one\r\n"
                        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n")
                .assertProblem(400);
    }

    @Test
    void a_malformed_request_line_is_a_400_problem() throws IOException {
        send("GARBAGE\r\n\r\n").assertProblem(400);
        send("GET /api/topics HTTP/1\r\nHost: localhost\r\n\r\n").assertProblem(400);
    }

    @Test
    void a_malformed_header_is_a_400_problem() throws IOException {
        send("GET /api/topics HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\n\r\n")
                .assertProblem(400);
    }

    @Test
    void a_request_without_host_is_a_400_problem() throws IOException {
        send("GET /api/topics HTTP/1.1\r\nConnection: close\r\n\r\n").assertProblem(400);
    }

    @Test
    void a_path_with_a_broken_percent_encoding_is_a_400_problem() throws IOException {
        send("GET /api/topics/%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .assertProblem(400);
    }

    @Test
    void an_http_version_other_than_1_0_and_1_1_is_a_505_problem() throws IOException {
        for (String version : new String[] {"HTTP/3.0", "HTTP/1.2", "HTTP/0.9", "FOO/1.1"}) {
            // Vert.x writes the status line in the version asked for, whatever it is.
            send("GET /api/topics " + version + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .assertProblem(505, Pattern.quote(version));
        }
    }

    @Test
    void a_well_formed_request_is_still_answered() throws IOException {
        RawHttp.Answer answer = send("GET /api/topics HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(answer.statusLine()).startsWith("HTTP/1.1 200 ");
        assertThat(answer.headers().get("content-type")).startsWith("application/json");
        answer = send("GET /api/topics HTTP/1.0\r\n\r\n");
        assertThat(answer.statusLine()).startsWith("HTTP/1.0 200 ");
    }

    /**
     * HTTP/2 is off, and says so in HTTP/1.1: an upgrade to h2c is not taken, and HTTP/2's connection
     * preface is a problem, not a stream reset.
     */
    @Test
    void http_2_is_off_an_upgrade_is_answered_in_http_1_1_and_the_preface_is_a_problem() throws IOException {
        RawHttp.Answer upgrade =
                send("GET /api/topics HTTP/1.1\r\nHost: localhost\r\nConnection: Upgrade, HTTP2-Settings\r\n"
                        + "Upgrade: h2c\r\nHTTP2-Settings: AAMAAABkAARAAAAAAAIAAAAA\r\n\r\n");
        assertThat(upgrade.statusLine()).startsWith("HTTP/1.1 200 ");
        send("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n").assertProblem(400, Pattern.quote("HTTP/2.0"));
    }

    private RawHttp.Answer send(String request) throws IOException {
        return RawHttp.send(server, request);
    }
}
