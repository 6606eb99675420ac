package org.stancetracker.api.article;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.jboss.logging.Logger;
import org.stancetracker.core.article.Article;
import org.stancetracker.db.DatabaseSettings;
import org.stancetracker.db.reference.ReferenceDataFile;
import org.stancetracker.db.store.ArticleStore;
import org.stancetracker.db.store.StoreOutcome;
import org.stancetracker.extraction.ExtractionRunner;
import org.stancetracker.extraction.ExtractorFailure;
import org.stancetracker.extraction.ExtractorRegistry;
import org.stancetracker.extraction.ExtractorSetup;
import org.stancetracker.spi.ReferenceData;

/**
 * Extracts an article with the installation's extractors (built-in and plugins, set up as the CLI's
 * are) and stores it with its stances, as a load of one. An extractor that fails is logged with its
 * stack trace, counted in the {@code stance.extractor.failures} metric, and recorded with the stored
 * article, for {@code ./stance extract --failed} to run again.
 */
@Startup // the plugins are loaded at start: one that cannot be loaded stops the API there, naming its jar
@ApplicationScoped
public class ArticleIntake {
    private static final Logger LOG = Logger.getLogger(ArticleIntake.class);

    private final AgroalDataSource dataSource;
    private final MeterRegistry metrics;
    private final ExtractionRunner runner;

    public ArticleIntake(AgroalDataSource dataSource, MeterRegistry metrics, ExtractorsConfig config) {
        this.dataSource = dataSource;
        this.metrics = metrics;
        ReferenceData referenceData = ReferenceDataFile.bundled().data();
        ExtractorSetup setup = ExtractorSetup.of(
                DatabaseSettings.fromEnvironment().home(), config.plugins().map(Path::of), config.setting());
        ExtractorRegistry registry = setup.load(ArticleIntake.class.getClassLoader(), referenceData);
        registry.extractors().forEach(e -> LOG.infof("Extractor %s", e.description()));
        runner = new ExtractionRunner(registry.extractors(), referenceData);
    }

    /** What a submission did: its outcome, and the extractors that failed on the article when it was stored. */
    public record Submitted(StoreOutcome outcome, List<String> failedExtractors) {}

    public Submitted submit(Article article) throws SQLException {
        ExtractionRunner.Result result = runner.run(article);
        List<StoreOutcome> outcomes = new ArticleStore(dataSource)
                .store(List.of(new ArticleStore.Extracted(article, result.stances(), result.failures())));
        StoreOutcome outcome = outcomes.get(0);
        if (outcome != StoreOutcome.STORED) {
            return new Submitted(outcome, List.of()); // nothing of this extraction was stored, its failures included
        }
        for (ExtractorFailure failure : result.failures()) {
            metrics.counter(
                            "stance.extractor.failures",
                            "extractor",
                            failure.extractor().name())
                    .increment();
            LOG.warnf(
                    failure.cause().orElse(null),
                    "%s; recorded, for ./stance extract --failed to run it again",
                    failure.message());
        }
        return new Submitted(
                outcome,
                result.failures().stream().map(f -> f.extractor().name()).toList());
    }
}
