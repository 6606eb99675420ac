package org.stancetracker.api.article;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stancetracker.core.article.Article;
import org.stancetracker.db.reference.ReferenceDataFile;
import org.stancetracker.db.store.ArticleStore;
import org.stancetracker.db.store.StoreOutcome;
import org.stancetracker.extraction.ExtractionRunner;
import org.stancetracker.extraction.ExtractorRegistry;
import org.stancetracker.spi.ReferenceData;

/** Extracts an article with the built-in extractors and stores it with its stances, as a load of one. */
@ApplicationScoped
public class ArticleIntake {
    private final AgroalDataSource dataSource;
    private ExtractionRunner runner;

    public ArticleIntake(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @PostConstruct
    void loadExtractors() {
        ReferenceData referenceData = ReferenceDataFile.bundled().data();
        runner = new ExtractionRunner(ExtractorRegistry.load(ArticleIntake.class.getClassLoader(), Optional.empty(), referenceData,
                Map.of()).extractors(), referenceData);
    }

    public StoreOutcome submit(Article article) throws SQLException {
        ExtractionRunner.Result result = runner.run(article);
        List<StoreOutcome> outcomes = new ArticleStore(dataSource).store(List.of(new ArticleStore.Extracted(article, result.stances())));
        return outcomes.get(0);
    }
}
