package org.stancetracker.benchmarks.perentity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import org.stancetracker.core.article.Article;
import org.stancetracker.core.article.ArticleKey;
import org.stancetracker.db.reference.ReferenceDataFile;
import org.stancetracker.db.store.ArticleStore.Extracted;
import org.stancetracker.extraction.ExtractionRunner;
import org.stancetracker.extraction.ExtractorRegistry;
import org.stancetracker.spi.ReferenceData;

/** The generated JSON Lines corpus of the load benchmark, read in batches and extracted with the default extractors. */
final class Corpus implements AutoCloseable {
    static final int BATCH_SIZE = 500;

    private final BufferedReader lines;
    private final ObjectMapper json = new ObjectMapper();
    private final ExtractionRunner runner;
    private final ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    private long records;

    Corpus(Path file) throws IOException {
        ReferenceData referenceData = ReferenceDataFile.bundled().data();
        this.runner = new ExtractionRunner(ExtractorRegistry.load(Corpus.class.getClassLoader(), Optional.empty(),
                referenceData, Map.of()).extractors(), referenceData);
        this.lines = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    /** The next batch of articles, empty at the end. */
    List<Article> nextBatch() throws IOException {
        List<Article> batch = new ArrayList<>(BATCH_SIZE);
        String line;
        while (batch.size() < BATCH_SIZE && (line = lines.readLine()) != null) {
            batch.add(article(json.readTree(line)));
            records++;
        }
        return batch;
    }

    /** Records read so far. */
    long records() {
        return records;
    }

    /** Extracts a batch on all cores, as {@code stance load} does. */
    List<Extracted> extract(List<Article> batch) {
        try {
            return pool.submit(() -> batch.parallelStream().map(a -> new Extracted(a, runner.run(a).stances())).toList()).get();
        } catch (Exception e) {
            throw new IllegalStateException("extraction failed", e);
        }
    }

    ForkJoinPool pool() {
        return pool;
    }

    private static Article article(JsonNode node) {
        return new Article(new ArticleKey(node.path("source").asText("generated"), node.get("id").asText()),
                Optional.ofNullable(node.get("url")).map(JsonNode::asText),
                Optional.ofNullable(node.get("title")).map(JsonNode::asText),
                Optional.ofNullable(node.get("published")).map(n -> LocalDate.parse(n.asText().substring(0, 10))),
                node.get("text").asText());
    }

    @Override
    public void close() {
        pool.shutdown();
        try {
            lines.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
