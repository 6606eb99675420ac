package org.stancetracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** HTTP/1.1 by hand: exact request bytes to a socket, one answer read back, for requests no client library would send. */
public final class RawHttp {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RawHttp() {}

    /** What came back: the status line, the headers (names in lower case) and the body. */
    public record Answer(String statusLine, Map<String, String> headers, String body) {
        public int status() {
            return Integer.parseInt(statusLine.split(" ", 3)[1]);
        }

        public void assertProblem(int status) throws IOException {
            assertProblem(status, "HTTP/1\\.[01]");
        }

        /** A problem+json answer of this status, in a status line whose version matches {@code versionPattern}. */
        public void assertProblem(int status, String versionPattern) throws IOException {
            assertThat(statusLine).as("status line").matches(versionPattern + " " + status + " .*");
            assertThat(headers.get("content-type"))
                    .as("Content-Type of a %d", status)
                    .isEqualTo("application/problem+json");
            JsonNode problem = JSON.readTree(body);
            assertThat(problem.path("status").asInt()).isEqualTo(status);
            assertThat(problem.path("type").asText()).isNotBlank();
            assertThat(problem.path("title").asText()).isNotBlank();
            assertThat(problem.path("detail").asText()).isNotBlank().doesNotContain("Exception");
        }
    }

    /** Writes the request's exact bytes and reads one answer; the server may close before reading all of them. */
    public static Answer send(URL server, String request) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (SocketException closedWhileWriting) {
                // The answer may already be waiting: read it.
            }
            return read(socket.getInputStream());
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the server closed the connection after " + head.size() + " bytes: " + head);
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip());
            }
        }
        byte[] body;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunks(in);
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else {
            body = in.readAllBytes(); // delimited by the server closing the connection
        }
        return new Answer(lines[0], headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] chunks(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            StringBuilder sizeLine = new StringBuilder();
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    throw new IOException("the server closed the connection inside a chunked body");
                }
                sizeLine.append((char) b);
            }
            int size = Integer.parseInt(sizeLine.toString().strip().split(";")[0], 16);
            if (size == 0) {
                return body.toByteArray();
            }
            body.write(in.readNBytes(size));
            in.readNBytes(2); // the CRLF after each chunk
        }
    }
}
