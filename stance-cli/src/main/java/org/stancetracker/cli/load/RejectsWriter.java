package org.stancetracker.cli.load;

import com.fasterxml.jackson.core.JsonGenerator;
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
import org.stancetracker.input.Rejection;
import org.stancetracker.input.RejectionJson;

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
            RejectionJson.write(json, rejection);
            json.writeRaw('\n');
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rejects file", e);
        }
    }

    @Override
    public void close() throws IOException {
        if (json != null) {
            json.close();
        }
    }
}
