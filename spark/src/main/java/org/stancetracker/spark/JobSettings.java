package org.stancetracker.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stancetracker.input.InputFormat;
import org.stancetracker.input.ReadOptions;

/**
 * What every task of one job needs to know, sent with the tasks: where the database is, how to read
 * the input, and which extractors to run with which settings. A record, so that equal settings are
 * equal and an executor builds its extractors once per job ({@link ExecutorResources}).
 *
 * @param format the format of every input, or null to go by each file's name
 * @param published the publication date (ISO) of records that give none, or null
 * @param pluginJars file names of the plugin jars shipped with the job ({@code SparkContext.addFile})
 * @param onlyExtractor for re-extraction, the one extractor to run; null to run all
 * @param lakeOutput whether tasks hand back the articles and findings for {@code --output}
 * @param failOnceAfterCommit for tests of Spark's retries: the first attempt of every task fails
 *     just after its first commit
 */
record JobSettings(
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        String format,
        String source,
        String published,
        long maxBytes,
        Map<String, String> columns,
        int batchSize,
        Map<String, String> extractorSettings,
        List<String> pluginJars,
        String onlyExtractor,
        boolean lakeOutput,
        boolean failOnceAfterCommit)
        implements Serializable {
    JobSettings {
        columns = Map.copyOf(columns);
        extractorSettings = Map.copyOf(extractorSettings);
        pluginJars = List.copyOf(pluginJars);
    }

    ReadOptions readOptions() {
        return new ReadOptions(source, Optional.ofNullable(published).map(LocalDate::parse), maxBytes, columns);
    }

    InputFormat formatOf(String fileName) {
        return format == null ? InputFormat.of(fileName) : InputFormat.parse(format);
    }

    /** Whether a file is Parquet, which Spark reads itself: by {@code --format parquet}, or by its name. */
    boolean isParquet(String fileName) {
        return format == null
                ? fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".parquet")
                : format.equals(PARQUET);
    }

    static final String PARQUET = "parquet";
}
