package org.stancetracker.extractors.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.stancetracker.core.article.Article;
import org.stancetracker.core.article.ArticleKey;
import org.stancetracker.core.article.PlainTextArticle;
import org.stancetracker.core.evaluation.Evaluation;
import org.stancetracker.core.evaluation.Judged;
import org.stancetracker.core.evaluation.Scorer;
import org.stancetracker.core.evaluation.StanceKey;
import org.stancetracker.db.gold.GoldFile;
import org.stancetracker.spi.ArticleText;
import org.stancetracker.spi.Extractor;
import org.stancetracker.spi.StanceCandidate;

/**
 * The gold set of the sample corpus ({@code stance.samples.dir}), and extractors scored on it the
 * way {@code stance evaluate} scores stored stances.
 */
public final class GoldSet {
    /** The actors the gold README scores; stances of others are ignored, not counted wrong. */
    public static final Set<String> SCORED_ACTORS = Set.of("TUR", "RUS", "IRN", "SYR", "USA", "GBR", "FRA", "ISR", "UN", "EU");

    private final GoldFile gold;
    private final Path corpus;

    private GoldSet(GoldFile gold, Path corpus) {
        this.gold = gold;
        this.corpus = corpus;
    }

    /** The sample corpus's gold set, when the build says where it is. */
    public static Optional<GoldSet> samples() {
        return named("idlib-2018-seeds");
    }

    /**
     * A gold set of the samples directory ({@code stance.samples.dir}): the articles in
     * {@code NAME/} and their gold stances in {@code gold/NAME.json}.
     */
    public static Optional<GoldSet> named(String name) {
        String samples = System.getProperty("stance.samples.dir");
        if (samples == null) {
            return Optional.empty();
        }
        Path dir = Path.of(samples);
        try {
            return Optional.of(new GoldSet(GoldFile.read(dir.resolve("gold/" + name + ".json")), dir.resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Evaluation score(List<Extractor> extractors) {
        List<Judged> predictions = new ArrayList<>();
        for (GoldFile.GoldArticle goldArticle : gold.articles()) {
            Article article = article(goldArticle.id());
            ArticleText text = new ArticleText(article.text(), article.published(), "samples");
            for (Extractor extractor : extractors) {
                for (StanceCandidate c : extractor.extract(text)) {
                    predictions.add(Judged.predicted(new StanceKey(goldArticle.id(), c.actor().value(), c.position().value(),
                            c.polarity().word()), c.date().date(), c.evidence().text(), Optional.empty()));
                }
            }
        }
        return new Scorer(SCORED_ACTORS).score(gold.articleIds(), gold.stances(), predictions);
    }

    private Article article(String id) {
        try {
            return PlainTextArticle.parse(new ArticleKey("samples", id), Files.readString(corpus.resolve(id)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
