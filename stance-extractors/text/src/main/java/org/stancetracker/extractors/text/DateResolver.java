package org.stancetracker.extractors.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancetracker.core.stance.StanceDate;
import org.stancetracker.core.text.PhraseMatcher;
import org.stancetracker.core.text.WordIndex;
import org.stancetracker.core.topic.TopicEvent;

/**
 * Dates each sentence of an article: the day its statements were made or its deeds done.
 *
 * <p>A sentence's own date comes from an explicit day ("on September 10th", "on 10 January"), a
 * weekday ("on Friday", "late on Monday", resolved against the publication date), "today" or
 * "yesterday", or a named event ("at the summit in Tehran"; a bare "the summit" is the one summit
 * the article can mean). A reported statement without a date of its own takes the date of the
 * story at that point (the last dated report), else the publication date. Vague or past time
 * ("earlier this year", "has previously warned") stays unknown rather than guessed, and no date is
 * ever after the publication date.
 */
final class DateResolver {
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
    private static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(?:on|On)\\s+(?:(?:" + WEEKDAYS + "),?\\s+)?(" + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(?:on|On)\\s+(?:(?:" + WEEKDAYS + "),?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")\\b(?:,?\\s+(\\d{4}))?");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:(?:on|On|late on|Late on|early on|Early on|last|Last)\\s+(" + WEEKDAYS + ")\\b|(" + WEEKDAYS + ")(?:'s|’s)\\s)");
    private static final Pattern TODAY = Pattern.compile("\\b(today|this morning|this afternoon|tonight|this evening)\\b");
    private static final Pattern YESTERDAY = Pattern.compile("\\byesterday\\b", Pattern.CASE_INSENSITIVE);
    private static final int GENERIC_EVENT_WINDOW_DAYS = 30;
    /** Words without which a sentence names no day or month: checked first, as most sentences have none. */
    private static final PhraseMatcher<Boolean> TIME_WORDS = timeWords();
    private static final Pattern IN_MONTH = Pattern.compile("\\b(?:in|In|since|during|During)\\s+(" + MONTHS + ")(?:\\s+(\\d{4}))?\\b");
    private static final Pattern THIS_MONTH = Pattern.compile("(?i)\\b(earlier this month|this month)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");
    /** Verbs of speech: a dated one sets the date of the story that follows ("Peskov said on Monday"). */
    private static final Pattern SPEECH = Pattern.compile(
            "\\b(said|says|told|tells|stated|added|announced|declared|warned|urged|insisted|reported|wrote|tweeted|"
                    + "called|demanded|stressed|argued|replied|responded|noted|affirmed|reiterated|agreed|hailed|welcomed|signed)\\b");

    private final Vocabulary vocabulary;
    private final Map<String, Pattern> kindNouns = new HashMap<>();

    private static PhraseMatcher<Boolean> timeWords() {
        Map<String, Boolean> words = new java.util.LinkedHashMap<>();
        for (String word : (MONTHS.replace("\\.?", "").replace("\\.", "") + "|" + WEEKDAYS
                + "|today|tonight|yesterday|this morning|this afternoon|this evening|this month").split("\\|")) {
            words.put(word, true);
        }
        return new PhraseMatcher<>(words);
    }

    DateResolver(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        for (TopicEvent event : vocabulary.allEvents()) {
            kindNouns.computeIfAbsent(event.kind(), kind -> Pattern.compile(
                    "(?i)\\b(the|this|that|Friday's|Friday’s|\\w+day's|\\w+day’s|today's|weekend's|last week's|the recent)\\s+(trilateral\\s+|three-way\\s+|)"
                            + Pattern.quote(kind) + "\\b"));
        }
    }

    /**
     * The date of each sentence, in order.
     *
     * @param narration the text with long quotes blanked out: what the narrator dates
     */
    List<StanceDate> dates(WordIndex words, String narration, Quotes quotes, List<Sentence> sentences, Optional<LocalDate> published) {
        String text = words.text();
        List<TopicEvent> named = namedEvents(words);
        Optional<LocalDate> latestEvent = named.stream().map(TopicEvent::date).max(Comparator.naturalOrder());
        Optional<LocalDate> latestYear = published.isPresent() ? Optional.empty()
                : latestYear(text).map(year -> LocalDate.of(year, 12, 31));
        Optional<LocalDate> reference = published.or(() -> latestYear.isPresent() && latestEvent.isPresent()
                        && latestYear.get().getYear() > latestEvent.get().getYear() ? latestYear : latestEvent.or(() -> latestYear));
        List<StanceDate> dates = new ArrayList<>(sentences.size());
        Optional<LocalDate> story = Optional.empty();
        // Time words searched once over the whole text (cut into words once for every search of it), less
        // those inside long quotes, which the narrator does not date by; then told per sentence.
        List<PhraseMatcher.Match<Boolean>> timeWordMatches = new ArrayList<>(TIME_WORDS.find(words, 0, text.length()));
        timeWordMatches.removeIf(match -> narration.charAt(match.start()) == ' ' && quotes.inside(match.start()));
        int nextTimeWord = 0;
        for (Sentence sentence : sentences) {
            String plain = narration.substring(sentence.start(), sentence.end());
            while (nextTimeWord < timeWordMatches.size() && timeWordMatches.get(nextTimeWord).end() <= sentence.start()) {
                nextTimeWord++;
            }
            boolean timeWords = nextTimeWord < timeWordMatches.size() && timeWordMatches.get(nextTimeWord).start() < sentence.end();
            Optional<java.time.YearMonth> month = timeWords ? month(plain, published, reference) : Optional.empty();
            Optional<LocalDate> own = (timeWords ? explicit(plain, published, reference) : Optional.<LocalDate>empty())
                    .or(() -> event(words, plain, sentence, named, published))
                    .filter(d -> published.map(p -> !d.isAfter(p)).orElse(true));
            StanceDate date;
            if (own.isPresent()) {
                date = StanceDate.day(own.get());
                LocalDate day = own.get();
                boolean background = reference.map(r -> day.isBefore(r.minusDays(60))).orElse(false);
                boolean namesEvent = !named.isEmpty() && !vocabulary.events(words, sentence.start(), sentence.end()).isEmpty();
                if ((SPEECH.matcher(plain).find() || namesEvent || kindMentioned(plain)) && !background) {
                    story = own;
                }
            } else if (month.isPresent() && SPEECH.matcher(plain).find()) {
                // "in September": the month is known, the day is not.
                date = StanceDate.month(month.get());
            } else if (sentence.headline() || mayBeVague(plain) && Lexicon.VAGUE_TIME.matcher(plain).find()) {
                // A headline sums the story up; only a date of its own dates it.
                date = StanceDate.unknown();
            } else {
                date = story.or(() -> published).map(StanceDate::day).orElseGet(StanceDate::unknown);
            }
            dates.add(date);
        }
        return dates;
    }

    /** A month the sentence dates itself by ("in September", "earlier this month"), never after publication. */
    private static Optional<java.time.YearMonth> month(String plain, Optional<LocalDate> published, Optional<LocalDate> reference) {
        Matcher in = IN_MONTH.matcher(plain);
        if (in.find() && reference.isPresent()) {
            int year = in.group(2) != null ? Integer.parseInt(in.group(2)) : reference.get().getYear();
            java.time.YearMonth named = java.time.YearMonth.of(year, month(in.group(1)));
            java.time.YearMonth month = in.group(2) == null && published.isPresent()
                    && named.isAfter(java.time.YearMonth.from(published.get())) ? named.minusYears(1) : named;
            return published.isPresent() && month.isAfter(java.time.YearMonth.from(published.get()))
                    ? Optional.empty() : Optional.of(month);
        }
        if (THIS_MONTH.matcher(plain).find() && published.isPresent()) {
            return Optional.of(java.time.YearMonth.from(published.get()));
        }
        return Optional.empty();
    }

    /** Without a publication date or a named event, the latest year the text names is the story's year. */
    private static Optional<Integer> latestYear(String text) {
        Matcher year = YEAR.matcher(text);
        Optional<Integer> latest = Optional.empty();
        while (year.find()) {
            int value = Integer.parseInt(year.group(1));
            if (latest.isEmpty() || value > latest.get()) {
                latest = Optional.of(value);
            }
        }
        return latest;
    }

    private static final String[] VAGUE_HINTS = {"year", "month", "week", "past", "previous", "repeated", "long",
        "recent", "has ", "have ", "Has ", "Have "};

    /** A cheap look for the words vague time needs, before the full pattern. */
    private static boolean mayBeVague(String plain) {
        for (String hint : VAGUE_HINTS) {
            if (plain.contains(hint)) {
                return true;
            }
        }
        return false;
    }

    private boolean kindMentioned(String plain) {
        String lower = plain.toLowerCase(Locale.ROOT);
        return kindNouns.entrySet().stream().anyMatch(k -> lower.contains(k.getKey()) && k.getValue().matcher(plain).find());
    }

    private List<TopicEvent> namedEvents(WordIndex words) {
        List<TopicEvent> named = new ArrayList<>();
        for (PhraseMatcher.Match<TopicEvent> match : vocabulary.events(words, 0, words.text().length())) {
            if (!named.contains(match.value())) {
                named.add(match.value());
            }
        }
        return named;
    }

    private Optional<LocalDate> event(WordIndex words, String plain, Sentence sentence, List<TopicEvent> named, Optional<LocalDate> published) {
        // An article that names no event anywhere names none in this sentence.
        List<PhraseMatcher.Match<TopicEvent>> matches = named.isEmpty() ? List.of()
                : vocabulary.events(words, sentence.start(), sentence.end());
        if (!matches.isEmpty()) {
            return Optional.of(matches.get(0).value().date());
        }
        String lower = plain.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Pattern> kind : kindNouns.entrySet()) {
            if (lower.contains(kind.getKey()) && kind.getValue().matcher(plain).find()) {
                Optional<LocalDate> meant = generic(kind.getKey(), named, published);
                if (meant.isPresent()) {
                    return meant;
                }
            }
        }
        return Optional.empty();
    }

    /** The one event of a kind an article can mean by "the summit": the one it names, else the latest before publication. */
    private Optional<LocalDate> generic(String kind, List<TopicEvent> named, Optional<LocalDate> published) {
        List<TopicEvent> namedOfKind = named.stream().filter(e -> e.kind().equals(kind)).toList();
        if (namedOfKind.size() == 1) {
            return Optional.of(namedOfKind.get(0).date());
        }
        if (namedOfKind.isEmpty() && published.isPresent()) {
            LocalDate day = published.get();
            return vocabulary.allEvents().stream()
                    .filter(e -> e.kind().equals(kind))
                    .filter(e -> !e.date().isAfter(day) && !e.date().isBefore(day.minusDays(GENERIC_EVENT_WINDOW_DAYS)))
                    .map(TopicEvent::date)
                    .max(Comparator.naturalOrder());
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> explicit(String plain, Optional<LocalDate> published, Optional<LocalDate> reference) {
        Matcher monthDay = MONTH_DAY.matcher(plain);
        if (monthDay.find()) {
            return calendar(month(monthDay.group(1)), Integer.parseInt(monthDay.group(2)), monthDay.group(3), published, reference);
        }
        Matcher dayMonth = DAY_MONTH.matcher(plain);
        if (dayMonth.find()) {
            return calendar(month(dayMonth.group(2)), Integer.parseInt(dayMonth.group(1)), dayMonth.group(3), published, reference);
        }
        if (published.isPresent()) {
            Matcher weekday = WEEKDAY.matcher(plain);
            if (weekday.find()) {
                String name = weekday.group(1) != null ? weekday.group(1) : weekday.group(2);
                DayOfWeek day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
                return Optional.of(published.get().with(TemporalAdjusters.previousOrSame(day)));
            }
            if (TODAY.matcher(plain).find()) {
                return published;
            }
            if (YESTERDAY.matcher(plain).find()) {
                return Optional.of(published.get().minusDays(1));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> calendar(Month month, int day, String year, Optional<LocalDate> published,
                                                Optional<LocalDate> reference) {
        try {
            if (year != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(year), month, day));
            }
            if (reference.isEmpty()) {
                return Optional.empty();
            }
            LocalDate date = LocalDate.of(reference.get().getYear(), month, day);
            if (published.isPresent() && date.isAfter(published.get())) {
                date = date.minusYears(1);
            }
            return Optional.of(date);
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Month month(String name) {
        String prefix = name.replace(".", "").substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }
}
