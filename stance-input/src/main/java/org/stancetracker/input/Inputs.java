package org.stancetracker.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/** What the readers share: opening (gzip or not), strict UTF-8, dates. */
final class Inputs {
    private Inputs() {}

    /** The file's bytes, un-gzipped when it is gzip (by its magic number, whatever its name). */
    static InputStream open(InputFile file) throws IOException {
        InputStream in = new BufferedInputStream(file.open(), 1 << 16);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        if (first == 0x1f && second == 0x8b) {
            return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        return in;
    }

    /** Strict UTF-8: malformed bytes are an error, not a replacement character. */
    static String utf8(byte[] bytes, int length) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, 0, length))
                .toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static boolean hasNul(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A publication date as records give it: an ISO date, or an ISO date-time with or without an
     * offset (its date is taken). Empty for blank; an exception naming the value otherwise.
     */
    static Optional<LocalDate> date(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            return Optional.of(LocalDate.parse(v));
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return Optional.of(OffsetDateTime.parse(v).toLocalDate());
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return Optional.of(LocalDateTime.parse(v.replace(' ', 'T')).toLocalDate());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("unparseable date '" + value + "' (expected an ISO date or date-time)");
        }
    }
}
