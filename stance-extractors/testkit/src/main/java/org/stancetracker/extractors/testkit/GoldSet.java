package org.stancetracker.extractors.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.stancetracker.core.article.Article;
import org.stancetracker.core.article.ArticleKey;
import org.stancetracker.core.article.PlainTextArticle;
import org.stancetracker.core.evaluation.Evaluation;
import org.stancetracker.core.evaluation.Judged;
import org.stancetracker.core.evaluation.Scorer;
import org.stancetracker.core.evaluation.StanceKey;
import org.stancetracker.spi.ArticleText;
import org.stancetracker.spi.Extractor;
import org.stancetracker.spi.StanceCandidate;

/**
 * A gold set: articles with the stances a careful reader finds in them, and extractors scored on
 * it the way {@code stance evaluate} scores stored stances (the tracker's own scorer).
 *
 * <p>The kit carries the tracker's sample gold set, {@link #samples()}: the five seed articles of the
 * Idlib 2018 corpus and their gold stances, copied from the tracker's source tree when the kit is
 * built, so the gold-set test runs wherever the kit runs. {@link #read(Path, Path)} reads another one.
 */
public final class GoldSet {
    /** The actors the gold README scores; stances of others are ignored, not counted wrong. */
    public static final Set<String> SCORED_ACTORS =
            Set.of("TUR", "RUS", "IRN", "SYR", "USA", "GBR", "FRA", "ISR", "UN", "EU");

    /** The name of the sample gold set, and of its folder of articles. */
    static final String SAMPLES = "idlib-2018-seeds";

    private static final String SAMPLES_RESOURCE = "samples/";

    private final Map<String, Article> articles;
    private final List<Judged> stances;

    private GoldSet(Map<String, Article> articles, List<Judged> stances) {
        this.articles = articles;
        this.stances = List.copyOf(stances);
    }

    /**
     * The sample gold set the kit carries: the tracker's {@code db/samples/gold/idlib-2018-seeds.json}
     * and the articles it judges.
     *
     * @return the sample gold set, never absent
     */
    public static GoldSet samples() {
        return Samples.SET;
    }

    /** Read on first use, once: every conformance test runs on these articles. */
    private static final class Samples {
        static final GoldSet SET = parse(
                resource(SAMPLES_RESOURCE + "gold/" + SAMPLES + ".json"),
                id -> resource(SAMPLES_RESOURCE + SAMPLES + "/" + id));
    }

    /**
     * A gold set in the tracker's gold format (see the gold README in the tracker's
     * {@code db/samples/gold}), for an author who keeps one of their own.
     *
     * @param goldFile the gold stances, a JSON file
     * @param articles the folder that holds each judged article under its id
     * @return the gold set
     * @throws UncheckedIOException if a file cannot be read
     */
    public static GoldSet read(Path goldFile, Path articles) {
        return parse(file(goldFile), id -> file(articles.resolve(id)));
    }

    /**
     * The judged articles, in the gold file's order, each read as the tracker reads a plain-text
     * article (its source is {@code samples}, its name the gold id).
     *
     * @return the articles
     */
    public List<Article> articles() {
        return List.copyOf(articles.values());
    }

    /**
     * The gold stances of every article.
     *
     * @return the gold stances, in the gold file's order
     */
    public List<Judged> stances() {
        return stances;
    }

    /**
     * Runs the extractors on every judged article and scores what they find together.
     *
     * @param extractors the extractors, as created for the reference data the gold was made with
     * @return precision, recall, F1 and date accuracy
     */
    public Evaluation score(List<Extractor> extractors) {
        List<Judged> predictions = new ArrayList<>();
        articles.forEach((id, article) -> {
            ArticleText text = new ArticleText(article.text(), article.published(), "samples");
            for (Extractor extractor : extractors) {
                for (StanceCandidate c : extractor.extract(text)) {
                    predictions.add(Judged.predicted(
                            new StanceKey(
                                    id,
                                    c.actor().value(),
                                    c.position().value(),
                                    c.polarity().word()),
                            c.date().date(),
                            c.evidence().text(),
                            Optional.empty()));
                }
            }
        });
        return new Scorer(SCORED_ACTORS).score(List.copyOf(articles.keySet()), stances, predictions);
    }

    private interface Texts {
        String of(String id);
    }

    /** The gold format as the tracker's {@code GoldFile} reads it. */
    private static GoldSet parse(String json, Texts texts) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Article> articles = new LinkedHashMap<>();
        List<Judged> stances = new ArrayList<>();
        for (JsonNode article : root.path("articles")) {
            String id = article.path("id").asText();
            articles.put(id, PlainTextArticle.parse(new ArticleKey("samples", id), texts.of(id)));
            for (JsonNode stance : article.path("stances")) {
                List<LocalDate> alternatives = new ArrayList<>();
                stance.path("alt_dates").forEach(day -> date(day).ifPresent(alternatives::add));
                stances.add(new Judged(
                        new StanceKey(
                                id,
                                stance.path("actor").asText(),
                                stance.path("position").asText(),
                                stance.path("polarity").asText()),
                        date(stance.path("date")),
                        alternatives,
                        stance.path("evidence").asText(""),
                        Optional.empty()));
            }
        }
        return new GoldSet(articles, stances);
    }

    private static Optional<LocalDate> date(JsonNode node) {
        return node.isMissingNode() || node.isNull() || node.asText().isBlank()
                ? Optional.empty()
                : Optional.of(LocalDate.parse(node.asText()));
    }

    static String resource(String name) {
        try (InputStream in = GoldSet.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing beside " + GoldSet.class.getName()
                        + ": the kit jar was not built by its own build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String file(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
