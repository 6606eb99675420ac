package org.stancetracker.benchmarks.perentity;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Future;
import org.stancetracker.core.article.Article;
import org.stancetracker.db.Database;
import org.stancetracker.db.DatabaseSettings;
import org.stancetracker.db.reference.ReferenceDataFile;
import org.stancetracker.db.reference.ReferenceDataLoader;
import org.stancetracker.db.store.ArticleStore.Extracted;

/**
 * The whole load of a JSON Lines corpus with per-entity writes: {@code PerEntityLoad FILE}. Start-up,
 * reading, batches of 500, extraction on all cores overlapping the writes, and one transaction per
 * batch with its progress mark are as in {@code stance load}; only the writes differ
 * ({@link PerEntityWriter}). The database is the one {@code ./stance} would use (STANCE_HOME or
 * STANCE_DB_URL). Prints a summary in the same form as {@code stance load}.
 */
public final class PerEntityLoad {
    private PerEntityLoad() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long started = System.nanoTime();
        try (Database database = Database.open(DatabaseSettings.fromEnvironment())) {
            database.migrate();
            new ReferenceDataLoader(database.dataSource()).load(ReferenceDataFile.bundled());
            long[] tally = new long[2];
            try (Corpus corpus = new Corpus(file); PerEntityWriter writer = new PerEntityWriter(database)) {
                Future<List<Extracted>> pending = null;
                long pendingMark = 0;
                for (List<Article> batch = corpus.nextBatch(); ; batch = corpus.nextBatch()) {
                    List<Article> toExtract = batch;
                    // The next batch is extracted while this one is written, as in stance load.
                    Future<List<Extracted>> next = batch.isEmpty() ? null : corpus.pool().submit(() -> corpus.extract(toExtract));
                    if (pending != null) {
                        add(tally, writer.write(pending.get(), file.toString(), pendingMark));
                    }
                    if (next == null) {
                        break;
                    }
                    pending = next;
                    pendingMark = corpus.records();
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.println(String.format(Locale.ROOT, "loaded %d, stances %d, in %.1f s (%.1f articles/s, %.1f stances/s)",
                    tally[0], tally[1], seconds, tally[0] / seconds, tally[1] / seconds));
        }
    }

    static void add(long[] tally, long[] stored) {
        tally[0] += stored[0];
        tally[1] += stored[1];
    }
}
