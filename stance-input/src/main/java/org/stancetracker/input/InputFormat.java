package org.stancetracker.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/** A kind of input file, and how to read its records in order, streaming. */
public enum InputFormat {
    /** One plain-text article per file; the file name is the external id. */
    TXT(false),
    /** JSON Lines, one article per line: id, text, and optional title, published, source, url. */
    JSONL(true),
    /** CSV with a header row; columns found by their usual names or by --column. */
    CSV(true);

    private final boolean manyRecords;

    InputFormat(boolean manyRecords) {
        this.manyRecords = manyRecords;
    }

    /** Whether a file holds many records, so that a resumed load continues inside it. */
    public boolean manyRecords() {
        return manyRecords;
    }

    /**
     * Whether an uncompressed file of this format can be read in byte ranges, each by its own reader:
     * JSON Lines only, where every line is one record and a line break ends it. A CSV line break may
     * lie inside a quoted field, which only a reader that started at the file's first byte can tell;
     * a text file is one article.
     */
    public boolean readsInRanges() {
        return this == JSONL;
    }

    /** The format a file's name says: .jsonl, .ndjson, .csv, each optionally .gz; anything else is text. */
    public static InputFormat of(Path file) {
        return of(file.getFileName().toString());
    }

    /** The format a file name says, as {@link #of(Path)}. */
    public static InputFormat of(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JSONL;
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        return TXT;
    }

    public static InputFormat parse(String word) {
        try {
            return valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("format '" + word + "' is not one of txt, jsonl, csv");
        }
    }

    /**
     * Reads the records of a file in order, handing each to the consumer, from record {@code skip} on
     * (earlier ones were stored by an earlier load). Bad records are handed over as rejections; a file
     * that cannot be read at all is one rejection.
     */
    public void read(Path file, long skip, ReadOptions options, Consumer<InputRecord> records) throws IOException {
        read(InputFile.of(file), skip, options, records);
    }

    /**
     * Reads the records that start in bytes {@code [start, end)} of an uncompressed file, each whole
     * even where it runs past {@code end}: ranges that tile a file read each of its records once (the
     * rule of Hadoop's {@code LineRecordReader}). Only for a format that {@link #readsInRanges()}.
     *
     * @param linesBefore the line breaks before {@code start}, so that locations name the file's own
     *     line numbers; 0 numbers them from the range's start (line 1 being the one that holds byte {@code start})
     * @return the line breaks in {@code [start, end)}, from which later ranges' {@code linesBefore} add up
     */
    public long readRange(
            InputFile file, long start, long end, long linesBefore, ReadOptions options, Consumer<InputRecord> records)
            throws IOException {
        if (!readsInRanges()) {
            throw new IllegalStateException(name() + " is not read in ranges");
        }
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("not a byte range: [" + start + ", " + end + ")");
        }
        return new JsonLinesReader(options).readRange(file, start, end, linesBefore, records);
    }

    /** Reads the records of a file stored anywhere, as {@link #read(Path, long, ReadOptions, Consumer)}. */
    public void read(InputFile file, long skip, ReadOptions options, Consumer<InputRecord> records) throws IOException {
        switch (this) {
            case TXT -> new TextReader(options).read(file, skip, records);
            case JSONL -> new JsonLinesReader(options).read(file, skip, records);
            case CSV -> new CsvReader(options).read(file, skip, records);
            default -> throw new IllegalStateException(name());
        }
    }
}
