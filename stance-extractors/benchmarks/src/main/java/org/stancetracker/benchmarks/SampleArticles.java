package org.stancetracker.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.stancetracker.core.article.ArticleKey;
import org.stancetracker.core.article.PlainTextArticle;
import org.stancetracker.spi.ArticleText;

/**
 * The plain-text articles under {@code db/samples} (written for this project in the style of news
 * reports), for benchmarks on text whose stance sentences are as rare as in real news: the synthetic
 * corpus makes about half of its sentences stance sentences, real reporting about a fifth.
 */
final class SampleArticles {
    private SampleArticles() {
    }

    /** The sample articles in file-name order; none when the samples directory is not found. */
    static List<ArticleText> load() {
        Path samples = Path.of(System.getProperty("stance.samples.dir", "db/samples"));
        if (!Files.isDirectory(samples)) {
            return List.of();
        }
        List<ArticleText> articles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(samples)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                var article = PlainTextArticle.parse(new ArticleKey("samples", file.getFileName().toString()), Files.readString(file));
                articles.add(new ArticleText(article.text(), article.published(), "samples"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return articles;
    }
}
