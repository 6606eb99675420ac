package org.stancetracker.extractors.keyword;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
 * A deliberately simple baseline: in each sentence, the first actor named before a cue word takes
 * the stance the cue gives towards the first position term named after it. It knows nothing of
 * quotes, negation or dates beyond the publication day; the extractors of the issue "Accurate
 * stance extraction" do better, and this one is the floor they are measured against.
 */
final class KeywordExtractor implements Extractor {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’']?)\\s+|\\n\\s*\\n");
    private static final PhraseMatcher<Polarity> CUES = new PhraseMatcher<>(cues());

    private final ActorDirectory actors;
    private final PhraseMatcher<String> actorNames;
    private final PhraseMatcher<Position> positionTerms;
    private final double confidence;

    KeywordExtractor(ReferenceData referenceData, double confidence) {
        this.actors = referenceData.actors();
        this.confidence = confidence;
        this.actorNames = new PhraseMatcher<>(actors.names().stream()
                .collect(Collectors.toMap(Function.identity(), Function.identity(), (a, b) -> a, LinkedHashMap::new)));
        Map<String, Position> terms = new LinkedHashMap<>();
        for (Topic topic : referenceData.topics()) {
            for (Position position : topic.positions()) {
                position.terms().forEach(term -> terms.putIfAbsent(term, position));
            }
        }
        this.positionTerms = new PhraseMatcher<>(terms);
    }

    @Override
    public List<StanceCandidate> extract(ArticleText article) {
        String text = article.text();
        List<StanceCandidate> found = new ArrayList<>();
        int start = 0;
        Matcher end = SENTENCE_END.matcher(text);
        while (start < text.length()) {
            int stop = end.find(start) ? end.start() : text.length();
            int next = stop == text.length() ? stop : end.end();
            sentence(text, start, stop, article).ifPresent(found::add);
            start = Math.max(next, start + 1);
        }
        return found;
    }

    private Optional<StanceCandidate> sentence(String text, int start, int end, ArticleText article) {
        List<PhraseMatcher.Match<Polarity>> cues = CUES.find(text, start, end);
        if (cues.isEmpty()) {
            return Optional.empty();
        }
        PhraseMatcher.Match<Polarity> cue = cues.get(0);
        Optional<ActorCode> actor = actorNames.find(text, start, cue.start()).stream()
                .map(name -> actors.resolve(name.value(), article.published()))
                .flatMap(Optional::stream)
                .findFirst();
        List<PhraseMatcher.Match<Position>> terms = positionTerms.find(text, cue.start(), end);
        if (actor.isEmpty() || terms.isEmpty()) {
            return Optional.empty();
        }
        Position position = terms.get(0).value();
        int evidenceStart = start;
        int evidenceEnd = end;
        while (evidenceEnd > evidenceStart && Character.isWhitespace(text.charAt(evidenceEnd - 1))) {
            evidenceEnd--;
        }
        while (evidenceStart < evidenceEnd && Character.isWhitespace(text.charAt(evidenceStart))) {
            evidenceStart++;
        }
        StanceDate date = article.published().map(StanceDate::day).orElseGet(StanceDate::unknown);
        return Optional.of(new StanceCandidate(
                actor.get(),
                position.topic(),
                position.id(),
                cue.value(),
                date,
                Evidence.of(text, evidenceStart, evidenceEnd),
                confidence));
    }

    private static Map<String, Polarity> cues() {
        Map<String, Polarity> cues = new LinkedHashMap<>();
        Stream.of(
                        "called for",
                        "calls for",
                        "call for",
                        "pushed for",
                        "pushes for",
                        "urged",
                        "urges",
                        "supports",
                        "supported",
                        "backed",
                        "backs",
                        "agreed",
                        "agree",
                        "welcomed",
                        "vowed",
                        "must regain",
                        "should regain",
                        "will continue",
                        "would continue",
                        "inevitable",
                        "vital",
                        "demanded",
                        "prepared to")
                .forEach(c -> cues.put(c, Polarity.SUPPORT));
        Stream.of(
                        "opposed",
                        "opposes",
                        "oppose",
                        "rejected",
                        "rejects",
                        "against",
                        "pointless",
                        "massacre",
                        "catastrophe",
                        "disaster",
                        "bloodbath",
                        "no longer",
                        "warned",
                        "warns")
                .forEach(c -> cues.put(c, Polarity.OPPOSE));
        return cues;
    }
}
