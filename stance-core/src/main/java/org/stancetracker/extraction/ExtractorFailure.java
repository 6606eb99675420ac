package org.stancetracker.extraction;

import java.util.List;
import java.util.Optional;
import org.stancetracker.core.article.ArticleKey;
import org.stancetracker.core.stance.ExtractorRef;

/**
 * One extractor failed on one article: it threw (a bug, or a class missing from its jar), or it gave
 * stances the SPI forbids, which were dropped. A run gives at most one per extractor and article.
 *
 * @param reason what went wrong, in one line, for summaries and for the record of failures
 * @param cause what the extractor threw, for a stack trace; empty when it gave invalid stances
 */
public record ExtractorFailure(ExtractorRef extractor, ArticleKey article, String reason, Optional<Throwable> cause) {
    public ExtractorFailure {
        reason = reason.lines().findFirst().orElse("");
    }

    static ExtractorFailure threw(ExtractorRef extractor, ArticleKey article, Throwable thrown) {
        return new ExtractorFailure(extractor, article, String.valueOf(thrown), Optional.of(thrown));
    }

    static ExtractorFailure invalidStances(ExtractorRef extractor, ArticleKey article, List<String> violations) {
        String reason = "gave an invalid stance: " + violations.get(0)
                + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "");
        return new ExtractorFailure(extractor, article, reason, Optional.empty());
    }

    /** The failure in a sentence that names the extractor and the article. */
    public String message() {
        return "extractor '" + extractor.name() + "' failed on " + article + ": " + reason;
    }
}
