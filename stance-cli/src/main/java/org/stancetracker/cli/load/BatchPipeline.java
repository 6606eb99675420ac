package org.stancetracker.cli.load;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import org.stancetracker.cli.FailureReport;
import org.stancetracker.core.article.Article;
import org.stancetracker.db.DatabaseUnavailableException;
import org.stancetracker.db.store.ArticleStore;
import org.stancetracker.extraction.ExtractionRunner;
import org.stancetracker.input.InputRecord;
import org.stancetracker.input.Rejection;

/**
 * Groups read articles into batches, extracts each batch in parallel on all cores, and hands it to one
 * writer thread that commits batches in order, each with its input's progress mark. While one batch
 * is extracted and another committed, the next is read; at most three are in flight, so memory stays flat.
 * A batch the database refuses is stored one article at a time, and only the articles it refuses are
 * rejected, each at its file and line. The extractors that failed on an article are stored with it,
 * and counted and reported once it is stored.
 */
final class BatchPipeline implements AutoCloseable {
    private static final int BATCHES_IN_FLIGHT = 3;
    /** A batch also ends at this many characters of text, so that large articles cannot fill the heap. */
    private static final long BATCH_MAX_CHARS = 16L << 20;

    private final ExtractionRunner runner;
    private final Optional<ArticleStore> store;
    private final int batchSize;
    private final LoadTally tally;
    private final RejectsWriter rejects;
    private final Progress progress;
    private final PrintWriter diagnostics;
    private final FailureReport failures;
    private final ForkJoinPool extraction =
            new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> new Thread(r, "stance-writer"));
    private final Deque<Future<?>> inFlight = new ArrayDeque<>();

    private List<InputRecord.Read> batch = new ArrayList<>();
    private long batchChars;
    private Optional<String> inputKey = Optional.empty();
    private long nextOrdinal;

    BatchPipeline(
            ExtractionRunner runner,
            Optional<ArticleStore> store,
            int batchSize,
            LoadTally tally,
            RejectsWriter rejects,
            Progress progress,
            PrintWriter diagnostics,
            FailureReport failures) {
        this.runner = runner;
        this.store = store;
        this.batchSize = batchSize;
        this.tally = tally;
        this.rejects = rejects;
        this.progress = progress;
        this.diagnostics = diagnostics;
        this.failures = failures;
    }

    void startInput(Optional<String> key, long skip) {
        if (key.isPresent() && !batch.isEmpty()) {
            // Files of one article each share batches; a file of many records starts its own, so that its
            // progress mark commits with its own records only.
            flush();
        }
        inputKey = key;
        nextOrdinal = skip;
    }

    void accept(InputRecord record) {
        tally.countRead();
        if (record.ordinal() != InputRecord.WHOLE_INPUT) {
            nextOrdinal = record.ordinal() + 1;
        }
        if (record instanceof InputRecord.Rejected rejected) {
            rejects.reject(rejected.rejection());
        } else if (record instanceof InputRecord.Read read) {
            batch.add(read);
            batchChars += read.article().text().length();
            if (batch.size() >= batchSize || batchChars >= BATCH_MAX_CHARS) {
                flush();
            }
        }
        progress.update();
    }

    void reject(Rejection rejection) {
        tally.countRead();
        rejects.reject(rejection);
    }

    /**
     * The end of an input: the last batch of a file of many records commits with the mark of its last
     * record. A file of one article (a text file) needs no mark: its article goes on in the batch with
     * the next files', as JSON Lines records do, instead of a transaction of its own.
     */
    void endInput() {
        if (inputKey.isPresent()) {
            flush();
        }
    }

    private void flush() {
        List<InputRecord.Read> records = batch;
        batch = new ArrayList<>();
        batchChars = 0;
        Optional<ArticleStore.ProgressMark> mark = inputKey.map(key -> new ArticleStore.ProgressMark(key, nextOrdinal));
        if (records.isEmpty() && mark.isEmpty()) {
            return;
        }
        awaitRoom();
        // Extraction runs while the next batch is read; the writer takes batches in the order they were read.
        Future<List<ArticleStore.Extracted>> extracted = extraction.submit(() -> extract(records));
        inFlight.add(writer.submit(() -> {
            write(records, extracted.get(), mark);
            return null;
        }));
    }

    private List<ArticleStore.Extracted> extract(List<InputRecord.Read> records) throws SQLException {
        // Articles already stored under their key with the same text are not extracted again: a resumed
        // load of a directory skips what an earlier one stored without reading it closely a second time.
        Map<org.stancetracker.core.article.ArticleKey, String> stored = store.isEmpty()
                ? Map.of()
                : store.get()
                        .storedHashes(
                                records.stream().map(r -> r.article().key()).toList());
        return records.parallelStream()
                .map(r -> {
                    Article article = r.article();
                    if (article.contentHash().hex().equals(stored.get(article.key()))) {
                        return new ArticleStore.Extracted(article, List.of(), List.of());
                    }
                    ExtractionRunner.Result result = runner.run(article);
                    return new ArticleStore.Extracted(article, result.stances(), result.failures());
                })
                .toList();
    }

    /** Stores a batch; {@code records} are what its articles were read from, in the same order. */
    private void write(
            List<InputRecord.Read> records,
            List<ArticleStore.Extracted> extracted,
            Optional<ArticleStore.ProgressMark> mark)
            throws SQLException {
        if (store.isEmpty()) {
            tally.loaded(
                    extracted.size(),
                    extracted.stream().mapToLong(e -> e.stances().size()).sum());
            extracted.forEach(e -> e.failures().forEach(failures::count));
            return;
        }
        // A batch the database refuses may hold one article it cannot take (a value too large for an index, a
        // constraint the loader cannot know of): stored one by one, that article is rejected with the database's
        // reason and the others are stored, so that no record can stop a load, or block every run of it again at
        // the same batch.
        List<ArticleStore.ArticleResult> results =
                store.get().storeEach(extracted, mark, refused -> warnOneByOne(extracted.size(), refused));
        for (int i = 0; i < results.size(); i++) {
            count(records.get(i), extracted.get(i), results.get(i));
        }
    }

    private void warnOneByOne(int articles, SQLException batchFailure) {
        synchronized (diagnostics) {
            diagnostics.println("warning: the database refused a batch of " + articles + " articles ("
                    + String.valueOf(batchFailure.getMessage())
                            .lines()
                            .findFirst()
                            .orElse("") + "); storing them one by one");
        }
    }

    private void count(InputRecord.Read record, ArticleStore.Extracted extracted, ArticleStore.ArticleResult result) {
        Optional<String> rejection = result.rejection(extracted.article().key());
        if (rejection.isPresent()) {
            rejects.reject(new Rejection(record.location(), rejection.get()));
            return;
        }
        switch (result.outcome().orElseThrow()) {
            case STORED -> {
                tally.loaded(1, extracted.stances().size());
                // Stored with the article; an article skipped or refused keeps what it had, so its failures are not
                // counted.
                extracted.failures().forEach(failures::count);
            }
            case ALREADY_PRESENT -> tally.skipped();
            default -> throw new IllegalStateException(result.outcome().get().name());
        }
    }

    private void awaitRoom() {
        while (inFlight.size() >= BATCHES_IN_FLIGHT) {
            await(inFlight.removeFirst());
        }
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof ExecutionException inner ? inner.getCause() : e.getCause();
            if (cause instanceof SQLException sql) {
                throw storingFailed(sql);
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("loading failed: " + cause, cause);
        }
    }

    /**
     * A failure to store that ends the load, in one line: the server's first line, and that the load
     * resumes. Every batch commits with its input's progress mark, so nothing committed is lost.
     */
    static DatabaseUnavailableException storingFailed(SQLException failure) {
        String reason = String.valueOf(failure.getMessage()).lines().findFirst().orElse("");
        return new DatabaseUnavailableException(
                "storing articles failed: " + reason
                        + "; the batches committed before are kept, and running the same load again resumes after them",
                failure);
    }

    @Override
    public void close() {
        if (!batch.isEmpty()) {
            flush(); // the text files read last
        }
        try {
            while (!inFlight.isEmpty()) {
                await(inFlight.removeFirst());
            }
        } finally {
            writer.shutdown();
            extraction.shutdown();
        }
    }
}
