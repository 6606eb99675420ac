package org.stancetracker.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.stancetracker.spi.ArticleText;

/**
 * Reads what the model is trained and measured on: the labels kept in this module (article ids and
 * offsets into the shared corpora, whose text is read from {@code ../shared}), the items written for
 * the project (text and labels, kept here), and the gold development sets.
 */
final class TrainingSets {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The two real corpora: name, CSV under the shared folder, gold file under it. */
    enum Corpus {
        GUARDIAN("guardian", "corpus/guardian-syria-2017-2019/articles.csv", "gold/guardian-syria-dev.json"),
        FAKES("fakes", "corpus/fakes-syria-2011-2018/articles.csv", "gold/fakes-syria-dev.json");

        final String label;
        final String csv;
        final String gold;

        Corpus(String label, String csv, String gold) {
            this.label = label;
            this.csv = csv;
            this.gold = gold;
        }
    }

    private final Path shared;
    private final Path module;

    TrainingSets(Path shared, Path module) {
        this.shared = shared;
        this.module = module;
    }

    /** The articles of a corpus by id, as {@code stance load} reads the CSV: its text, publication day and source. */
    Map<String, ArticleText> articles(Corpus corpus) throws IOException {
        Map<String, ArticleText> articles = new HashMap<>();
        try (Reader in = Files.newBufferedReader(shared.resolve(corpus.csv), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setAllowMissingColumnNames(true)
                    .get()
                    .parse(in)) {
                Map<String, String> fields = row.toMap();
                String id = fields.containsKey("id") ? fields.get("id") : fields.get("");
                String published = fields.containsKey("published") ? fields.get("published") : fields.get("date");
                String source = Optional.ofNullable(fields.get("source"))
                        .filter(s -> !s.isBlank())
                        .orElse(corpus.label);
                articles.put(
                        id,
                        text(
                                fields.get("text"),
                                published == null || published.isBlank()
                                        ? Optional.empty()
                                        : Optional.of(LocalDate.parse(published.substring(0, 10))),
                                source));
            }
        }
        return articles;
    }

    /** The labels made for training on a corpus (never its gold articles). */
    List<LabelledArticle> labelled(Corpus corpus) throws IOException {
        Map<String, ArticleText> articles = articles(corpus);
        List<LabelledArticle> labelled = new ArrayList<>();
        for (String line : Files.readAllLines(module.resolve("labels/" + corpus.label + ".jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            String id = node.get("id").asText();
            labelled.add(new LabelledArticle(
                    corpus.label,
                    id,
                    articles.get(id),
                    stances(node.get("stances"), null),
                    node.get("split").asText()));
        }
        return labelled;
    }

    /** A gold development set: every article of the gold file, with its stances. */
    List<LabelledArticle> gold(Corpus corpus) throws IOException {
        Map<String, ArticleText> articles = articles(corpus);
        List<LabelledArticle> gold = new ArrayList<>();
        for (JsonNode article :
                JSON.readTree(shared.resolve(corpus.gold).toFile()).get("articles")) {
            String id = article.get("id").asText();
            gold.add(new LabelledArticle(
                    corpus.label + "-dev", id, articles.get(id), stances(article.get("stances"), null), "dev"));
        }
        return gold;
    }

    /**
     * A set of articles written for the project as JSON Lines ({@code db/samples/NAME/articles.jsonl}) with its
     * gold file ({@code db/samples/gold/NAME.json}): never trained on, only measured.
     */
    List<LabelledArticle> samples(Path samples, String name) throws IOException {
        Map<String, ArticleText> articles = new HashMap<>();
        for (String line : Files.readAllLines(samples.resolve(name).resolve("articles.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            articles.put(
                    node.get("id").asText(),
                    text(
                            node.get("text").asText(),
                            Optional.of(LocalDate.parse(node.get("published").asText())),
                            node.get("source").asText()));
        }
        List<LabelledArticle> gold = new ArrayList<>();
        for (JsonNode article : JSON.readTree(
                        samples.resolve("gold").resolve(name + ".json").toFile())
                .get("articles")) {
            String id = article.get("id").asText();
            gold.add(new LabelledArticle(name, id, articles.get(id), stances(article.get("stances"), null), "dev"));
        }
        return gold;
    }

    /** The items written for the project, with their labels; evidence is text of the item. */
    List<LabelledArticle> written() throws IOException {
        List<LabelledArticle> written = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(module.resolve("written"))) {
            files = list.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                String text = node.get("text").asText();
                ArticleText article = text(
                        text, Optional.of(LocalDate.parse(node.get("published").asText())), "written");
                written.add(new LabelledArticle(
                        "written", node.get("id").asText(), article, stances(node.get("stances"), text), "train"));
            }
        }
        return written;
    }

    /** An article as the loader hands it to extractors: the day its own dateline gives wins over the field. */
    private static ArticleText text(String text, Optional<LocalDate> published, String source) {
        return new ArticleText(
                text, org.stancetracker.core.article.Dateline.of(text).or(() -> published), source);
    }

    /** Stances of a labels line; evidence as offset pairs, or as text found in {@code text} when given. */
    private static List<LabelledArticle.Stance> stances(JsonNode stances, String text) {
        List<LabelledArticle.Stance> list = new ArrayList<>();
        for (JsonNode s : stances) {
            List<int[]> evidence = new ArrayList<>();
            JsonNode spans = s.get("evidence");
            if (spans != null && spans.isArray()) {
                for (JsonNode span : spans) {
                    if (span.isArray()) {
                        evidence.add(new int[] {span.get(0).asInt(), span.get(1).asInt()});
                    } else if (text != null) {
                        int start = text.indexOf(span.asText());
                        if (start >= 0) {
                            evidence.add(new int[] {start, start + span.asText().length()});
                        }
                    }
                }
            }
            List<LocalDate> alt = new ArrayList<>();
            if (s.has("alt_dates")) {
                s.get("alt_dates").forEach(d -> alt.add(LocalDate.parse(d.asText())));
            }
            JsonNode date = s.get("date");
            list.add(new LabelledArticle.Stance(
                    s.get("actor").asText(),
                    s.get("position").asText(),
                    s.get("polarity").asText(),
                    date == null || date.isNull() ? Optional.empty() : Optional.of(LocalDate.parse(date.asText())),
                    alt,
                    evidence));
        }
        return list;
    }
}
