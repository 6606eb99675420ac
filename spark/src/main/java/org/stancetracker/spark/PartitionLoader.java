package org.stancetracker.spark;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;
import org.stancetracker.core.article.Article;
import org.stancetracker.core.article.ArticleKey;
import org.stancetracker.db.DatabaseUnavailableException;
import org.stancetracker.db.store.ArticleStore;
import org.stancetracker.db.store.StoreOutcome;
import org.stancetracker.extraction.ExtractionRunner;
import org.stancetracker.input.InputFile;
import org.stancetracker.input.InputFormat;
import org.stancetracker.input.InputRecord;
import org.stancetracker.input.Rejection;
import org.stancetracker.input.RejectionJson;
import org.stancetracker.input.TableRecords;

/**
 * One task's work: reads its files with the readers of {@code stance load}, extracts each chunk of
 * articles and stores it with the same bulk writer ({@link ArticleStore}, {@code COPY}), one
 * transaction per chunk, and returns its rejections as rejects-file lines.
 *
 * <p>Exactly once, whatever Spark does: a task may run again after its earlier attempt committed
 * some chunks (a retry), or twice at once (speculation). Storing is idempotent (an article already
 * stored, by key or by text, is skipped in the same statement that inserts, and its stances go in only
 * with it), so a second attempt adds nothing. It is also cheap: before extracting a chunk, the task
 * asks which of its articles are stored, and extracts only the others. A task reads its files (or its
 * ranges of a file) whole every time, so that the attempt Spark keeps reports every rejection of them.
 */
final class PartitionLoader {
    /** A chunk also ends at this many characters of text, as in {@code stance load}, so large articles cannot fill the heap. */
    private static final long CHUNK_MAX_CHARS = 16L << 20;

    private final JobSettings settings;
    private final JobTally tally;
    private final ExtractionRunner runner;
    private final ArticleStore store;
    private final List<TaskOutput> outputs = new ArrayList<>();
    private final List<InputRecord.Read> chunk = new ArrayList<>();
    private long chunkChars;
    /** The byte range being read, whose rejections' lines are numbered from its start; null for a whole file. */
    private FileRange currentRange;

    private boolean committed;

    private PartitionLoader(JobSettings settings, JobTally tally, ExecutorResources resources) {
        this.settings = settings;
        this.tally = tally;
        this.runner = resources.runner();
        this.store = resources.articleStore();
    }

    /**
     * Loads the files and byte ranges of files of one partition; returns its rejections, the line breaks
     * of its ranges and, with {@code --output}, its lake rows.
     */
    static List<TaskOutput> load(
            JobSettings settings, JobTally tally, Map<String, String> hadoopSettings, List<FileRange> ranges)
            throws SQLException {
        PartitionLoader loader = new PartitionLoader(settings, tally, ExecutorResources.of(settings));
        Configuration configuration = new Configuration(false);
        hadoopSettings.forEach(configuration::set);
        for (FileRange range : ranges) {
            if (range.wholeFile()) {
                loader.loadFile(range.file().open(configuration));
            } else {
                loader.loadRange(range, range.file().open(configuration));
            }
        }
        return loader.outputs;
    }

    /**
     * Loads the rows of Parquet files in one partition, each with its file and row index; the columns
     * of the article's fields are found as in a CSV file's header ({@link TableRecords}).
     */
    static List<TaskOutput> loadRows(JobSettings settings, JobTally tally, List<String> header, Iterator<Row> rows)
            throws SQLException {
        PartitionLoader loader = new PartitionLoader(settings, tally, ExecutorResources.of(settings));
        TableRecords table = new TableRecords(header, settings.readOptions());
        int width = header.size();
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                String location = row.getString(width) + ":row " + (row.getLong(width + 1) + 1);
                List<String> values = new ArrayList<>(width);
                long chars = 0;
                for (int i = 0; i < width; i++) {
                    String value = text(row.get(i));
                    values.add(value);
                    chars += value == null ? 0 : value.length();
                }
                loader.accept(
                        chars > settings.maxBytes()
                                ? new InputRecord.Rejected(
                                        0, new Rejection(location, "too large: over " + settings.maxBytes() + " bytes"))
                                : table.unusable().isPresent()
                                        ? new InputRecord.Rejected(
                                                0,
                                                new Rejection(
                                                        location,
                                                        table.unusable().get()))
                                        : table.read(0, location, values));
            }
        } catch (StoringFailed e) {
            throw e.failure;
        }
        loader.flush();
        return loader.outputs;
    }

    /** A Parquet value as the text a CSV cell would hold: dates and times in ISO form. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        return value.toString();
    }

    private void loadFile(InputFile file) throws SQLException {
        InputFormat format = settings.formatOf(file.name());
        try {
            format.read(file, 0, settings.readOptions(), this::accept);
        } catch (IOException e) {
            reject(Rejection.unreadable(file.location(), e));
        } catch (StoringFailed e) {
            throw e.failure;
        }
        flush();
    }

    /**
     * Loads the lines that start in a byte range of a file. Its rejections are numbered from the range's
     * start, and the range's line breaks handed back with them, for the driver to number them by the file
     * ({@link RangeLineNumbers}); the records of the range are stored before the next range begins, so
     * that a rejection by the database, too, is known to be this range's.
     */
    private void loadRange(FileRange range, InputFile file) throws SQLException {
        currentRange = range;
        long lineBreaks = -1;
        try {
            lineBreaks = settings.formatOf(file.name())
                    .readRange(file, range.start(), range.end(), 0, settings.readOptions(), this::accept);
        } catch (IOException e) {
            reject(Rejection.unreadable(file.location(), e));
        } catch (StoringFailed e) {
            throw e.failure;
        }
        flush();
        outputs.add(TaskOutput.lineBreaks(
                new RangeLineNumbers.LineBreaks(range.file().uri(), range.start(), range.end(), lineBreaks)));
        currentRange = null;
    }

    private void accept(InputRecord record) {
        if (record instanceof InputRecord.Rejected rejected) {
            tally.read.add(1);
            reject(rejected.rejection());
        } else if (record instanceof InputRecord.Read read) {
            tally.read.add(1);
            chunk.add(read);
            chunkChars += read.article().text().length();
            if (chunk.size() >= settings.batchSize() || chunkChars >= CHUNK_MAX_CHARS) {
                try {
                    flush();
                } catch (SQLException e) {
                    throw new StoringFailed(e);
                }
            }
        }
    }

    private void reject(Rejection rejection) {
        tally.rejected.add(1);
        outputs.add(
                currentRange == null
                        ? TaskOutput.reject(RejectionJson.line(rejection))
                        : TaskOutput.reject(RangeLineNumbers.Reject.of(currentRange, rejection)));
    }

    private void flush() throws SQLException {
        if (chunk.isEmpty()) {
            return;
        }
        List<InputRecord.Read> records = List.copyOf(chunk);
        chunk.clear();
        chunkChars = 0;
        Map<ArticleKey, String> stored =
                store.storedHashes(records.stream().map(r -> r.article().key()).toList());
        List<InputRecord.Read> fresh = new ArrayList<>();
        List<ArticleStore.Extracted> extracted = new ArrayList<>();
        for (InputRecord.Read record : records) {
            Article article = record.article();
            String hash = stored.get(article.key());
            if (hash == null) {
                ExtractionRunner.Result result = runner.run(article);
                fresh.add(record);
                extracted.add(new ArticleStore.Extracted(article, result.stances(), result.failures()));
                if (settings.lakeOutput()) {
                    outputs.add(TaskOutput.article(LakeRows.article(article)));
                    LakeRows.findings(result.stances()).forEach(row -> outputs.add(TaskOutput.finding(row)));
                }
            } else {
                count(
                        record,
                        null,
                        ArticleStore.ArticleResult.of(
                                hash.equals(article.contentHash().hex())
                                        ? StoreOutcome.ALREADY_PRESENT
                                        : StoreOutcome.CHANGED_TEXT));
            }
        }
        if (extracted.isEmpty()) {
            return;
        }
        // One article the database refuses must not stop the others: stored one by one, only it is rejected.
        List<ArticleStore.ArticleResult> results = store.storeEach(extracted, Optional.empty(), refused -> {});
        for (int i = 0; i < results.size(); i++) {
            count(fresh.get(i), extracted.get(i), results.get(i));
        }
        failOnceAfterCommitIfAsked();
    }

    private void count(InputRecord.Read record, ArticleStore.Extracted extracted, ArticleStore.ArticleResult result) {
        Optional<String> rejection = result.rejection(record.article().key());
        if (rejection.isPresent()) {
            reject(new Rejection(record.location(), rejection.get()));
            return;
        }
        switch (result.outcome().orElseThrow()) {
            case STORED -> {
                tally.loaded.add(1);
                tally.stances.add(extracted.stances().size());
                extracted
                        .failures()
                        .forEach(f -> tally.failures.add(f.extractor().name()));
            }
            case ALREADY_PRESENT -> tally.skipped.add(1);
            default -> throw new IllegalStateException(result.outcome().get().name());
        }
    }

    /** The test hook of {@link JobSettings#failOnceAfterCommit()}: the first attempt dies after its first commit. */
    private void failOnceAfterCommitIfAsked() {
        if (settings.failOnceAfterCommit() && !committed) {
            committed = true;
            TaskContext task = TaskContext.get();
            if (task != null && task.attemptNumber() == 0) {
                throw new IllegalStateException("failing on purpose after a commit (attempt 0 of partition "
                        + task.partitionId() + "), to test that the retry adds nothing");
            }
        }
    }

    /** Carries a failure to store out of the readers' callback, which cannot throw checked exceptions. */
    private static final class StoringFailed extends RuntimeException {
        final SQLException failure;

        StoringFailed(SQLException failure) {
            super(failure);
            this.failure = failure;
        }
    }

    static DatabaseUnavailableException storingFailed(SQLException failure) {
        return new DatabaseUnavailableException(
                "storing articles failed: "
                        + String.valueOf(failure.getMessage())
                                .lines()
                                .findFirst()
                                .orElse(""),
                failure);
    }
}
