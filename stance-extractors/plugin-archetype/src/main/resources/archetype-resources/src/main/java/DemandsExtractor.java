package ${package};

import static java.util.Map.entry;
import static org.stancetracker.spi.stance.Polarity.OPPOSE;
import static org.stancetracker.spi.stance.Polarity.SUPPORT;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * Demands and refusals, one sentence at a time: in "Ankara called for a ceasefire in Idlib", Turkey
 * supports the ceasefire; in "Moscow rejected the truce", Russia opposes it. The first actor named
 * before the first demand or refusal of a sentence takes that stance on the first position named
 * after it.
 *
 * <p>It is a first extractor, simple on purpose, and it shows where to go next: it reads no negation
 * and no opposite terms, so "Rouhani demanded the withdrawal of American forces" reads as Iran
 * supporting the US presence. The reference data names such terms for each position.
 *
 * <p>Actors and positions come from the reference data the tracker hands over, never from this
 * code: a new topic is new data. Nothing changes after construction, so one instance may run on
 * many articles at once, as the SPI requires.
 */
final class DemandsExtractor implements Extractor {
    /** The words that make a sentence a demand (support) or a refusal (opposition). */
    static final Map<String, Polarity> CUES = Map.ofEntries(
            entry("called for", SUPPORT), entry("calls for", SUPPORT), entry("call for", SUPPORT),
            entry("urged", SUPPORT), entry("urges", SUPPORT), entry("demanded", SUPPORT), entry("demands", SUPPORT),
            entry("rejected", OPPOSE), entry("rejects", OPPOSE), entry("condemned", OPPOSE), entry("condemns", OPPOSE),
            entry("opposed", OPPOSE), entry("opposes", OPPOSE));
    private static final Pattern BLANK_LINE = Pattern.compile("\\R\\s*\\R");

    private final ActorDirectory actors;
    private final PhraseMatcher<String> actorNames;
    private final PhraseMatcher<Position> positionTerms;
    private final PhraseMatcher<Polarity> cues = new PhraseMatcher<>(CUES);
    private final double confidence;

    DemandsExtractor(ReferenceData referenceData, double confidence) {
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
        this.confidence = confidence;
    }

    @Override
    public List<StanceCandidate> extract(ArticleText article) {
        String text = article.text();
        List<StanceCandidate> found = new ArrayList<>();
        // A BreakIterator keeps its place in the text, so each call needs its own.
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        // Headlines, bylines and datelines end with no full stop: a blank line ends a sentence too.
        Matcher blankLine = BLANK_LINE.matcher(text);
        int paragraph = 0;
        while (paragraph < text.length()) {
            int paragraphEnd = blankLine.find() ? blankLine.start() : text.length();
            sentences.setText(new StringCharacterIterator(text, paragraph, paragraphEnd, paragraph));
            int start = sentences.first();
            for (int end = sentences.next(); end != BreakIterator.DONE; start = end, end = sentences.next()) {
                inSentence(article, start, end).ifPresent(found::add);
            }
            paragraph = paragraphEnd == text.length() ? paragraphEnd : blankLine.end();
        }
        return found;
    }

    private Optional<StanceCandidate> inSentence(ArticleText article, int start, int end) {
        String text = article.text();
        List<PhraseMatcher.Match<Polarity>> said = cues.find(text, start, end);
        if (said.isEmpty()) {
            return Optional.empty();
        }
        PhraseMatcher.Match<Polarity> cue = said.get(0);
        // A name stands for an actor only on the days it did (a minister in office), hence the date.
        Optional<ActorCode> actor = actorNames.find(text, start, cue.start()).stream()
                .map(name -> actors.resolve(name.value(), article.published()))
                .flatMap(Optional::stream)
                .findFirst();
        Optional<Position> position = positionTerms.find(text, cue.end(), end).stream()
                .map(PhraseMatcher.Match::value)
                .findFirst();
        if (actor.isEmpty() || position.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StanceCandidate(actor.get(), position.get().topic(), position.get().id(), cue.value(),
                // The article does not say when, so the day it was published, if known; never a guess.
                article.published().map(StanceDate::day).orElseGet(StanceDate::unknown),
                trimmed(text, start, end), confidence));
    }

    /** The sentence without the white space around it: evidence is exactly the words that show the stance. */
    private static Evidence trimmed(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return Evidence.of(text, start, end);
    }
}
