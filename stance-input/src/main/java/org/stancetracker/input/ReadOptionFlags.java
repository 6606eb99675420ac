package org.stancetracker.input;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The command-line options of how records are read ({@code --source}, {@code --published},
 * {@code --column}, {@code --max-size}), one picocli mixin for every command that reads articles
 * ({@code stance load}, {@code stance-spark}), so that they take the same options, with the same
 * defaults and the same checks.
 */
public final class ReadOptionFlags {
    @Option(
            names = "--source",
            defaultValue = "files",
            description = "Source of articles whose record names none (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(
            names = "--published",
            paramLabel = "YYYY-MM-DD",
            description = "Publication date of articles whose record gives none.")
    LocalDate published;

    @Option(
            names = "--column",
            paramLabel = "FIELD=HEADER",
            description =
                    "For CSV (and, in the Spark job, Parquet): the column holding a field (id, text, date, title, source, url); repeatable.")
    Map<String, String> columns = new LinkedHashMap<>();

    @Option(
            names = "--max-size",
            defaultValue = "5242880",
            paramLabel = "BYTES",
            description =
                    "Largest record accepted, in bytes once unpacked: a text file, a JSON line, a CSV row or header; "
                            + "a larger one is rejected as it is read, never held whole (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    /**
     * The options as the readers take them.
     *
     * @throws IllegalArgumentException in the options' words, for a column of no field or an implausible date
     */
    public ReadOptions readOptions() {
        return new ReadOptions(source, Optional.ofNullable(published), maxBytes, columns);
    }
}
