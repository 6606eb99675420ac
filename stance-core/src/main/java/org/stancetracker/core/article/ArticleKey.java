package org.stancetracker.core.article;

import org.stancetracker.spi.internal.Require;

/**
 * How an article is known outside the tracker: the source it came from and its id there (a file
 * name, an id column). Loading the same key twice is the same article.
 */
public record ArticleKey(String source, String externalId) {
    public ArticleKey {
        Require.text(source, "source");
        Require.text(externalId, "external id");
        ArticleFields.storableText(source, "source");
        ArticleFields.storableText(externalId, "id");
    }

    @Override
    public String toString() {
        return source + ":" + externalId;
    }
}
