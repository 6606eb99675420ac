package org.stancetracker.db.gold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.stancetracker.core.evaluation.Judged;
import org.stancetracker.core.evaluation.StanceKey;

/** A gold file as its README describes it: articles with their hand-made stances (none, for some), and other accepted days. */
public record GoldFile(String topic, List<GoldArticle> articles) {

    /** One article of the gold set. */
    public record GoldArticle(String id, Optional<LocalDate> published, List<Judged> stances) {}

    public static GoldFile read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<GoldArticle> articles = new ArrayList<>();
        for (JsonNode article : root.path("articles")) {
            String id = article.path("id").asText();
            List<Judged> stances = new ArrayList<>();
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
            articles.add(new GoldArticle(id, date(article.path("published")), stances));
        }
        return new GoldFile(root.path("topic").asText(), articles);
    }

    public List<String> articleIds() {
        return articles.stream().map(GoldArticle::id).toList();
    }

    public List<Judged> stances() {
        return articles.stream().flatMap(a -> a.stances().stream()).toList();
    }

    private static Optional<LocalDate> date(JsonNode node) {
        return node.isMissingNode() || node.isNull() || node.asText().isBlank()
                ? Optional.empty()
                : Optional.of(LocalDate.parse(node.asText()));
    }
}
