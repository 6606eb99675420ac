package org.stancetracker.extractors.keyword;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.stancetracker.core.actor.Actor;
import org.stancetracker.core.actor.ActorCode;
import org.stancetracker.core.actor.ActorDirectory;
import org.stancetracker.core.actor.Role;
import org.stancetracker.core.stance.Evidence;
import org.stancetracker.core.stance.Polarity;
import org.stancetracker.core.stance.StanceDate;
import org.stancetracker.core.topic.Position;
import org.stancetracker.core.topic.Topic;
import org.stancetracker.spi.ArticleText;
import org.stancetracker.spi.Extractor;
import org.stancetracker.spi.ReferenceData;
import org.stancetracker.spi.StanceCandidate;

/**
 * A deliberately simple baseline: in each sentence, the first actor named before a cue word takes
 * the stance the cue gives towards the first position term named after it. It knows nothing of
 * quotes, negation or dates beyond the publication day; the attributed-statement and quote
 * extractors do better, and this one is the floor they are measured against.
 */
final class KeywordExtractor implements Extractor {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’']?)\\s+|\\n\\s*\\n");
    private static final Map<String, Polarity> CUES = cues();

    private final ActorDirectory actors;
    private final Pattern actorNames;
    private final Pattern cueWords;
    private final List<Topic> topics;
    private final Pattern terms;
    private final Map<String, Position> positionsByTerm = new LinkedHashMap<>();
    private final double confidence;

    KeywordExtractor(ReferenceData referenceData, double confidence) {
        this.actors = referenceData.actors();
        this.topics = referenceData.topics();
        this.confidence = confidence;
        Set<String> names = new LinkedHashSet<>();
        for (Actor actor : actors.actors()) {
            names.add(actor.name());
            names.addAll(actor.aliases());
        }
        for (Role role : actors.roles()) {
            names.add(role.person());
            names.addAll(role.aliases());
        }
        this.actorNames = alternation(names);
        for (Topic topic : topics) {
            for (Position position : topic.positions()) {
                position.terms().forEach(term -> positionsByTerm.putIfAbsent(term.toLowerCase(java.util.Locale.ROOT), position));
            }
        }
        this.terms = alternation(positionsByTerm.keySet());
        this.cueWords = alternation(CUES.keySet());
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
        if (end - start < 3) {
            return Optional.empty();
        }
        Matcher cue = cueWords.matcher(text).region(start, end);
        if (!cue.find()) {
            return Optional.empty();
        }
        Matcher actor = actorNames.matcher(text).region(start, cue.start());
        Optional<ActorCode> code = Optional.empty();
        while (code.isEmpty() && actor.find()) {
            code = actors.resolve(actor.group(), article.published());
        }
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Matcher term = terms.matcher(text).region(cue.start(), end);
        if (!term.find()) {
            return Optional.empty();
        }
        Position position = positionsByTerm.get(term.group().toLowerCase(java.util.Locale.ROOT));
        Polarity polarity = CUES.get(cue.group().toLowerCase(java.util.Locale.ROOT));
        int evidenceStart = start;
        int evidenceEnd = end;
        while (evidenceEnd > evidenceStart && Character.isWhitespace(text.charAt(evidenceEnd - 1))) {
            evidenceEnd--;
        }
        while (evidenceStart < evidenceEnd && Character.isWhitespace(text.charAt(evidenceStart))) {
            evidenceStart++;
        }
        StanceDate date = article.published().map(StanceDate::day).orElseGet(StanceDate::unknown);
        return Optional.of(new StanceCandidate(code.get(), position.topic(), position.id(), polarity, date,
                Evidence.of(text, evidenceStart, evidenceEnd), confidence));
    }

    /** Longest names first, so "Russian Federation" wins over "Russian"; short all-caps names stay case-sensitive. */
    private static Pattern alternation(Set<String> words) {
        String body = words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(w -> w.length() <= 3 && w.equals(w.toUpperCase(java.util.Locale.ROOT))
                        ? "(?-i:" + Pattern.quote(w) + ")"
                        : Pattern.quote(w))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + body + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Map<String, Polarity> cues() {
        Map<String, Polarity> cues = new LinkedHashMap<>();
        Stream.of("called for", "calls for", "call for", "pushed for", "pushes for", "urged", "urges", "supports",
                "supported", "backed", "backs", "agreed", "agree", "welcomed", "vowed", "must regain", "should regain",
                "will continue", "would continue", "inevitable", "vital", "demanded", "prepared to")
                .forEach(c -> cues.put(c, Polarity.SUPPORT));
        Stream.of("opposed", "opposes", "oppose", "rejected", "rejects", "against", "pointless", "massacre",
                "catastrophe", "disaster", "bloodbath", "no longer", "warned", "warns")
                .forEach(c -> cues.put(c, Polarity.OPPOSE));
        return cues;
    }
}
