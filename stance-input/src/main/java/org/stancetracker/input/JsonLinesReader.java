package org.stancetracker.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.stancetracker.core.article.Article;
import org.stancetracker.core.article.ArticleKey;

/**
 * JSON Lines, one article per line, read line by line so memory stays flat whatever the file's
 * size: fields {@code id} and {@code text}, optional {@code title}, {@code published}, {@code source},
 * {@code url}; other fields are skipped over as the line is parsed, never built. A bad line (not
 * JSON, not UTF-8, text after the object, a field missing, a date unparseable, over the size limit,
 * a field an article may not hold: see {@link org.stancetracker.core.article.ArticleFields}) is
 * rejected with its line number; the rest of the file carries on. Blank lines are not records.
 */
final class JsonLinesReader {
    private static final JsonFactory JSON = new JsonFactory();
    private static final Set<String> ARTICLE_FIELDS = Set.of("id", "text", "title", "published", "source", "url");
    private final ReadOptions options;

    JsonLinesReader(ReadOptions options) {
        this.options = options;
    }

    void read(InputFile file, long skip, Consumer<InputRecord> records) throws IOException {
        boolean opened = false;
        Lines lines = new Lines(file, skip, 0, records);
        try (InputStream in = Inputs.open(file)) {
            opened = true;
            readLines(in, 0, Long.MAX_VALUE, lines);
        } catch (NoSuchFileException | FileNotFoundException e) {
            records.accept(
                    new InputRecord.Rejected(InputRecord.WHOLE_INPUT, new Rejection(file.location(), "no such file")));
        } catch (IOException e) {
            if (!opened) {
                throw e; // the file as a whole cannot be read
            }
            records.accept(unreadableFrom(file, lines, e));
        }
    }

    /**
     * Reads the lines that start in bytes {@code [start, end)} of an uncompressed file, as Hadoop's
     * {@code LineRecordReader} does: a range that starts past the file's first byte skips up to and
     * including the first line break at or after {@code start - 1} (the line there began in an earlier
     * range, unless that byte is itself the line break, in which case a line starts at {@code start}
     * and is this range's), and a line that starts before {@code end} is read whole, however far past
     * {@code end} it runs. So ranges that tile a file read each of its lines exactly once.
     *
     * @param linesBefore the line breaks before {@code start}, to number lines by the file; 0 numbers
     *     them from the range's start, for a caller that learns the earlier ranges' counts later
     * @return the line breaks in {@code [start, end)}: what a later range's {@code linesBefore} adds up from
     */
    long readRange(InputFile file, long start, long end, long linesBefore, Consumer<InputRecord> records)
            throws IOException {
        boolean opened = false;
        Lines lines = new Lines(file, 0, linesBefore, records);
        try (InputStream in = file.openAt(start == 0 ? 0 : start - 1)) {
            opened = true;
            return readLines(in, start, end, lines);
        } catch (NoSuchFileException | FileNotFoundException e) {
            records.accept(
                    new InputRecord.Rejected(InputRecord.WHOLE_INPUT, new Rejection(file.location(), "no such file")));
        } catch (IOException e) {
            if (!opened) {
                throw e;
            }
            records.accept(unreadableFrom(file, lines, e));
        }
        return lines.lineBreaks;
    }

    /**
     * Cuts the stream into lines at each LF byte (a CR before it stays in the line, where JSON takes
     * it for white space; no byte of a multi-byte UTF-8 character is LF) and hands each line whose
     * start lies in {@code [start, end)} on. The stream begins at {@code start - 1} when {@code start > 0},
     * at 0 otherwise.
     */
    private static long readLines(InputStream in, long start, long end, Lines lines) throws IOException {
        byte[] buffer = new byte[1 << 16];
        boolean inEarlierLine = start > 0;
        long offset = start > 0 ? start - 1 : 0; // of buffer[0]
        int read;
        while ((read = in.read(buffer)) >= 0) {
            int from = 0;
            for (int i = 0; i < read; i++) {
                if (buffer[i] == '\n') {
                    long at = offset + i;
                    if (inEarlierLine) {
                        inEarlierLine = false;
                    } else {
                        lines.append(buffer, from, i - from);
                        lines.end();
                    }
                    if (at >= start && at < end) {
                        lines.lineBreaks++; // a range inside one long line meets its first break past its end
                    }
                    from = i + 1;
                    if (at + 1 >= end) {
                        return lines.lineBreaks; // the next line starts in the next range
                    }
                }
            }
            if (!inEarlierLine) {
                lines.append(buffer, from, read - from);
            }
            offset += read;
        }
        if (!inEarlierLine) {
            lines.endOfFile();
        }
        return lines.lineBreaks;
    }

    private static InputRecord unreadableFrom(InputFile file, Lines lines, IOException e) {
        return new InputRecord.Rejected(
                InputRecord.WHOLE_INPUT, Rejection.unreadableFrom(file.location() + ":" + lines.lineNumber(), e));
    }

    /** Gathers the bytes of the current line, then hands the line on as a record. */
    private final class Lines {
        private final InputFile file;
        private final long skip;
        private final long linesBefore;
        private final Consumer<InputRecord> records;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
        /** Line breaks read so far, from the start of the range. */
        long lineBreaks;

        private long ordinal;
        private boolean tooLong;

        Lines(InputFile file, long skip, long linesBefore, Consumer<InputRecord> records) {
            this.file = file;
            this.skip = skip;
            this.linesBefore = linesBefore;
            this.records = records;
        }

        /** The number, from 1, of the line being gathered: one more than the line breaks before it. */
        long lineNumber() {
            return linesBefore + lineBreaks + 1;
        }

        void append(byte[] buffer, int from, int length) {
            if (length <= 0 || tooLong) {
                return;
            }
            if (line.size() + length > options.maxBytes()) {
                tooLong = true;
                line.reset();
            } else {
                line.write(buffer, from, length);
            }
        }

        /** The line ends, before its line break is counted. */
        void end() {
            long lineNumber = lineNumber();
            byte[] bytes = line.toByteArray();
            boolean blank = !tooLong && new String(bytes, StandardCharsets.ISO_8859_1).isBlank();
            if (!blank) {
                if (ordinal >= skip) {
                    records.accept(
                            tooLong
                                    ? new InputRecord.Rejected(
                                            ordinal,
                                            new Rejection(
                                                    file.location() + ":" + lineNumber,
                                                    "too large: over " + options.maxBytes() + " bytes"))
                                    : record(file, lineNumber, ordinal, bytes));
                }
                ordinal++;
            }
            line.reset();
            tooLong = false;
        }

        void endOfFile() {
            if (line.size() > 0 || tooLong) {
                end();
            }
        }
    }

    private InputRecord record(InputFile file, long lineNumber, long ordinal, byte[] bytes) {
        String location = file.location() + ":" + lineNumber;
        if (Inputs.hasNul(bytes, bytes.length)) {
            return new InputRecord.Rejected(ordinal, new Rejection(location, "binary data (NUL byte)"));
        }
        String line;
        try {
            line = Inputs.utf8(bytes, bytes.length);
        } catch (CharacterCodingException e) {
            return new InputRecord.Rejected(ordinal, new Rejection(location, "not valid UTF-8"));
        }
        Optional<String> raw = Optional.of(line);
        Map<String, String> fields;
        try (JsonParser parser = JSON.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new InputRecord.Rejected(ordinal, new Rejection(location, "not a JSON object", raw));
            }
            fields = articleFields(parser);
            if (!nothingAfter(parser)) {
                // Jackson stops at the end of the first value; the rest would be dropped unseen, or be a
                // second article that was never loaded.
                return new InputRecord.Rejected(
                        ordinal, new Rejection(location, "text after the JSON object; a line holds one object", raw));
            }
        } catch (JsonProcessingException e) {
            return new InputRecord.Rejected(
                    ordinal,
                    new Rejection(
                            location,
                            "malformed JSON: " + e.getOriginalMessage().split("\n")[0],
                            raw));
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        String id = fields.get("id");
        String text = fields.get("text");
        if (id == null || id.isBlank()) {
            return new InputRecord.Rejected(ordinal, new Rejection(location, "no \"id\"", raw));
        }
        if (text == null || text.isBlank()) {
            return new InputRecord.Rejected(ordinal, new Rejection(location, "empty \"text\"", raw));
        }
        Optional<LocalDate> published;
        try {
            published = Inputs.date(fields.get("published")).or(options::published);
        } catch (IllegalArgumentException e) {
            return new InputRecord.Rejected(ordinal, new Rejection(location, e.getMessage(), raw));
        }
        String source = Optional.ofNullable(fields.get("source"))
                .filter(s -> !s.isBlank())
                .orElse(options.source());
        try {
            return new InputRecord.Read(
                    ordinal,
                    location,
                    new Article(
                            new ArticleKey(source, id),
                            Optional.ofNullable(fields.get("url")),
                            Optional.ofNullable(fields.get("title")),
                            published,
                            text));
        } catch (IllegalArgumentException e) {
            // A field the database could not hold (a NUL, an unpaired surrogate, a day out of range, a URL
            // that is not a web address): this record is rejected here, before it can fail a whole batch.
            return new InputRecord.Rejected(ordinal, new Rejection(location, e.getMessage(), raw));
        }
    }

    /** Whether only white space follows the value the parser has read. */
    private static boolean nothingAfter(JsonParser parser) {
        try {
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false; // not even a token: text all the same
        }
    }

    /**
     * The article's fields of the object the parser has just opened, read as a stream: every other
     * value is skipped over, never built, so that a line takes memory in proportion to its size
     * whatever it holds (a tree of a million empty objects takes thirty times the line). A field given
     * twice takes its last value; null is no value; an array or object reads as empty text.
     */
    private static Map<String, String> articleFields(JsonParser parser) throws IOException {
        Map<String, String> fields = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (!ARTICLE_FIELDS.contains(name)) {
                parser.skipChildren();
            } else if (value == JsonToken.VALUE_NULL) {
                fields.remove(name);
            } else if (value.isScalarValue()) {
                fields.put(name, parser.getValueAsString());
            } else {
                parser.skipChildren();
                fields.put(name, "");
            }
        }
        return fields;
    }
}
