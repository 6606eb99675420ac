package org.stancetracker.input;

import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * Cuts CSV text into records, each at most a given number of bytes, before any is parsed: Commons CSV
 * reads a field whole into memory, however long, so one quoted field of a gzip file that unpacks to a
 * gigabyte ran the heap out. A record over the limit is skipped as it streams past, keeping only its
 * size, and the next record is read as usual.
 *
 * <p>Finding where a record ends takes only the part of RFC 4180 that Commons CSV's {@code RFC4180}
 * format follows for it: a quote opens a quoted field only as a field's first character; in a quoted
 * field two quotes are a quote and one closes it, and commas and line breaks are text; elsewhere a
 * comma ends a field and CR or LF ends the record; a line with nothing on it is no record. The
 * fields' values are left to Commons CSV, which parses each record's text.
 */
final class CsvRecordSplitter {
    /** One record as it stands in the file: its text without the line break, unless it was too large. */
    record RawRecord(Optional<String> text, long bytes, long fields) {
        boolean tooLarge() {
            return text.isEmpty();
        }
    }

    private enum State {
        FIELD_START,
        UNQUOTED,
        QUOTED,
        QUOTE_IN_QUOTED,
        AFTER_CLOSING_QUOTE
    }

    /** A builder that held a record this large is not kept for the next one. */
    private static final int KEEP_CAPACITY = 1 << 20;

    private final Reader in;
    private final long maxBytes;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private boolean started;
    private StringBuilder text = new StringBuilder();

    /** @param in the decoded text, read in large blocks, so it needs no buffering of its own */
    CsvRecordSplitter(Reader in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next record, or empty at the end of the input; one over the limit is read past, to the next. */
    Optional<RawRecord> next() throws IOException {
        return read(true);
    }

    /**
     * The first record, the header, as {@link #next} reads it, except that a header over the limit is
     * not read to its end: without a header nothing after it can be read, so nothing more is read.
     */
    Optional<RawRecord> header() throws IOException {
        return read(false);
    }

    private Optional<RawRecord> read(boolean readPastTooLarge) throws IOException {
        State state = State.FIELD_START;
        long bytes = 0;
        long fields = 1;
        boolean tooLarge = false;
        boolean empty = true;
        if (text.capacity() > KEEP_CAPACITY) {
            text = new StringBuilder();
        }
        text.setLength(0);
        while (true) {
            if (position == limit && !fill()) {
                break;
            }
            char c = buffer[position++];
            if ((c == '\n' || c == '\r') && state != State.QUOTED) {
                if (empty) {
                    continue; // an empty line, or the LF of a CR LF: no record yet
                }
                break;
            }
            empty = false;
            state = switch (state) {
                case FIELD_START -> c == '"' ? State.QUOTED : c == ',' ? State.FIELD_START : State.UNQUOTED;
                case UNQUOTED, AFTER_CLOSING_QUOTE -> c == ',' ? State.FIELD_START : state;
                case QUOTED -> c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
                case QUOTE_IN_QUOTED ->
                    c == '"' ? State.QUOTED : c == ',' ? State.FIELD_START : State.AFTER_CLOSING_QUOTE;
            };
            if (state == State.FIELD_START) {
                fields++;
            }
            bytes += utf8Bytes(c);
            if (!tooLarge) {
                if (bytes > maxBytes) {
                    tooLarge = true;
                    text = new StringBuilder();
                    if (!readPastTooLarge) {
                        break;
                    }
                } else {
                    text.append(c);
                }
            }
        }
        if (empty) {
            return Optional.empty();
        }
        return Optional.of(new RawRecord(tooLarge ? Optional.empty() : Optional.of(text.toString()), bytes, fields));
    }

    private boolean fill() throws IOException {
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        if (read < 0) {
            return false;
        }
        if (!started) {
            started = true;
            if (buffer[0] == '\uFEFF') {
                position = 1; // a byte order mark is no part of the first column's name
                limit = read;
                return position < limit || fill();
            }
        }
        position = 0;
        limit = read;
        return true;
    }

    /** The bytes a character takes in UTF-8: a surrogate pair takes four, two for each half. */
    private static int utf8Bytes(char c) {
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800 || Character.isSurrogate(c)) {
            return 2;
        }
        return 3;
    }
}
