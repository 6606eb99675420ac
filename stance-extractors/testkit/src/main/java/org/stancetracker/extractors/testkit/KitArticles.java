package org.stancetracker.extractors.testkit;

import java.util.ArrayList;
import java.util.List;
import org.stancetracker.core.article.Article;
import org.stancetracker.core.article.ArticleKey;
import org.stancetracker.core.article.PlainTextArticle;

/**
 * The articles the kit runs extractors on: short news reports written for the kit, and the seed
 * articles of the sample gold set ({@link GoldSet#samples()}). All of them ship inside the kit jar.
 */
public final class KitArticles {
    private static final List<String> WRITTEN_FOR_THE_KIT =
            List.of("ankara-warns.txt", "geneva-talks.txt", "march-strikes.txt");

    private KitArticles() {}

    /**
     * Every article of the kit: those written for it (source {@code testkit}), then the sample gold
     * set's (source {@code samples}).
     *
     * @return the articles, in a fixed order
     */
    public static List<Article> all() {
        List<Article> articles = new ArrayList<>();
        for (String name : WRITTEN_FOR_THE_KIT) {
            articles.add(PlainTextArticle.parse(new ArticleKey("testkit", name), GoldSet.resource("articles/" + name)));
        }
        articles.addAll(GoldSet.samples().articles());
        return articles;
    }

    /**
     * About {@code bytes} of news-like text, made by repeating the kit's articles.
     *
     * @param bytes how long the text should at least be, in characters
     * @return the text
     */
    public static String ofSize(int bytes) {
        StringBuilder text = new StringBuilder(bytes + 10_000);
        List<Article> articles = all();
        int i = 0;
        while (text.length() < bytes) {
            text.append(articles.get(i++ % articles.size()).text()).append("\n\n");
        }
        return text.toString();
    }
}
