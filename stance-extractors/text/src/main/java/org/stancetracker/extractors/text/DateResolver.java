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
import org.stancetracker.spi.stance.StanceDate;
import org.stancetracker.spi.text.PhraseMatcher;
import org.stancetracker.spi.text.WordIndex;
import org.stancetracker.spi.topic.TopicEvent;

/**
 * Dates each sentence of an article: the day its statements were made or its deeds done.
 *
 * <p>A sentence's own date comes from an explicit day ("on September 10th", "on 10 January"), a
 * weekday ("on Friday", "late on Monday", resolved against the publication date), "today" or
 * "yesterday", or a named event ("at the summit in Tehran"; a bare "the summit" is the one summit
 * the article can mean). A reported statement without a date of its own takes the date of the
 * story at that point (the last dated report), else the publication date. Vague or past time
 * ("earlier this year", "has previously warned"), and a deed told as a state of affairs ("has been
 * bombarded for months"), stays unknown rather than guessed. No date is after the publication date,
 * but for a sentence that looks ahead ("talks due to resume on 28 November").
 */
final class DateResolver {
    private static final String MONTHS =
            "January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
    private static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(?:on|On)\\s+(?:(?:" + WEEKDAYS + "),?\\s+)?(" + MONTHS
            + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?");
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(?:on|On)\\s+(?:(?:" + WEEKDAYS
            + "),?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")\\b(?:,?\\s+(\\d{4}))?");
    /**
     * "on Friday", "late on Monday", "last Sunday", "Friday's summit", and, in wire style, a weekday right
     * after a verb of saying or a past tense ("said Monday", "announced Tuesday", "struck Friday").
     */
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:(?:on|On|late on|Late on|early on|Early on|last|Last"
            + "|said|says|told|tells|\\p{Ll}+ed)\\s+(" + WEEKDAYS + ")\\b|(" + WEEKDAYS + ")(?:'s|’s)\\s)");

    private static final Pattern TODAY =
            Pattern.compile("\\b(today|this morning|this afternoon|tonight|this evening)\\b");
    private static final Pattern YESTERDAY = Pattern.compile("\\byesterday\\b", Pattern.CASE_INSENSITIVE);
    private static final int GENERIC_EVENT_WINDOW_DAYS = 30;
    private static final Pattern IN_MONTH =
            Pattern.compile("\\b(?:in|In|since|during|During)\\s+(" + MONTHS + ")(?:\\s+(\\d{4}))?\\b");
    private static final Pattern THIS_MONTH = Pattern.compile("(?i)\\b(earlier this month|this month)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");
    /**
     * Words that look ahead: "talks due to resume on 28 November", "will meet on Friday". A day such a
     * sentence names lies ahead of publication, up to {@link #AHEAD_DAYS}; every other day lies before it.
     */
    private static final Pattern AHEAD = Pattern.compile(
            "(?i)\\b(due to|will|is to|are to|set to|scheduled|expected to|planned|plans to|next|upcoming|"
                    + "would (?:resume|start|begin|meet|hold)|to be held|to resume|to meet)\\b");

    private static final int AHEAD_DAYS = org.stancetracker.spi.stance.StanceDate.MAX_DAYS_AHEAD;
    /**
     * A deed told as a state of affairs, with no day: "has been bombarded", "have lately intensified
     * their raids". Such a sentence takes no day from the story around it: it is background.
     */
    private static final Pattern BACKGROUND = Pattern.compile(
            "(?i)\\b(?:has|have|had)\\s+(?:(?:lately|long|repeatedly|regularly|routinely|frequently|often|also|"
                    + "continuously|increasingly)\\s+)?(?:been\\s+)?(?:bomb|bombard|strik|struck|hit|shell|pound|target|attack|"
                    + "intensifi|step|launch|carr|raid|besieg|kill|destroy|seiz|captur|retak|advanc)\\w*"
                    + "|\\b(?:regularly|routinely|frequently|for months|for years|since 20\\d\\d)\\b");

    // The words a sentence needs before a pattern can match in it, as bits. They are found in one pass
    // over the article, so the patterns run only in the few sentences that have their words.
    private static final long MONTH_WORD = 1;
    private static final long WEEKDAY_WORD = 1 << 1;
    private static final long TODAY_WORD = 1 << 2;
    private static final long YESTERDAY_WORD = 1 << 3;
    private static final long THIS_MONTH_WORDS = 1 << 4;
    private static final long TIME_WORDS_ANY =
            MONTH_WORD | WEEKDAY_WORD | TODAY_WORD | YESTERDAY_WORD | THIS_MONTH_WORDS;
    /** A verb of speech: a dated one sets the date of the story that follows ("Peskov said on Monday"). */
    private static final long SPEECH_VERB = 1 << 5;

    private static final long VAGUE_TIME = 1 << 6;
    /** The first bit of the kinds of event ("the summit"); each kind has its own. */
    private static final int FIRST_KIND_BIT = 7;

    private static final PhraseMatcher<Long> TIME_WORDS = timeWords();
    private static final PhraseMatcher<Long> SPEECH_VERBS = new PhraseMatcher<>(every(
            SPEECH_VERB,
            "said",
            "says",
            "told",
            "tells",
            "stated",
            "added",
            "announced",
            "declared",
            "warned",
            "urged",
            "insisted",
            "reported",
            "wrote",
            "tweeted",
            "called",
            "demanded",
            "stressed",
            "argued",
            "replied",
            "responded",
            "noted",
            "affirmed",
            "reiterated",
            "agreed",
            "hailed",
            "welcomed",
            "signed"));
    private static final PhraseMatcher<Long> VAGUE_TIMES = new PhraseMatcher<>(every(VAGUE_TIME, Lexicon.VAGUE_TIME));

    private final Vocabulary vocabulary;
    /** For each kind of event ("summit"), what names one as the event at hand ("the summit", "Friday's summit"). */
    private final Map<String, Pattern> kindNouns = new HashMap<>();

    private final Map<String, Long> kindBits = new HashMap<>();
    private final PhraseMatcher<Long> kindWords;

    private static PhraseMatcher<Long> timeWords() {
        Map<String, Long> words = new java.util.LinkedHashMap<>();
        for (String month : MONTHS.replace("\\.?", "").replace("\\.", "").split("\\|")) {
            words.put(month, MONTH_WORD);
        }
        for (String weekday : WEEKDAYS.split("\\|")) {
            words.put(weekday, WEEKDAY_WORD);
        }
        for (String today : List.of("today", "tonight", "this morning", "this afternoon", "this evening")) {
            words.put(today, TODAY_WORD);
        }
        words.put("yesterday", YESTERDAY_WORD);
        words.put("this month", THIS_MONTH_WORDS);
        return new PhraseMatcher<>(words);
    }

    private static Map<String, Long> every(long bit, String... phrases) {
        return every(bit, List.of(phrases));
    }

    private static Map<String, Long> every(long bit, List<String> phrases) {
        Map<String, Long> map = new java.util.LinkedHashMap<>();
        phrases.forEach(phrase -> map.put(phrase, bit));
        return map;
    }

    DateResolver(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        for (TopicEvent event : vocabulary.allEvents()) {
            kindNouns.computeIfAbsent(
                    event.kind(),
                    kind -> Pattern.compile(
                            "(?i)\\b(the|this|that|Friday's|Friday’s|\\w+day's|\\w+day’s|today's|weekend's|last week's|the recent)\\s+(trilateral\\s+|three-way\\s+|)"
                                    + Pattern.quote(kind) + "\\b"));
        }
        if (kindNouns.size() > Long.SIZE - FIRST_KIND_BIT) {
            throw new IllegalArgumentException("more kinds of event than " + (Long.SIZE - FIRST_KIND_BIT));
        }
        for (String kind : kindNouns.keySet()) {
            kindBits.put(kind, 1L << (FIRST_KIND_BIT + kindBits.size()));
        }
        this.kindWords = new PhraseMatcher<>(kindBits);
    }

    /**
     * The date of each sentence, in order.
     *
     * @param narration the text with long quotes blanked out: what the narrator dates
     */
    List<StanceDate> dates(
            WordIndex words, String narration, Quotes quotes, List<Sentence> sentences, Optional<LocalDate> published) {
        String text = words.text();
        List<PhraseMatcher.Match<TopicEvent>> events = vocabulary.events(words, 0, text.length());
        List<TopicEvent> named =
                events.stream().map(PhraseMatcher.Match::value).distinct().toList();
        Optional<LocalDate> latestEvent = named.stream().map(TopicEvent::date).max(Comparator.naturalOrder());
        Optional<LocalDate> latestYear =
                published.isPresent() ? Optional.empty() : latestYear(text).map(year -> LocalDate.of(year, 12, 31));
        Optional<LocalDate> reference = published.or(() -> latestYear.isPresent()
                        && latestEvent.isPresent()
                        && latestYear.get().getYear() > latestEvent.get().getYear()
                ? latestYear
                : latestEvent.or(() -> latestYear));
        List<StanceDate> dates = new ArrayList<>(sentences.size());
        Optional<LocalDate> story = Optional.empty();
        long[] cues = cues(words, narration, quotes, sentences);
        TopicEvent[] sentenceEvents = firstWithin(events, sentences);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            long cue = cues[i];
            TopicEvent sentenceEvent = sentenceEvents[i];
            String plain = narration.substring(sentence.start(), sentence.end());
            boolean timeWords = (cue & TIME_WORDS_ANY) != 0;
            Optional<java.time.YearMonth> month =
                    timeWords ? month(plain, cue, published, reference) : Optional.empty();
            boolean ahead = timeWords && AHEAD.matcher(plain).find();
            Optional<LocalDate> own = (timeWords
                            ? explicit(plain, cue, published, reference, ahead)
                            : Optional.<LocalDate>empty())
                    .or(() -> event(plain, cue, sentenceEvent, named, published))
                    .filter(d -> published
                            .map(p -> !d.isAfter(ahead ? p.plusDays(AHEAD_DAYS) : p))
                            .orElse(true));
            boolean speech = (cue & SPEECH_VERB) != 0;
            StanceDate date;
            if (own.isPresent()) {
                date = StanceDate.day(own.get());
                LocalDate day = own.get();
                boolean background =
                        reference.map(r -> day.isBefore(r.minusDays(60))).orElse(false);
                if ((speech || sentenceEvent != null || kindMentioned(plain, cue)) && !background) {
                    story = own;
                }
            } else if (month.isPresent() && speech) {
                // "in September": the month is known, the day is not.
                date = StanceDate.month(month.get());
            } else if (sentence.headline()
                    || (cue & VAGUE_TIME) != 0
                    || !speech && BACKGROUND.matcher(plain).find()) {
                // A headline sums the story up; only a date of its own dates it.
                date = StanceDate.unknown();
            } else {
                date = story.or(() -> published).map(StanceDate::day).orElseGet(StanceDate::unknown);
            }
            dates.add(date);
        }
        return dates;
    }

    /**
     * The cue words in each sentence, as bits, from one search of the whole text per kind of cue.
     * Words in long quotes do not count: the narrator does not date by them.
     */
    private long[] cues(WordIndex words, String narration, Quotes quotes, List<Sentence> sentences) {
        long[] cues = new long[sentences.size()];
        int length = words.text().length();
        mark(cues, TIME_WORDS.find(words, 0, length), narration, quotes, sentences, false);
        // Verbs of speech count in lower case only: "Signed in 2018, the deal ..." reports no statement.
        mark(cues, SPEECH_VERBS.find(words, 0, length), narration, quotes, sentences, true);
        mark(cues, VAGUE_TIMES.find(words, 0, length), narration, quotes, sentences, false);
        mark(cues, kindWords.find(words, 0, length), narration, quotes, sentences, false);
        return cues;
    }

    private static void mark(
            long[] cues,
            List<PhraseMatcher.Match<Long>> matches,
            String narration,
            Quotes quotes,
            List<Sentence> sentences,
            boolean lowerCaseOnly) {
        int index = 0;
        for (PhraseMatcher.Match<Long> match : matches) {
            if (narration.charAt(match.start()) == ' ' && quotes.inside(match.start())
                    || lowerCaseOnly && !Character.isLowerCase(match.phrase().charAt(0))) {
                continue;
            }
            while (index < sentences.size() && sentences.get(index).end() <= match.start()) {
                index++;
            }
            if (index == sentences.size()) {
                return;
            }
            Sentence sentence = sentences.get(index);
            if (sentence.start() <= match.start() && match.end() <= sentence.end()) {
                cues[index] |= match.value();
            }
        }
    }

    /** The first event each sentence names, or null. */
    private static TopicEvent[] firstWithin(List<PhraseMatcher.Match<TopicEvent>> events, List<Sentence> sentences) {
        TopicEvent[] first = new TopicEvent[sentences.size()];
        int index = 0;
        for (PhraseMatcher.Match<TopicEvent> match : events) {
            while (index < sentences.size() && sentences.get(index).end() <= match.start()) {
                index++;
            }
            if (index == sentences.size()) {
                break;
            }
            Sentence sentence = sentences.get(index);
            if (first[index] == null && sentence.start() <= match.start() && match.end() <= sentence.end()) {
                first[index] = match.value();
            }
        }
        return first;
    }

    /** A month the sentence dates itself by ("in September", "earlier this month"), never after publication. */
    private static Optional<java.time.YearMonth> month(
            String plain, long cue, Optional<LocalDate> published, Optional<LocalDate> reference) {
        Matcher in = (cue & MONTH_WORD) != 0 ? IN_MONTH.matcher(plain) : null;
        if (in != null && in.find() && reference.isPresent()) {
            int year = in.group(2) != null
                    ? Integer.parseInt(in.group(2))
                    : reference.get().getYear();
            java.time.YearMonth named = java.time.YearMonth.of(year, month(in.group(1)));
            java.time.YearMonth month = in.group(2) == null
                            && published.isPresent()
                            && named.isAfter(java.time.YearMonth.from(published.get()))
                    ? named.minusYears(1)
                    : named;
            return published.isPresent() && month.isAfter(java.time.YearMonth.from(published.get()))
                    ? Optional.empty()
                    : Optional.of(month);
        }
        if ((cue & THIS_MONTH_WORDS) != 0 && THIS_MONTH.matcher(plain).find() && published.isPresent()) {
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

    /** Whether the sentence names an event by its kind ("the summit", "Friday's summit"). */
    private boolean kindMentioned(String plain, long cue) {
        for (Map.Entry<String, Pattern> kind : kindNouns.entrySet()) {
            if ((cue & kindBits.get(kind.getKey())) != 0
                    && kind.getValue().matcher(plain).find()) {
                return true;
            }
        }
        return false;
    }

    private Optional<LocalDate> event(
            String plain, long cue, TopicEvent sentenceEvent, List<TopicEvent> named, Optional<LocalDate> published) {
        if (sentenceEvent != null) {
            return Optional.of(sentenceEvent.date());
        }
        for (Map.Entry<String, Pattern> kind : kindNouns.entrySet()) {
            if ((cue & kindBits.get(kind.getKey())) != 0
                    && kind.getValue().matcher(plain).find()) {
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
        List<TopicEvent> namedOfKind =
                named.stream().filter(e -> e.kind().equals(kind)).toList();
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

    /**
     * A day the sentence names; each pattern runs only where its words are ({@code cue}). A sentence that
     * looks {@code ahead} names a day after publication ("due to resume on 28 November", "will meet on
     * Friday"); any other names one before it.
     */
    private static Optional<LocalDate> explicit(
            String plain, long cue, Optional<LocalDate> published, Optional<LocalDate> reference, boolean ahead) {
        if ((cue & MONTH_WORD) != 0) {
            Matcher monthDay = MONTH_DAY.matcher(plain);
            if (monthDay.find()) {
                return calendar(
                        month(monthDay.group(1)),
                        Integer.parseInt(monthDay.group(2)),
                        monthDay.group(3),
                        published,
                        reference,
                        ahead);
            }
            Matcher dayMonth = DAY_MONTH.matcher(plain);
            if (dayMonth.find()) {
                return calendar(
                        month(dayMonth.group(2)),
                        Integer.parseInt(dayMonth.group(1)),
                        dayMonth.group(3),
                        published,
                        reference,
                        ahead);
            }
        }
        if (published.isPresent()) {
            Matcher weekday = (cue & WEEKDAY_WORD) != 0 ? WEEKDAY.matcher(plain) : null;
            // "Saturday's attack" dates the attack; in a sentence that reports words, not the words.
            while (weekday != null && weekday.find()) {
                if (weekday.group(1) == null && (cue & SPEECH_VERB) != 0) {
                    continue;
                }
                String name = weekday.group(1) != null ? weekday.group(1) : weekday.group(2);
                DayOfWeek day = DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
                return Optional.of(published
                        .get()
                        .with(ahead ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.previousOrSame(day)));
            }
            if ((cue & TODAY_WORD) != 0 && TODAY.matcher(plain).find()) {
                return published;
            }
            if ((cue & YESTERDAY_WORD) != 0 && YESTERDAY.matcher(plain).find()) {
                return Optional.of(published.get().minusDays(1));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> calendar(
            Month month,
            int day,
            String year,
            Optional<LocalDate> published,
            Optional<LocalDate> reference,
            boolean ahead) {
        try {
            if (year != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(year), month, day));
            }
            if (reference.isEmpty()) {
                return Optional.empty();
            }
            LocalDate date = LocalDate.of(reference.get().getYear(), month, day);
            if (published.isPresent()) {
                LocalDate p = published.get();
                if (ahead && date.isBefore(p) && !date.plusYears(1).isAfter(p.plusDays(AHEAD_DAYS))) {
                    date = date.plusYears(1); // "due to resume on 10 January", written in December
                } else if (date.isAfter(ahead ? p.plusDays(AHEAD_DAYS) : p)) {
                    date = date.minusYears(1);
                }
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
