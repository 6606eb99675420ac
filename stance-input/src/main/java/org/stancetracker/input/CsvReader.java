package org.stancetracker.input;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.stancetracker.input.CsvRecordSplitter.RawRecord;

/**
 * CSV with a header row (RFC 4180: quoted fields may hold commas and newlines), streamed record by
 * record: {@link CsvRecordSplitter} cuts each record out of the text, holding at most {@code --max-size}
 * bytes of it, and Apache Commons CSV parses it. Columns are found by their usual names (id: {@code id},
 * {@code index} or an unnamed first column; text: {@code text}, {@code body}, {@code content};
 * date: {@code date}, {@code published}, {@code publish_date}; {@code title}, {@code source},
 * {@code url}) unless {@code --column field=header} names them. A row with the wrong number of
 * fields, bytes that are not UTF-8, an unparseable date or a field an article may not hold (see
 * {@link org.stancetracker.core.article.ArticleFields}), malformed or over the size limit is rejected
 * with its row number, and the next row is read. A header over the size limit, or malformed, rejects
 * the file.
 */
final class CsvReader {
    /** More columns than any article table has; a header or row of more is not parsed. */
    static final int MAX_COLUMNS = 1000;
    /** RFC 4180, as one record's text is parsed once {@link CsvRecordSplitter} has cut it out. */
    private static final CSVFormat ONE_RECORD = CSVFormat.RFC4180;

    private final ReadOptions options;

    /**
     * What bytes that are not UTF-8 are decoded to: a lone surrogate, which no valid UTF-8 decodes to.
     * U+FFFD itself is a character like any other (scraped news holds many, where an earlier tool met
     * bytes it could not read), so a row holding it is text, not invalid input.
     */
    private static final char NOT_UTF8 = '\uDC80';

    CsvReader(ReadOptions options) {
        this.options = options;
    }

    void read(InputFile file, long skip, Consumer<InputRecord> records) throws IOException {
        boolean opened = false;
        boolean headerRead = false;
        long ordinal = 0;
        try (InputStream in = Inputs.open(file);
                Reader reader = new InputStreamReader(
                        in,
                        StandardCharsets.UTF_8
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPLACE)
                                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                                .replaceWith(String.valueOf(NOT_UTF8)))) {
            opened = true;
            CsvRecordSplitter splitter = new CsvRecordSplitter(reader, options.maxBytes());
            Optional<List<String>> header = header(file, splitter.header(), records);
            if (header.isEmpty()) {
                return;
            }
            TableRecords table = new TableRecords(header.get(), options);
            if (table.unusable().isPresent()) {
                records.accept(
                        wholeFile(file.location() + ":1", table.unusable().get()));
                return;
            }
            headerRead = true;
            Optional<RawRecord> raw;
            while ((raw = splitter.next()).isPresent()) {
                // Records before the resumed one are only cut out, not parsed: an earlier load stored them.
                if (ordinal >= skip) {
                    records.accept(record(file, raw.get(), header.get().size(), table, ordinal));
                }
                ordinal++;
            }
        } catch (NoSuchFileException | FileNotFoundException e) {
            records.accept(wholeFile(file.location(), "no such file"));
        } catch (IOException e) {
            if (!opened) {
                throw e; // the file as a whole cannot be read
            }
            records.accept(new InputRecord.Rejected(
                    InputRecord.WHOLE_INPUT,
                    Rejection.unreadableFrom(
                            headerRead ? file.location() + ":row " + (ordinal + 1) : file.location() + ":1", e)));
        }
    }

    /** The column names, or empty with the file rejected: a header too large, too wide or malformed leaves nothing to read. */
    private Optional<List<String>> header(InputFile file, Optional<RawRecord> first, Consumer<InputRecord> records) {
        String location = file.location() + ":1";
        if (first.isEmpty()) {
            return Optional.of(List.of()); // an empty file: a header with no id column
        }
        if (first.get().tooLarge()) {
            records.accept(wholeFile(
                    location, "the header is too large: over " + options.maxBytes() + " bytes; the file is not read"));
            return Optional.empty();
        }
        if (first.get().fields() > MAX_COLUMNS) {
            records.accept(wholeFile(
                    location,
                    "the header has " + first.get().fields() + " columns, more than " + MAX_COLUMNS
                            + "; the file is not read"));
            return Optional.empty();
        }
        try {
            return Optional.of(values(first.get().text().orElseThrow()));
        } catch (MalformedCsvException e) {
            records.accept(wholeFile(location, "malformed CSV header, the file is not read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private InputRecord record(InputFile file, RawRecord raw, int width, TableRecords table, long ordinal) {
        String location = file.location() + ":row " + (ordinal + 1);
        if (raw.tooLarge()) {
            return new InputRecord.Rejected(
                    ordinal, new Rejection(location, "too large: over " + options.maxBytes() + " bytes"));
        }
        List<String> row;
        try {
            // A row far wider than any header is not parsed: each field is a Java string, some fifty bytes
            // even when empty, and a row within the size limit can be millions of commas.
            row = raw.fields() <= MAX_COLUMNS ? values(raw.text().orElseThrow()) : null;
        } catch (MalformedCsvException e) {
            return new InputRecord.Rejected(
                    ordinal, new Rejection(location, "malformed CSV: " + e.getMessage(), raw.text()));
        }
        Optional<String> json = Optional.ofNullable(row).map(table::asJson);
        long fields = row == null ? raw.fields() : row.size();
        if (fields != width) {
            return new InputRecord.Rejected(
                    ordinal, new Rejection(location, "has " + fields + " fields, the header has " + width, json));
        }
        for (String value : row) {
            if (value.indexOf(NOT_UTF8) >= 0) {
                return new InputRecord.Rejected(ordinal, new Rejection(location, "not valid UTF-8", json));
            }
        }
        return table.read(ordinal, location, row);
    }

    /** The values of one record's text, parsed by Commons CSV. */
    private static List<String> values(String record) throws MalformedCsvException {
        try (CSVParser parser = CSVParser.parse(record, ONE_RECORD)) {
            List<CSVRecord> parsed = parser.getRecords();
            if (parsed.size() != 1) {
                throw new MalformedCsvException("read as " + parsed.size() + " records");
            }
            return parsed.get(0).toList();
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            // Commons CSV counts lines and positions in the text it was given, here one row's.
            throw new MalformedCsvException(String.valueOf(cause.getMessage())
                    .replaceAll(" at line: \\d+, position: (\\d+)", " at character $1 of the row"));
        }
    }

    /** A record that Commons CSV cannot read, with its reason. */
    private static final class MalformedCsvException extends Exception {
        MalformedCsvException(String message) {
            super(message);
        }
    }

    private static InputRecord wholeFile(String location, String reason) {
        return new InputRecord.Rejected(InputRecord.WHOLE_INPUT, new Rejection(location, reason));
    }
}
