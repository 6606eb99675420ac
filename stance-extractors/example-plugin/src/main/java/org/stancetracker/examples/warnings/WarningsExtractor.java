package org.stancetracker.examples.warnings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancetracker.spi.ArticleText;
import org.stancetracker.spi.Extractor;
import org.stancetracker.spi.ReferenceData;
import org.stancetracker.spi.StanceCandidate;
import org.stancetracker.spi.actor.ActorCode;
import org.stancetracker.spi.actor.ActorDirectory;
import org.stancetracker.spi.stance.Evidence;
import org.stancetracker.spi.stance.Polarity;
import org.stancetracker.spi.stance.StanceDate;
import org.stancetracker.spi.text.PhraseMatcher;
import org.stancetracker.spi.topic.Position;
import org.stancetracker.spi.topic.Topic;

/**
 * In each sentence that says someone warned of harm, the actor named before the warning opposes
 * the position named after it: "The United Nations has warned a full-scale assault could lead to a
 * humanitarian catastrophe" opposes the offensive. Stateless after construction, so thread-safe.
 */
final class WarningsExtractor implements Extractor {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’']?)\\s+|\\n\\s*\\n");
    private static final PhraseMatcher<Boolean> WARNING = new PhraseMatcher<>(
            Map.of("warned", true, "warns", true, "warn", true, "warning", true, "cautioned", true));

    private final ActorDirectory actors;
    private final PhraseMatcher<String> actorNames;
    private final PhraseMatcher<Position> positionTerms;
    private final PhraseMatcher<Boolean> harms;
    private final double confidence;

    WarningsExtractor(ReferenceData referenceData, List<String> harmWords, double confidence) {
        this.actors = referenceData.actors();
        Map<String, String> names = new LinkedHashMap<>();
        actors.names().forEach(name -> names.put(name, name));
        this.actorNames = new PhraseMatcher<>(names);
        Map<String, Position> terms = new LinkedHashMap<>();
        for (Topic topic : referenceData.topics()) {
            for (Position position : topic.positions()) {
                position.terms().forEach(term -> terms.putIfAbsent(term, position));
            }
        }
        this.positionTerms = new PhraseMatcher<>(terms);
        Map<String, Boolean> harmPhrases = new LinkedHashMap<>();
        harmWords.forEach(word -> harmPhrases.put(word, true));
        this.harms = new PhraseMatcher<>(harmPhrases);
        this.confidence = confidence;
    }

    @Override
    public List<StanceCandidate> extract(ArticleText article) {
        String text = article.text();
        List<StanceCandidate> found = new ArrayList<>();
        Matcher end = SENTENCE_END.matcher(text);
        int start = 0;
        while (start < text.length()) {
            int stop = end.find(start) ? end.start() : text.length();
            sentence(article, start, stop).ifPresent(found::add);
            start = stop == text.length() ? stop : Math.max(end.end(), start + 1);
        }
        return found;
    }

    private Optional<StanceCandidate> sentence(ArticleText article, int start, int end) {
        String text = article.text();
        List<PhraseMatcher.Match<Boolean>> warnings = WARNING.find(text, start, end);
        if (warnings.isEmpty() || harms.find(text, warnings.get(0).end(), end).isEmpty()) {
            return Optional.empty();
        }
        int warned = warnings.get(0).start();
        Optional<ActorCode> actor = actorNames.find(text, start, warned).stream()
                .map(name -> actors.resolve(name.value(), article.published()))
                .flatMap(Optional::stream)
                .findFirst();
        List<PhraseMatcher.Match<Position>> positions = positionTerms.find(text, warned, end);
        if (actor.isEmpty() || positions.isEmpty()) {
            return Optional.empty();
        }
        Position position = positions.get(0).value();
        int from = start;
        int to = end;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return Optional.of(new StanceCandidate(
                actor.get(),
                position.topic(),
                position.id(),
                Polarity.OPPOSE,
                article.published().map(StanceDate::day).orElseGet(StanceDate::unknown),
                Evidence.of(text, from, to),
                confidence));
    }
}
