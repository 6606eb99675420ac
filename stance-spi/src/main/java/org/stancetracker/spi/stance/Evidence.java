package org.stancetracker.spi.stance;

import static org.stancetracker.spi.Stability.Status.STABLE;

import org.stancetracker.spi.Stability;
import org.stancetracker.spi.internal.Require;

/**
 * The words of an article that show a stance: a sentence or a quote, with its character offsets
 * into the article's text, {@code text.equals(article.substring(start, end))}.
 *
 * @since 2.0
 */
@Stability(status = STABLE, since = "2.0")
public record Evidence(String text, int start, int end) {
    public Evidence {
        Require.text(text, "evidence text");
        Require.that(start >= 0, "evidence start", "must not be negative, was " + start);
        Require.that(
                end - start == text.length(),
                "evidence end",
                "must be start + text length, was " + start + ".." + end + " for " + text.length() + " characters");
    }

    /** The span {@code [start, end)} of an article's text. */
    public static Evidence of(String articleText, int start, int end) {
        return new Evidence(articleText.substring(start, end), start, end);
    }
}
