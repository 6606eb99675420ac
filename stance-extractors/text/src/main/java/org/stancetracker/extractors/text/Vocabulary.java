package org.stancetracker.extractors.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.stancetracker.spi.ReferenceData;
import org.stancetracker.spi.actor.ActorCode;
import org.stancetracker.spi.actor.ActorDirectory;
import org.stancetracker.spi.text.PhraseMatcher;
import org.stancetracker.spi.text.WordIndex;
import org.stancetracker.spi.topic.Position;
import org.stancetracker.spi.topic.Topic;
import org.stancetracker.spi.topic.TopicEvent;

/**
 * The reference data compiled for matching: actor names, the phrases of every position, topic
 * places and events. Built once per extractor; immutable and thread-safe.
 */
public final class Vocabulary {
    /** What a phrase of a position is: a term naming it, its reverse, a harm it brings, a deed, a cue. */
    enum PhraseKind {
        TERM,
        ANAPHOR,
        OPPOSITE,
        HARM,
        DEED,
        SUPPORT_CUE,
        OPPOSE_CUE
    }

    record PositionPhrase(Position position, PhraseKind kind) {}

    /** Words before a name that make it a place ("in Syria", "visited the United States"), not an actor. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of(
            "in",
            "at",
            "to",
            "from",
            "near",
            "into",
            "across",
            "inside",
            "outside",
            "toward",
            "towards",
            "over",
            "through",
            "via",
            "visit",
            "visited",
            "visiting",
            "visits");
    /** Surface forms cached at most: a text cannot grow the cache without bound. */
    private static final int PLACE_NAME_CACHE_LIMIT = 10_000;

    /** A name that can be a place: capitalised words only, not an adjective ("Russian raids" is not a place). */
    private static final Pattern PLACE_NAME =
            Pattern.compile("(?:the\\s+)?(?:\\p{Lu}[\\p{L}.\\-]*\\s*)+(?<!ian|ish|ese|ean|ican|i|ch)");

    private final ActorDirectory actors;
    private final PhraseMatcher<String> names;
    private final Map<PhraseKind, PhraseMatcher<Position>> phrases = new LinkedHashMap<>();
    /** Terms, anaphors, reverses and harms in one matcher: one pass over a sentence finds them all. */
    private final PhraseMatcher<List<PositionPhrase>> naming;

    private final PhraseMatcher<String> places;
    private final PhraseMatcher<TopicEvent> events;
    private final List<TopicEvent> allEvents = new ArrayList<>();
    private final List<Position> positions = new ArrayList<>();
    private final Map<String, List<Position>> anaphors = new LinkedHashMap<>();
    /** Per name as written: whether it can be a place, whether it is a person's; names are few, articles many. */
    private final Map<String, Boolean> placeNames = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<String, Boolean> persons = new java.util.concurrent.ConcurrentHashMap<>();
    /** Per position with targets: the target places, matched. */
    /** Keyed by topic and position id: a position record's own hash walks all its lists, on a hot path. */
    private final Map<String, PhraseMatcher<String>> targets = new java.util.HashMap<>();

    private final java.util.Set<String> phraseWords = new java.util.HashSet<>();
    /** Names of the topics' places, any topic: a place an offensive may be aimed at. */
    private final PhraseMatcher<String> allTargets;

    public Vocabulary(ReferenceData referenceData) {
        this.actors = referenceData.actors();
        this.names = new PhraseMatcher<>(actors.names().stream()
                .collect(Collectors.toMap(Function.identity(), Function.identity(), (a, b) -> a, LinkedHashMap::new)));
        Map<PhraseKind, Map<String, Position>> byKind = new LinkedHashMap<>();
        Map<String, String> placeNames = new LinkedHashMap<>();
        Map<String, TopicEvent> eventNames = new LinkedHashMap<>();
        for (PhraseKind kind : PhraseKind.values()) {
            byKind.put(kind, new LinkedHashMap<>());
        }
        for (Topic topic : referenceData.topics()) {
            topic.places().forEach(place -> placeNames.put(place, place));
            for (TopicEvent event : topic.events()) {
                allEvents.add(event);
                eventNames.put(event.name(), event);
                event.aliases().forEach(alias -> eventNames.put(alias, event));
            }
            for (Position position : topic.positions()) {
                positions.add(position);
                position.terms()
                        .forEach(p -> withPlural(p)
                                .forEach(form -> byKind.get(PhraseKind.TERM).putIfAbsent(form, position)));
                position.cues().anaphors().forEach(p -> {
                    byKind.get(PhraseKind.ANAPHOR).putIfAbsent(p, position);
                    anaphors.computeIfAbsent(p.toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>())
                            .add(position);
                });
                position.cues()
                        .oppositeTerms()
                        .forEach(p -> withPlural(p)
                                .forEach(form -> byKind.get(PhraseKind.OPPOSITE).putIfAbsent(form, position)));
                position.cues()
                        .harms()
                        .forEach(p -> withPlural(p)
                                .forEach(form -> byKind.get(PhraseKind.HARM).putIfAbsent(form, position)));
                position.cues().deeds().forEach(p -> byKind.get(PhraseKind.DEED).putIfAbsent(p, position));
                position.cues()
                        .supportCues()
                        .forEach(p -> byKind.get(PhraseKind.SUPPORT_CUE).putIfAbsent(p, position));
                position.cues()
                        .opposeCues()
                        .forEach(p -> byKind.get(PhraseKind.OPPOSE_CUE).putIfAbsent(p, position));
            }
        }
        byKind.forEach((kind, map) -> phrases.put(kind, new PhraseMatcher<>(map)));
        Map<String, List<PositionPhrase>> naming = new LinkedHashMap<>();
        for (PhraseKind kind : List.of(PhraseKind.TERM, PhraseKind.ANAPHOR, PhraseKind.OPPOSITE, PhraseKind.HARM)) {
            byKind.get(kind)
                    .forEach((phrase, position) -> naming.computeIfAbsent(phrase, k -> new ArrayList<>())
                            .add(new PositionPhrase(position, kind)));
        }
        this.naming = new PhraseMatcher<>(naming);
        for (PhraseKind kind :
                List.of(PhraseKind.TERM, PhraseKind.ANAPHOR, PhraseKind.OPPOSITE, PhraseKind.HARM, PhraseKind.DEED)) {
            for (String phrase : byKind.get(kind).keySet()) {
                for (String word : phrase.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}'’-]+")) {
                    if (!word.isEmpty()) {
                        phraseWords.add(word);
                    }
                }
            }
        }
        Map<String, String> targetNames = new LinkedHashMap<>();
        for (Topic topic : referenceData.topics()) {
            for (Position position : topic.positions()) {
                if (!position.cues().targets().isEmpty()) {
                    targets.put(
                            key(position),
                            new PhraseMatcher<>(position.cues().targets().stream()
                                    .collect(Collectors.toMap(
                                            Function.identity(),
                                            Function.identity(),
                                            (a, b) -> a,
                                            LinkedHashMap::new))));
                    position.cues().targets().forEach(t -> targetNames.put(t, t));
                }
            }
        }
        this.allTargets = new PhraseMatcher<>(targetNames);
        this.places = new PhraseMatcher<>(placeNames);
        this.events = new PhraseMatcher<>(eventNames);
    }

    /**
     * A phrase and, when it ends in a noun-like word, its plural ("troop withdrawals", "ceasefires"),
     * so that the cheap search by written form finds the sentences worth reading closely; the
     * search by lemma there finds the other forms.
     */
    static List<String> withPlural(String phrase) {
        int space = phrase.lastIndexOf(' ');
        String last = phrase.substring(space + 1);
        if (last.length() < 3
                || !last.chars().allMatch(Character::isLetter)
                || last.endsWith("s")
                || last.contains("*")
                || !last.equals(last.toLowerCase(java.util.Locale.ROOT))) {
            return List.of(phrase);
        }
        String plural = last.endsWith("y") && "aeiou".indexOf(last.charAt(last.length() - 2)) < 0
                ? last.substring(0, last.length() - 1) + "ies"
                : last.endsWith("x") || last.endsWith("ch") || last.endsWith("sh") ? last + "es" : last + "s";
        return List.of(phrase, phrase.substring(0, space + 1) + plural);
    }

    public ActorDirectory actors() {
        return actors;
    }

    PhraseMatcher<Position> phrases(PhraseKind kind) {
        return phrases.get(kind);
    }

    /** The phrases that name a position (terms, anaphors, reverses, harms), each with every position and kind it names. */
    PhraseMatcher<List<PositionPhrase>> namingPhrases() {
        return naming;
    }

    /** Every word of every phrase naming a position, lower-cased. */
    java.util.Set<String> phraseWords() {
        return phraseWords;
    }

    /** Every position of every topic. */
    List<Position> positions() {
        return positions;
    }

    /** The positions an anaphor ("the deal") can stand for. */
    List<Position> anaphorPositions(String phrase) {
        return anaphors.getOrDefault(phrase.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "), List.of());
    }

    /** The position's target places named in {@code text[from, to)}; empty for a position without targets. */
    List<PhraseMatcher.Match<String>> targets(Position position, WordIndex words, int from, int to) {
        PhraseMatcher<String> matcher = targets.get(key(position));
        return matcher == null ? List.of() : matcher.find(words, from, to);
    }

    private static String key(Position position) {
        return position.topic().value() + '/' + position.id().value();
    }

    /** Any position's target places named in {@code text[from, to)}. */
    List<PhraseMatcher.Match<String>> anyTargets(WordIndex words, int from, int to) {
        return allTargets.find(words, from, to);
    }

    boolean mentionsPlace(WordIndex words, int from, int to) {
        return !places.find(words, from, to).isEmpty();
    }

    List<PhraseMatcher.Match<TopicEvent>> events(WordIndex words, int from, int to) {
        return events.find(words, from, to);
    }

    List<TopicEvent> allEvents() {
        return allEvents;
    }

    /** The actor mentions in {@code text[from, to)}, resolved on the day; names of non-actors are dropped. */
    List<Mention> mentions(WordIndex words, int from, int to, Optional<LocalDate> day) {
        List<Mention> mentions = new ArrayList<>();
        for (PhraseMatcher.Match<String> match : names.find(words, from, to)) {
            Optional<ActorCode> actor = actors.resolve(match.value(), day);
            if (actor.isEmpty()) {
                continue;
            }
            boolean place = false;
            if (canBePlace(match.phrase())) {
                place = afterPlacePreposition(words, match.start());
            }
            mentions.add(new Mention(
                    match.start(),
                    match.end(),
                    actor.get(),
                    persons.computeIfAbsent(match.value(), actors::isPerson),
                    place));
        }
        return mentions;
    }

    private boolean canBePlace(String phrase) {
        Boolean known = placeNames.get(phrase);
        if (known == null) {
            known = PLACE_NAME.matcher(phrase).matches();
            if (placeNames.size() < PLACE_NAME_CACHE_LIMIT) {
                placeNames.put(phrase, known);
            }
        }
        return known;
    }

    /** Whether the name at {@code start} follows a preposition of place, and maybe "the" ("according to" is not one). */
    private static boolean afterPlacePreposition(WordIndex words, int start) {
        int before = words.firstAt(start) - 1;
        if (before >= 0 && words.folded(before).equals("the")) {
            before--;
        }
        if (before < 0 || !PLACE_PREPOSITIONS.contains(words.folded(before))) {
            return false;
        }
        return !(words.folded(before).equals("to")
                && before >= 1
                && words.folded(before - 1).equals("according"));
    }
}
