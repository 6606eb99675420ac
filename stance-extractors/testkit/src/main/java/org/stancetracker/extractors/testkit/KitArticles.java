package org.stancetracker.extractors.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.stancetracker.core.article.Article;
import org.stancetracker.core.article.ArticleKey;
import org.stancetracker.core.article.PlainTextArticle;

/**
 * The articles the kit runs extractors on: short news reports shipped with the kit, plus the
 * tracker's sample corpus when the {@code stance.samples.dir} system property points at it.
 */
public final class KitArticles {
    private static final List<String> BUNDLED = List.of("ankara-warns.txt", "geneva-talks.txt", "march-strikes.txt");

    private KitArticles() {
    }

    public static List<Article> all() {
        List<Article> articles = new ArrayList<>();
        for (String name : BUNDLED) {
            try (InputStream in = KitArticles.class.getResourceAsStream("articles/" + name)) {
                articles.add(PlainTextArticle.parse(new ArticleKey("testkit", name),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String samples = System.getProperty("stance.samples.dir");
        if (samples != null) {
            Path corpus = Path.of(samples, "idlib-2018-seeds");
            if (Files.isDirectory(corpus)) {
                try (Stream<Path> files = Files.list(corpus)) {
                    for (Path file : files.sorted().toList()) {
                        articles.add(PlainTextArticle.parse(new ArticleKey("samples", file.getFileName().toString()),
                                Files.readString(file)));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return articles;
    }

    /** About {@code bytes} of news-like text, made by repeating the kit's articles. */
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
