package org.stancetracker.core.article;

import java.time.LocalDate;
import java.util.Optional;
import org.stancetracker.spi.internal.Require;

/**
 * A news article as loaded: its key, where it can be read, its title and publication date where
 * known, and its text. The content hash is derived from the text, never given. Its fields hold only
 * what can be stored and shown safely ({@link ArticleFields}): an invalid one is an
 * {@link InvalidArticleException} naming it.
 */
public record Article(
        ArticleKey key, Optional<String> url, Optional<String> title, Optional<LocalDate> published, String text) {
    public Article {
        Require.present(key, "key");
        Require.present(url, "url");
        Require.present(title, "title");
        Require.present(published, "published");
        Require.text(text, "text");
        ArticleFields.storableText(text, "text");
        ArticleFields.visibleText(text, "text");
        title.ifPresent(
                t -> ArticleFields.storableText(ArticleFields.bounded(t, ArticleFields.MAX_TITLE, "title"), "title"));
        url.ifPresent(u -> ArticleFields.webUrl(ArticleFields.bounded(u, ArticleFields.MAX_URL, "url"), "url"));
        published.ifPresent(day -> ArticleFields.plausibleDay(day, "published"));
    }

    public ContentHash contentHash() {
        return ContentHash.of(text);
    }
}
