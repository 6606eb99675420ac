package org.stancetracker.spi;

import static org.stancetracker.spi.Stability.Status.STABLE;

import java.time.LocalDate;
import java.util.Optional;
import org.stancetracker.spi.internal.Require;

/**
 * What an extractor reads of an article.
 *
 * @param text the full text, offsets into which are evidence offsets
 * @param published the publication date, from which relative dates ("on Friday") are resolved: the
 *     day the text's own dateline gives, where it has one, else the record's publication field
 *     (since 2.1); empty when unknown, and then such dates stay unknown
 * @param source where the article came from ("reuters", a file's folder); for extractors that
 *     weigh sources differently
 * @since 1.0
 */
@Stability(status = STABLE, since = "1.0")
public record ArticleText(String text, Optional<LocalDate> published, String source) {
    public ArticleText {
        Require.present(text, "text");
        Require.present(published, "published");
        Require.present(source, "source");
    }
}
