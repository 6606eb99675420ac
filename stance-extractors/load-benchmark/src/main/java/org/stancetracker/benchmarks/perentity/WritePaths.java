package org.stancetracker.benchmarks.perentity;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.stancetracker.core.article.Article;
import org.stancetracker.db.Database;
import org.stancetracker.db.DatabaseSettings;
import org.stancetracker.db.reference.ReferenceDataFile;
import org.stancetracker.db.reference.ReferenceDataLoader;
import org.stancetracker.db.store.ArticleStore;
import org.stancetracker.db.store.ArticleStore.Extracted;

/**
 * The write paths alone, on the same extracted articles: {@code WritePaths FILE [bulk]} ({@code bulk}:
 * the bulk path only). Extracts the corpus
 * once into memory (so give it a heap for that), then writes it with the bulk {@link ArticleStore}
 * of {@code stance load} and with {@link PerEntityWriter}, each into emptied tables, in batches of 500
 * with their progress marks, and prints both rates. End-to-end loads are extraction-bound on two
 * cores; this shows what the choice of write path costs by itself.
 */
public final class WritePaths {
    private WritePaths() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        List<List<Extracted>> batches = new ArrayList<>();
        long articles = 0;
        long stances = 0;
        try (Corpus corpus = new Corpus(file)) {
            for (List<Article> batch = corpus.nextBatch(); !batch.isEmpty(); batch = corpus.nextBatch()) {
                List<Extracted> extracted = corpus.extract(batch);
                batches.add(extracted);
                articles += extracted.size();
                stances += extracted.stream().mapToLong(e -> e.stances().size()).sum();
            }
        }
        try (Database database = Database.open(DatabaseSettings.fromEnvironment())) {
            database.migrate();
            new ReferenceDataLoader(database.dataSource()).load(ReferenceDataFile.bundled());
            empty(database);
            ArticleStore store = new ArticleStore(database.dataSource());
            long started = System.nanoTime();
            for (int i = 0; i < batches.size(); i++) {
                store.store(batches.get(i), Optional.of(new ArticleStore.ProgressMark("bulk:" + file, (i + 1L) * Corpus.BATCH_SIZE)));
            }
            report("bulk (stance load: unnest and COPY, 4 round trips per batch)", articles, stances, System.nanoTime() - started);
            if (args.length > 1 && args[1].equals("bulk")) {
                return;
            }
            empty(database);
            try (PerEntityWriter writer = new PerEntityWriter(database)) {
                started = System.nanoTime();
                for (int i = 0; i < batches.size(); i++) {
                    writer.write(batches.get(i), "per-entity:" + file, (i + 1L) * Corpus.BATCH_SIZE);
                }
                report("per-entity (Hibernate persist)", articles, stances, System.nanoTime() - started);
            }
        }
    }

    private static void empty(Database database) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE article, stance, stance_evidence, load_progress");
        }
    }

    private static void report(String path, long articles, long stances, long nanos) {
        double seconds = nanos / 1e9;
        System.out.println(String.format(Locale.ROOT, "write path %s: %d articles, %d stances in %.1f s (%.1f articles/s, %.1f stances/s)",
                path, articles, stances, seconds, articles / seconds, stances / seconds));
    }
}
