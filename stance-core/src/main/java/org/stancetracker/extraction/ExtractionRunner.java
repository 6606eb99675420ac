package org.stancetracker.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.stancetracker.core.article.Article;
import org.stancetracker.core.stance.Stance;
import org.stancetracker.spi.ArticleText;
import org.stancetracker.spi.ReferenceData;
import org.stancetracker.spi.StanceCandidate;

/**
 * Runs every extractor over an article and turns their candidates into stances. An extractor that
 * throws, or returns a candidate that breaks the SPI contract, is reported and the others carry on.
 * Thread-safe when the extractors are, as the SPI requires.
 */
public final class ExtractionRunner {
    private final List<LoadedExtractor> extractors;
    private final ReferenceData referenceData;

    public ExtractionRunner(List<LoadedExtractor> extractors, ReferenceData referenceData) {
        this.extractors = List.copyOf(extractors);
        this.referenceData = referenceData;
    }

    /** The stances, and a problem per extractor that failed or misbehaved on this article. */
    public record Result(List<Stance> stances, List<String> problems) {
    }

    public Result run(Article article) {
        ArticleText text = new ArticleText(article.text(), article.published(), article.key().source());
        List<Stance> stances = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (LoadedExtractor loaded : extractors) {
            List<StanceCandidate> candidates;
            try {
                candidates = loaded.extractor().extract(text);
            } catch (RuntimeException | StackOverflowError e) {
                problems.add("extractor '" + loaded.ref().name() + "' failed on " + article.key() + ": " + e);
                continue;
            }
            for (StanceCandidate candidate : candidates) {
                String violation = violation(candidate, article);
                if (violation != null) {
                    problems.add("extractor '" + loaded.ref().name() + "' gave an invalid stance on " + article.key() + ": " + violation);
                    continue;
                }
                stances.add(new Stance(article.key(), candidate.actor(), candidate.topic(), candidate.position(),
                        candidate.polarity(), candidate.date(), candidate.evidence(), loaded.ref(), candidate.confidence()));
            }
        }
        return new Result(stances, problems);
    }

    private String violation(StanceCandidate candidate, Article article) {
        int end = candidate.evidence().end();
        if (end > article.text().length()
                || !article.text().regionMatches(candidate.evidence().start(), candidate.evidence().text(), 0, candidate.evidence().text().length())) {
            return "evidence " + candidate.evidence().start() + ".." + end + " is not a span of the text";
        }
        if (referenceData.actors().actor(candidate.actor()).isEmpty()) {
            return "unknown actor " + candidate.actor();
        }
        if (referenceData.topic(candidate.topic()).flatMap(t -> t.position(candidate.position())).isEmpty()) {
            return "unknown position " + candidate.topic() + "/" + candidate.position();
        }
        if (candidate.date().date().isPresent() && article.published().isPresent()) {
            LocalDate date = candidate.date().date().get();
            if (date.isAfter(article.published().get())) {
                return "date " + date + " is after the publication date " + article.published().get();
            }
        }
        return null;
    }
}
