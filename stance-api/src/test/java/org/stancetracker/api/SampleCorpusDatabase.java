package org.stancetracker.api;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.stancetracker.core.article.Article;
import org.stancetracker.core.article.ArticleKey;
import org.stancetracker.core.article.PlainTextArticle;
import org.stancetracker.db.Database;
import org.stancetracker.db.DatabaseSettings;
import org.stancetracker.db.reference.ReferenceDataFile;
import org.stancetracker.db.reference.ReferenceDataLoader;
import org.stancetracker.db.store.ArticleStore;
import org.stancetracker.extraction.ExtractionRunner;
import org.stancetracker.extraction.ExtractorRegistry;

/**
 * A real PostgreSQL (the embedded one, in a fresh home) holding the sample corpus as the CLI would
 * load it: the built-in extractors run over the five sample articles and the three Russia articles.
 */
public class SampleCorpusDatabase implements QuarkusTestResourceLifecycleManager {
    /** The sample corpus, and three reports of Russia's turns on an Idlib offensive (September 2018 to March 2019). */
    static final List<String> SETS = List.of("idlib-2018-seeds", "russia-2018-2019");

    private Path home;
    private Database database;

    @Override
    public Map<String, String> start() {
        try {
            home = Files.createTempDirectory("stance-api-test");
            database = Database.open(DatabaseSettings.embeddedAt(home));
            database.migrate();
            ReferenceDataFile reference = ReferenceDataFile.bundled();
            new ReferenceDataLoader(database.dataSource()).load(reference);
            ExtractionRunner runner = new ExtractionRunner(
                    ExtractorRegistry.load(
                                    getClass().getClassLoader(), java.util.Optional.empty(), reference.data(), Map.of())
                            .extractors(),
                    reference.data());
            List<ArticleStore.Extracted> batch = new ArrayList<>();
            for (String set : SETS) {
                try (Stream<Path> files = Files.list(samples().resolve(set))) {
                    for (Path file : files.sorted().toList()) {
                        Article article = PlainTextArticle.parse(
                                new ArticleKey("files", file.getFileName().toString()), Files.readString(file));
                        batch.add(new ArticleStore.Extracted(
                                article, runner.run(article).stances()));
                    }
                }
            }
            new ArticleStore(database.dataSource()).store(batch);
            return Map.of(
                    "quarkus.datasource.jdbc.url",
                    database.url(),
                    "quarkus.datasource.username",
                    database.user(),
                    "quarkus.datasource.password",
                    database.password());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (database != null) {
            database.close();
        }
    }

    static Path samples() {
        return Path.of(System.getProperty("stance.samples.dir"));
    }
}
