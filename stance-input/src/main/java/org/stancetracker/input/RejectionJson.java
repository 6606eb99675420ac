package org.stancetracker.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * A rejection as one line of a rejects file, the same from {@code stance load} and from the Spark job:
 * {@code location}, {@code reason}, and the record, as the JSON object it was when it was one (so it
 * can be fixed and loaded again), or as text in {@code line}.
 */
public final class RejectionJson {
    private static final JsonFactory JSON = new JsonFactory();

    private RejectionJson() {}

    /** Writes the rejection as one JSON object, without the line end. */
    public static void write(JsonGenerator json, Rejection rejection) throws IOException {
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
    }

    /** The rejection as one JSON line, without the line end. */
    public static String line(Rejection rejection) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.setPrettyPrinter(new MinimalPrettyPrinter(""));
            write(json, rejection);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a rejection", e);
        }
        return out.toString();
    }

    /**
     * Whether the text is one JSON object and nothing after it, checked as a stream, without building
     * the object: a rejected line may be millions of tiny values. A malformed line is not, and is
     * kept as text, to be fixed by hand.
     */
    private static boolean isOneJsonObject(String text) {
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null;
        } catch (IOException notJson) {
            return false;
        }
    }
}
