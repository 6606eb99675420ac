package org.stancetracker.cli.load;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.stancetracker.cli.load.input.Rejection;

/**
 * Reports each rejected record on the diagnostics stream and, with {@code --rejects}, appends it to a
 * JSON Lines file with the record itself, so that it can be fixed and loaded again.
 */
final class RejectsWriter implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PrintWriter diagnostics;
    private final LoadTally tally;
    private final JsonGenerator json;

    RejectsWriter(Path file, PrintWriter diagnostics, LoadTally tally) throws IOException {
        this.diagnostics = diagnostics;
        this.tally = tally;
        // A writer that replaces what UTF-8 cannot encode (an unpaired surrogate from a JSON escape) rather
        // than failing: a rejected record must never stop the load it was rejected from.
        this.json = file == null
                ? null
                : JSON.getFactory()
                        .createGenerator(new BufferedWriter(new OutputStreamWriter(
                                Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
                                StandardCharsets.UTF_8)));
        if (json != null) {
            json.setPrettyPrinter(new MinimalPrettyPrinter(""));
        }
    }

    synchronized void reject(Rejection rejection) {
        tally.countRejected();
        diagnostics.println("rejected " + rejection);
        if (json == null) {
            return;
        }
        try {
            json.writeStartObject();
            json.writeStringField("location", rejection.location());
            json.writeStringField("reason", rejection.reason());
            if (rejection.record().isPresent()) {
                String record = rejection.record().get();
                if (isOneJsonObject(record)) {
                    // The line as it was, not as parsed: its escapes (a \u0000, a lone \ud800) stay escapes.
                    json.writeFieldName("record");
                    json.writeRawValue(record.strip());
                } else {
                    json.writeStringField("line", record);
                }
            }
            json.writeEndObject();
            json.writeRaw('\n');
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rejects file", e);
        }
    }

    /**
     * Whether the text is one JSON object and nothing after it, checked as a stream, without building
     * the object: a rejected line may be millions of tiny values. A malformed line is not, and is
     * kept as text, to be fixed by hand.
     */
    private static boolean isOneJsonObject(String text) {
        try (JsonParser parser = JSON.getFactory().createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException notJson) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        if (json != null) {
            json.close();
        }
    }
}
