package org.stancetracker.benchmarks;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.stancetracker.spi.ReferenceData;
import org.stancetracker.spi.actor.Actor;
import org.stancetracker.spi.actor.ActorKind;
import org.stancetracker.spi.actor.Role;
import org.stancetracker.spi.topic.Position;
import org.stancetracker.spi.topic.Topic;
import org.stancetracker.spi.topic.TopicEvent;

/**
 * Builds a synthetic, news-like corpus from the reference data, deterministically: the same
 * reference data, count and seed always give the same articles, and {@code generate(n, seed)} is
 * a prefix of {@code generate(n + m, seed)} (each article has its own random stream).
 *
 * <p>An article is a headline line and paragraphs of one to three sentences, 20 to 40 sentences in
 * all. About half the sentences report stances in the forms the extractors read: actors, their
 * aliases and the people who speak for them (only roles held on the publication day) with
 * reporting and stance verbs and the terms of a topic's positions; direct quotes attributed before
 * or after; possessives ("Turkey's calls for"), perspectives ("For Russia and Iran, ..."), passives,
 * pronouns, warnings of harms, deeds on the topic's places; explicit days, weekdays and named
 * events. The rest are neutral filler: numbers, aid, weather, logistics, unnamed analysts.
 *
 * <p>Nothing here reads the extractors: the generator depends on the SPI's reference data only, so
 * it can feed any extractor (or a future end-to-end benchmark).
 */
public final class CorpusGenerator {
    /** One generated article: its text, its publication day and its topic. */
    public record GeneratedArticle(String text, LocalDate published, String topic) {
    }

    public static final int MIN_SENTENCES = 20;
    public static final int MAX_SENTENCES = 40;

    /** Publication days fall in this range; roles and events are chosen to fit the day. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2018, 8, 1);
    private static final int DAYS = 300;
    private static final double STANCE_SHARE = 0.5;
    /** An alias that is an adjective or a people ("Turkish", "Russians"): a modifier, not a subject. */
    private static final Pattern ADJECTIVE = Pattern.compile(".*(?:ish|ian|ese|ean|ic|i|ns|ks|ch)$");

    private static final String[] SAY = {"said", "stated", "told reporters", "stressed", "insisted", "argued",
        "declared", "noted", "reiterated", "added"};
    private static final String[] SUPPORT_VERB = {"supports", "backs", "wants", "is committed to", "welcomes",
        "is ready to respect", "favours"};
    private static final String[] OPPOSE_VERB = {"opposes", "rejects", "will not accept", "is against",
        "condemns", "refuses to accept"};
    private static final String[] CALL = {"called for", "pushed for", "urged", "demanded", "pleaded for",
        "renewed calls for"};
    private static final String[] REJECT = {"rejected", "condemned", "warned against", "dismissed",
        "ruled out", "criticized"};
    private static final String[] SUPPORT_EVAL = {"vital", "necessary", "essential", "the only way forward",
        "a priority", "legitimate"};
    private static final String[] OPPOSE_EVAL = {"pointless", "unacceptable", "a mistake", "counterproductive",
        "doomed", "out of the question"};
    private static final String[] QUOTE_SUPPORT = {"There is no alternative to %s.", "%s must be preserved at all costs.",
        "We are committed to %s and we expect others to be.", "%s is the only way to save lives in %s."};
    private static final String[] QUOTE_OPPOSE = {"We will never accept %s.", "%s is unacceptable and must end.",
        "Going ahead with %s would be a grave mistake.", "Talk of %s in %s is pointless."};
    private static final String[] PASSIVE = {"rejected", "welcomed", "backed", "opposed", "criticized", "endorsed"};
    private static final String[] FIRST = {"Maria", "Ahmed", "Elena", "Omar", "Julien", "Sara", "Kemal", "Nadia",
        "Thomas", "Leyla", "Pavel", "Hana"};
    private static final String[] LAST = {"Haddad", "Novak", "Demir", "Karimi", "Fischer", "Lindqvist", "Moreau",
        "Petrov", "Okafor", "Rahman", "Keller", "Aydin"};
    private static final String[] INSTITUTE = {"the International Crisis Group", "Chatham House",
        "the Carnegie Middle East Center", "the Middle East Institute", "the Washington Institute",
        "the Brookings Institution"};
    private static final String[] FILLER = {
        "The province is home to some {N} million people, around half of them displaced from other parts of the country.",
        "Aid agencies said food and medicine were running short in camps near the border.",
        "Prices of bread and fuel have risen by {N} percent since {MONTH}, traders in the area said.",
        "The meeting lasted about {N} hours, according to officials familiar with the talks.",
        "Schools in {PLACE} remained closed for a {ORD} week.",
        "Heavy rain flooded tents in several camps overnight, forcing families to move to mosques and schools.",
        "The road that links {PLACE} with the coast has been cut for {N} days.",
        "Local councils have struggled to pay salaries since the currency lost {N} percent of its value.",
        "Hospitals in the area reported shortages of fuel for their generators.",
        "Most of the families interviewed had been displaced at least {N} times.",
        "Farmers said the harvest had been the worst in {N} years.",
        "The border crossing reopened on a limited basis after a {N}-day closure.",
        "Journalists were not allowed to enter the area independently.",
        "The figures could not be independently verified.",
        "Electricity is available for only a few hours a day in most towns.",
        "Queues formed outside bakeries before dawn.",
        "The {N} kilometre front line runs through farmland and small villages.",
        "Officials gave no timetable for the next round of talks.",
        "The statement did not give further details.",
        "Humanitarian convoys carrying {N} trucks of supplies crossed into the province last week.",
        "Residents described long nights in basements as the fighting drew closer.",
        "The local water network has been damaged in several places.",
        "Diplomats expect the issue to be raised again at the next meeting.",
        "Many doctors have left the region in recent years.",
    };
    /** Openings and trailing clauses that bring sentences to the length of real news copy (~130 characters). */
    private static final String[] OPENING = {"Speaking to reporters after a cabinet meeting, ", "In a televised address, ",
        "In a statement published late in the evening, ", "During a visit to the border region, ",
        "After weeks of diplomatic wrangling, ", "At a joint news conference with his counterpart, ",
        "In an interview with a local newspaper, "};
    private static final String[] TRAILER = {", as fighting intensified in the south of the province",
        ", according to a statement carried by state media", ", amid growing fears for the civilians trapped in the area",
        ", a week after talks between military delegations ended without agreement",
        ", in remarks broadcast on national television",
        ", pointing to the thousands of people who have fled their homes since the summer",
        ", while diplomats in several capitals worked on a compromise text",
        ", days before the foreign ministers were due to meet again"};
    /** First words of terms that take no article: "regain control", "all Syrian territory", "no military solution". */
    private static final Pattern NO_ARTICLE = Pattern.compile(
            "(?i)(?:the|all|every|no|any|regain|retake|recapture|stop|halt|end|control|accept|take|leave|withdraw|pull|get)\\b.*");
    private static final String[] ORDINAL = {"second", "third", "fourth", "fifth", "sixth"};
    private static final String[] HEADLINE = {"%s %s %s as talks on %s stall", "%s and %s at odds over %s",
        "%s warns of %s in %s", "Pressure grows on %s over %s", "%s signals support for %s"};

    private final ReferenceData data;
    private final List<Actor> actors;
    private final List<Topic> topics;

    public CorpusGenerator(ReferenceData data) {
        this.data = Objects.requireNonNull(data, "data");
        this.actors = List.copyOf(data.actors().actors());
        this.topics = data.topics().stream().filter(t -> !t.positions().isEmpty()).toList();
        if (actors.size() < 2 || topics.isEmpty()) {
            throw new IllegalArgumentException("reference data " + data.version()
                    + " needs at least two actors and a topic with positions to generate a corpus");
        }
    }

    /** The texts of {@code count} articles generated from {@code seed}. */
    public List<String> articles(int count, long seed) {
        return generate(count, seed).stream().map(GeneratedArticle::text).toList();
    }

    /** {@code count} articles generated from {@code seed}, with their publication days. */
    public List<GeneratedArticle> generate(int count, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
        SplittableRandom seeds = new SplittableRandom(seed);
        List<GeneratedArticle> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(new Writer(seeds.split()).article());
        }
        return articles;
    }

    /** Writes one article with its own random stream. */
    private final class Writer {
        private final SplittableRandom random;
        private final LocalDate published;
        private final Topic topic;
        private final List<Role> roles;
        private final List<TopicEvent> events;
        private final List<String> places;
        private final List<Position> withDeeds;
        private final List<Position> withHarms;
        private String lastPerson;

        Writer(SplittableRandom random) {
            this.random = random;
            this.published = FIRST_DAY.plusDays(random.nextInt(DAYS));
            this.topic = pick(topics);
            this.roles = data.actors().roles().stream().filter(r -> r.heldOn(published)).toList();
            this.events = topic.events().stream().filter(e -> !e.date().isAfter(published))
                    .sorted(Comparator.comparing(TopicEvent::date)).toList();
            this.places = topic.places().isEmpty() ? List.of("the region") : topic.places();
            this.withDeeds = topic.positions().stream().filter(p -> !p.cues().deeds().isEmpty()).toList();
            this.withHarms = topic.positions().stream().filter(p -> !p.cues().harms().isEmpty()).toList();
        }

        GeneratedArticle article() {
            int sentences = MIN_SENTENCES + random.nextInt(MAX_SENTENCES - MIN_SENTENCES + 1);
            StringBuilder text = new StringBuilder(sentences * 140);
            text.append(headline()).append("\n\n");
            int written = 1;
            while (written < sentences) {
                int inParagraph = Math.min(sentences - written, 1 + random.nextInt(3));
                for (int s = 0; s < inParagraph; s++) {
                    if (s > 0) {
                        text.append(' ');
                    }
                    text.append(lengthen(random.nextDouble() < STANCE_SHARE ? stance() : filler()));
                }
                text.append("\n\n");
                written += inParagraph;
            }
            return new GeneratedArticle(text.toString().strip() + "\n", published, topic.id().toString());
        }

        private String headline() {
            Actor a = pick(actors);
            Actor b = other(a);
            Position p = pick(topic.positions());
            return switch (random.nextInt(HEADLINE.length)) {
                case 0 -> String.format(HEADLINE[0], a.name(), pick(new String[] {"rejects", "backs", "questions"}),
                        term(p), pick(places));
                case 1 -> String.format(HEADLINE[1], a.name(), b.name(), term(p));
                case 2 -> String.format(HEADLINE[2], a.name(), withHarms.isEmpty() ? "escalation" : pick(pick(withHarms).cues().harms()),
                        pick(places));
                case 3 -> String.format(HEADLINE[3], a.name(), term(p));
                default -> String.format(HEADLINE[4], a.name(), term(p));
            };
        }

        private String stance() {
            Position p = pick(topic.positions());
            String t = term(p);
            String place = pick(places);
            return switch (random.nextInt(14)) {
                case 0 -> lead(speaker()) + " " + pick(SAY) + date(" ") + " that " + subject(pick(actors)) + " "
                        + (random.nextBoolean() ? pick(SUPPORT_VERB) : pick(OPPOSE_VERB)) + " " + the(t) + " in " + place + ".";
                case 1 -> lead(speaker()) + " " + pick(CALL) + " " + a(t) + " in " + place + date(" ") + ".";
                case 2 -> lead(speaker()) + " " + pick(REJECT) + " " + the(t) + date(" ") + ", calling it "
                        + pick(OPPOSE_EVAL) + ".";
                case 3 -> "“" + quote(t, place) + ",” " + speaker() + " said" + date(" ") + ".";
                case 4 -> "“" + quote(t, place) + ",” said " + speaker() + ".";
                case 5 -> lead(speaker()) + " told reporters" + date(" ") + ": “" + quote(t, place) + ".”";
                case 6 -> {
                    Actor a = pick(actors);
                    yield possessive(a) + " " + pick(new String[] {"calls for", "support for", "push for", "opposition to"})
                            + " " + the(t) + " " + pick(new String[] {"were welcomed by", "were rejected by", "drew criticism from"})
                            + " " + subject(other(a)) + date(" ") + ".";
                }
                case 7 -> {
                    Actor a = pick(actors);
                    yield "For " + a.name() + " and " + other(a).name() + ", " + the(t) + " is "
                            + pick(random.nextBoolean() ? SUPPORT_EVAL : OPPOSE_EVAL) + ".";
                }
                case 8 -> deed(place);
                case 9 -> harm(place);
                case 10 -> lastPerson == null
                        ? capital(speaker()) + " " + pick(SAY) + " " + the(t) + " was " + pick(SUPPORT_EVAL) + "."
                        : pick(new String[] {"He", "She"}) + " " + pick(new String[] {"added", "also said", "later said", "stressed"})
                        + " that " + the(t) + " " + pick(new String[] {"must continue", "must end", "was necessary", "was pointless",
                            "should be respected", "would be a disaster"}) + ".";
                case 11 -> capital(the(t)) + " was " + pick(PASSIVE) + " by " + speaker() + date(" ") + ".";
                case 12 -> "“" + capital(the(t)) + " will not hold,” said " + pick(FIRST) + " " + pick(LAST) + ", an analyst at "
                        + pick(INSTITUTE) + ".";
                default -> lead(subject(pick(actors))) + " and " + subject(pick(actors)) + " "
                        + pick(new String[] {"agreed on", "disagreed over", "discussed"}) + " " + the(t) + event() + ".";
            };
        }

        /** Adds a trailing clause, as news copy has them. */
        private String lengthen(String sentence) {
            String result = sentence;
            if (result.endsWith(".") && !result.endsWith("”.") && random.nextInt(100) < 65) {
                result = result.substring(0, result.length() - 1) + pick(TRAILER) + ".";
            }
            return result;
        }

        /** A subject at the start of a sentence, sometimes after an opening ("In a televised address, ..."). */
        private String lead(String subject) {
            return random.nextInt(100) < 30 ? pick(OPENING) + subject : capital(subject);
        }

        /** The words of a direct quote, without final punctuation. */
        private String quote(String term, String place) {
            String words = capital(String.format(pick(random.nextBoolean() ? QUOTE_SUPPORT : QUOTE_OPPOSE), the(term), place));
            return words.substring(0, words.length() - 1);
        }

        private String deed(String place) {
            if (withDeeds.isEmpty()) {
                return filler();
            }
            List<Actor> states = actors.stream().filter(a -> a.kind() == ActorKind.STATE && adjective(a).isPresent()).toList();
            Actor a = states.isEmpty() ? pick(actors) : pick(states);
            String who = adjective(a).map(adj -> adj + " " + pick(new String[] {"jets", "warplanes", "artillery", "forces"}))
                    .orElse(subject(a));
            return capital(who) + " " + pick(new String[] {"pounded", "struck", "shelled", "bombed", "targeted"}) + " villages in "
                    + place + date(" ") + ", killing at least " + (2 + random.nextInt(30)) + " people, a monitoring group said.";
        }

        private String harm(String place) {
            if (withHarms.isEmpty()) {
                return filler();
            }
            Position p = pick(withHarms);
            return lead(speaker()) + " warned" + date(" ") + " that " + a(term(p)) + " on " + place + " could lead to "
                    + withArticle(pick(p.cues().harms())) + ".";
        }

        private String filler() {
            return pick(FILLER)
                    .replace("{N}", String.valueOf(2 + random.nextInt(60)))
                    .replace("{PLACE}", pick(places))
                    .replace("{MONTH}", month())
                    .replace("{ORD}", pick(ORDINAL));
        }

        /** Who speaks: a person holding a role that day, in one of several forms, or an actor. */
        private String speaker() {
            if (!roles.isEmpty() && random.nextInt(3) < 2) {
                Role role = pick(roles);
                String shortest = role.aliases().stream().min(Comparator.comparingInt(String::length)).orElse(role.person());
                lastPerson = role.person();
                return switch (random.nextInt(4)) {
                    case 0 -> role.person();
                    case 1 -> shortest;
                    case 2 -> role.person() + ", the " + role.title() + ",";
                    default -> pick(role.aliases().isEmpty() ? List.of(role.person()) : role.aliases());
                };
            }
            lastPerson = null;
            return subject(pick(actors));
        }

        /** An actor as the subject of a clause: its name, a capital, or "the Russian foreign ministry". */
        private String subject(Actor actor) {
            List<String> forms = new ArrayList<>();
            forms.add(actor.name());
            for (String alias : actor.aliases()) {
                if (alias.contains(" ")) {
                    forms.add(alias.startsWith("the ") || !Character.isUpperCase(alias.charAt(0)) ? alias : "the " + alias);
                } else if (!ADJECTIVE.matcher(alias).matches() && !alias.equals(alias.toUpperCase(Locale.ROOT))) {
                    forms.add(alias);
                }
            }
            String form = pick(forms);
            return form.startsWith("the the ") ? form.substring(4) : form;
        }

        private java.util.Optional<String> adjective(Actor actor) {
            List<String> adjectives = actor.aliases().stream()
                    .filter(a -> !a.contains(" ") && a.matches(".*(?:ish|ian|ese|an|i|ch)$")).toList();
            return adjectives.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(pick(adjectives));
        }

        private String possessive(Actor actor) {
            String name = actor.name();
            return (name.startsWith("United ") || name.startsWith("European ") || name.startsWith("North ") ? "The " : "")
                    + name + "'s";
        }

        private Actor other(Actor actor) {
            Actor other = pick(actors);
            return other == actor ? actors.get((actors.indexOf(actor) + 1) % actors.size()) : other;
        }

        /** A time phrase for the sentence, or nothing (then the story's date applies). */
        private String date(String prefix) {
            int kind = random.nextInt(10);
            String phrase = switch (kind) {
                case 0, 1 -> "on " + published.minusDays(random.nextInt(6)).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                case 2 -> {
                    LocalDate day = published.minusDays(random.nextInt(20));
                    yield "on " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth();
                }
                case 3 -> {
                    LocalDate day = published.minusDays(random.nextInt(20));
                    yield "on " + day.getDayOfMonth() + " " + day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                }
                case 4 -> "yesterday";
                case 5 -> "earlier this year";
                case 6 -> event().strip();
                default -> "";
            };
            return phrase.isEmpty() ? "" : prefix + phrase;
        }

        private String event() {
            if (events.isEmpty() || random.nextBoolean()) {
                return "";
            }
            TopicEvent event = pick(events);
            String name = event.aliases().isEmpty() || random.nextBoolean() ? event.name() : pick(event.aliases());
            return " at the " + name;
        }

        private String month() {
            return published.minusMonths(1 + random.nextInt(6)).getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        }

        private String term(Position position) {
            return pick(position.terms());
        }

        private String a(String term) {
            boolean plural = term.endsWith("s") && !term.endsWith("ss");
            return plural || NO_ARTICLE.matcher(term).matches() ? term : withArticle(term);
        }

        /** A term as a noun phrase: "the ceasefire", but "regain control", "all Syrian territory". */
        private String the(String term) {
            return NO_ARTICLE.matcher(term).matches() ? term : "the " + term;
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        private String pick(String[] array) {
            return array[random.nextInt(array.length)];
        }
    }

    private static String withArticle(String noun) {
        return ("aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
