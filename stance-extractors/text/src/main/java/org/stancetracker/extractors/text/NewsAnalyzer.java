package org.stancetracker.extractors.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancetracker.core.actor.ActorCode;
import org.stancetracker.core.stance.Polarity;
import org.stancetracker.core.stance.StanceDate;
import org.stancetracker.core.text.PhraseMatcher;
import org.stancetracker.core.topic.Position;
import org.stancetracker.extractors.text.Vocabulary.PhraseKind;
import org.stancetracker.spi.ArticleText;
import org.stancetracker.spi.ReferenceData;

/**
 * Finds the stances a news article reports, in one pass over its sentences.
 *
 * <p>For each sentence it finds who speaks: the subject of a reporting or stance verb ("Turkish
 * President Tayyip Erdogan called for"), with coordinated subjects ("Erdogan, Putin and Rouhani
 * agreed"), a speaker named after the words (", he said"), a perspective ("For Russia and Iran,
 * ..."), a possessive ("Turkey's calls for"), or a passive agent ("called pointless by Putin"). A
 * pronoun stands for the last person who spoke, if that was recent; an unknown speaker (an analyst)
 * blocks it. What each speaker's words say about the topic's positions is read by
 * {@link PositionReader}; deeds ("Russian jets pounded Idlib") count where they hit the topic's
 * places. Direct quotes are attributed to the speaker named next to them.
 *
 * <p>Immutable after construction and thread-safe.
 */
public final class NewsAnalyzer {
    private static final Pattern OBJECT_BEFORE = Pattern.compile(
            "(?i)(?:^|[^\\p{L}])(of|by|to|with|for|against|from|on|at|between|among|about|over|than|like|into|onto|upon|"
                    + "counterparts?|warned|urged|called on|calls on|accused|told|pressed|asked)\\s+(?:the\\s+|his\\s+|her\\s+|its\\s+|their\\s+)?$");
    private static final Pattern RUN_GAP = Pattern.compile(
            "^(?:\\s*(?:,|and|,\\s*and|’s|'s|-|–)?\\s*(?:the\\s+)?(?:[\\p{Lu}][\\p{L}.\\-]*\\s+){0,4})$");
    /** Words for the people and bodies that speak for an actor: "Britain's ambassador", "the Turkish leader". */
    private static final String OFFICIALS = "(?:acting\\s+|deputy\\s+|top\\s+|foreign\\s+|defence\\s+|defense\\s+|interior\\s+|prime\\s+|vice\\s+)?"
            + "(?:president|leader|counterpart|minister|ministry|envoy|ambassador|spokesman|spokeswoman|spokesperson|official|"
            + "officials|government|army|military|delegation|diplomats?|representative|chief|premier|authorities|command|"
            + "secretary|adviser|advisor|negotiator|mission|side|state media|news agency|foreign minister|defence minister|"
            + "defense minister|prime minister|foreign ministry|defence ministry|office|press office)";
    private static final Pattern OFFICIAL_GAP = Pattern.compile(
            "^(?:’s|'s)?\\s+" + OFFICIALS + "(?:\\s+(?:[\\p{Lu}][\\p{L}.\\-]*\\s*){1,3})?\\s*(?:,[^,“”\"]{0,60},\\s*)?"
                    + "(?:\\s*(?:has|have|had|was|were|also|further|then|later|earlier|on\\s+\\p{Lu}\\p{L}+)\\s*)*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_AFTER = Pattern.compile("^(?:’s|'s)?\\s+" + OFFICIALS + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT_GAP = Pattern.compile(
            "^(?:\\s*,[^,“”\"]{0,60},\\s*|\\s*,\\s*|\\s+who\\s+(?:on\\s+\\S+\\s+\\S+\\s+|\\S+ly\\s+)?|"
                    + "\\s+(?:earlier\\s+|later\\s+|late\\s+|early\\s+)?on\\s+(?:\\p{Lu}\\p{L}+\\.?)(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?|"
                    + "\\s+(?:last|this|next)\\s+(?:week|month|year|\\p{Lu}\\p{L}+day)|\\s+(?:today|yesterday|on\\s+\\d{1,2}\\s+\\p{Lu}\\p{L}+)|"
                    + "\\s+(?:has|have|had|was|were|is|are|also|further|then|later|again|earlier|previously|repeatedly|"
                    + "reportedly|once|quoted by \\S+|\\S+ly|would|will|did|does|do|not|never|no longer|on his part,|on her part,)\\b)*\\s*$");
    private static final Pattern PRONOUN_BEFORE = Pattern.compile(
            "(?i)(?:^|[^\\p{L}])(he|she|they|it)\\s+(?:(?:also|further|then|later|again|had|has|have|would|will|did|\\S+ly)\\s+)*$");
    private static final Pattern UNKNOWN_NAME_BEFORE = Pattern.compile(
            "(?:^|[^\\p{L}])((?:Mr\\.|Ms\\.|Mrs\\.|Dr\\.)\\s*)?[\\p{Lu}][\\p{Ll}\\p{M}]+(?:\\s+[\\p{Lu}][\\p{L}\\p{M}\\-]+)*\\s+$");
    private static final Pattern UNKNOWN_NAME_AFTER = Pattern.compile(
            "^\\s+(?:(?:Mr\\.|Ms\\.|Mrs\\.|Dr\\.)\\s*)?[\\p{Lu}][\\p{Ll}\\p{M}]+\\s+[\\p{Lu}][\\p{L}\\p{M}\\-]+");
    private static final Pattern PERSPECTIVE = Pattern.compile("^(?:For|To)\\s");
    private static final Pattern PARTICIPLE = Pattern.compile("ing$");
    private static final Pattern PASSIVE = Pattern.compile(
            "(?i)\\b(?:had been|has been|have been|was|were|is|are)\\s+(called|described as|dismissed as|deemed|branded|labelled|"
                    + "labeled|rejected|welcomed|backed|opposed|supported|criticized|criticised|condemned|endorsed|announced|"
                    + "proposed|brokered|agreed)\\b\\s*([\\p{L}\\-]+)?\\s*(?:[\\p{L}\\-]+\\s+)?by\\s+$");
    private static final int PRONOUN_REACH_SENTENCES = 4;

    /**
     * The last article analysed on this thread: the statements and quotes extractors read the same
     * analysis of an article, which the tracker hands to each in turn on one thread, instead of
     * analysing it twice.
     */
    private record Analysed(ReferenceData referenceData, ArticleText article, List<Claim> claims) {
    }

    private static final ThreadLocal<Analysed> LAST = new ThreadLocal<>();

    private final ReferenceData referenceData;
    private final Vocabulary vocabulary;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final DateResolver dates;
    private final PositionReader reader;

    public NewsAnalyzer(ReferenceData referenceData) {
        this.referenceData = referenceData;
        this.vocabulary = new Vocabulary(referenceData);
        this.dates = new DateResolver(vocabulary);
        this.reader = new PositionReader(vocabulary);
    }

    /** Who spoke last, for pronouns: an actor, or nobody we know (an analyst). */
    private static final class Speakers {
        /** The article's publication day, on which names met outside a sentence's own date resolve. */
        final Optional<LocalDate> day;
        Optional<ActorCode> person = Optional.empty();
        boolean known;
        int sentence = -100;
        Set<ActorCode> lastSubjects = Set.of();

        Speakers(Optional<LocalDate> day) {
            this.day = day;
        }

        void spoke(Optional<ActorCode> who, int index) {
            person = who;
            known = who.isPresent();
            sentence = index;
        }

        Optional<ActorCode> he(int index) {
            return known && index - sentence <= PRONOUN_REACH_SENTENCES ? person : Optional.empty();
        }
    }

    /** A speaker frame in a sentence: who, from which verb on their words run. */
    private record Frame(Set<ActorCode> speakers, int subjectStart, int verbStart, int verbEnd) {
    }

    /** The claims of an article; the list is shared and must not be changed. */
    public List<Claim> analyze(ArticleText article) {
        Analysed last = LAST.get();
        if (last != null && last.article() == article && last.referenceData() == referenceData) {
            return last.claims();
        }
        List<Claim> claims = List.copyOf(analyzeAfresh(article));
        LAST.set(new Analysed(referenceData, article, claims));
        return claims;
    }

    private List<Claim> analyzeAfresh(ArticleText article) {
        String text = article.text();
        if (text.isBlank()) {
            return List.of();
        }
        PositionReader.article(vocabulary.phrases(Vocabulary.PhraseKind.TERM).find(text));
        List<Sentence> sentences = splitter.split(text);
        Quotes quotes = Quotes.of(text);
        String view = quotes.masked(text, 0, text.length());
        List<StanceDate> sentenceDates = dates.dates(text, sentences, article.published(), quotes);
        Speakers speakers = new Speakers(article.published());
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            if (sentence.boilerplate()) {
                continue;
            }
            StanceDate date = sentenceDates.get(i);
            Optional<LocalDate> day = date.date().or(article::published);
            List<Mention> mentions = vocabulary.mentions(view, sentence.start(), sentence.end(), day);
            List<Frame> frames = frames(view, sentence, mentions, speakers, i);
            if (frames.isEmpty()) {
                Optional<ActorCode> person = subjectPerson(view, sentence, mentions);
                if (person.isPresent()) {
                    speakers.spoke(person, i);
                }
            }
            statements(text, view, sentence, frames, date, day, claims);
            perspective(view, sentence, mentions, date, day, claims);
            possessives(view, sentence, mentions, date, day, claims);
            passives(view, sentence, mentions, date, day, claims);
            deeds(view, sentence, mentions, speakers, date, claims);
            quotes(text, view, sentence, frames, quotes, speakers, i, date, day, claims);
        }
        return claims;
    }

    /** A person named at the head of a sentence ("President Emmanuel Macron met ...") is who "he" means next. */
    private static Optional<ActorCode> subjectPerson(String view, Sentence sentence, List<Mention> mentions) {
        for (Mention mention : mentions) {
            String before = view.substring(sentence.start(), mention.start());
            if (before.split("\\s+").length > 4 || before.contains(",")) {
                return Optional.empty();
            }
            String after = view.substring(mention.end(), Math.min(sentence.end(), mention.end() + 40));
            if (mention.person() || TITLE_AFTER.matcher(after).find()) {
                return Optional.of(mention.actor());
            }
        }
        return Optional.empty();
    }

    private List<Frame> frames(String view, Sentence sentence, List<Mention> mentions, Speakers speakers, int index) {
        List<Frame> frames = new ArrayList<>();
        List<PhraseMatcher.Match<Boolean>> verbs = Lexicon.REPORTING.find(view, sentence.start(), sentence.end());
        List<int[]> cueVerbs = new ArrayList<>();
        verbs.forEach(v -> cueVerbs.add(new int[] {v.start(), v.end()}));
        for (PhraseMatcher.Match<Lexicon.Cue> cue : Lexicon.CUES.find(view, sentence.start(), sentence.end())) {
            // Only a finite verb has a subject who speaks: "opposed", "calls for"; not "against" or "to secure".
            String first = cue.phrase().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
            boolean finite = first.endsWith("ed") || (first.endsWith("s") && !first.endsWith("ss")) || first.equals("agree");
            if (finite && !cue.value().nominal() && cueVerbs.stream().noneMatch(v -> v[0] <= cue.start() && cue.start() < v[1])) {
                cueVerbs.add(new int[] {cue.start(), cue.end()});
            }
        }
        cueVerbs.sort((a, b) -> Integer.compare(a[0], b[0]));
        for (int[] verb : cueVerbs) {
            if (frames.stream().anyMatch(f -> f.verbStart() <= verb[0] && verb[0] < f.verbEnd())) {
                continue;
            }
            String word = view.substring(verb[0], verb[1]);
            Optional<Frame> frame = subject(view, sentence, mentions, verb[0], verb[1], speakers, index);
            if (frame.isEmpty() && PARTICIPLE.matcher(word).find() && !frames.isEmpty()
                    && view.substring(Math.max(sentence.start(), verb[0] - 3), verb[0]).contains(",")) {
                Frame previous = frames.get(frames.size() - 1);
                frame = Optional.of(new Frame(previous.speakers(), verb[0], verb[0], verb[1]));
            }
            frame.ifPresent(frames::add);
        }
        return frames;
    }

    /** The subject of the verb at {@code [verbStart, verbEnd)}: a run of actor mentions or a pronoun. */
    private Optional<Frame> subject(String view, Sentence sentence, List<Mention> mentions, int verbStart, int verbEnd,
                                    Speakers speakers, int index) {
        if (view.substring(Math.max(sentence.start(), verbStart - 3), verbStart).matches("(?s).*\\bto\\s+$")) {
            return Optional.empty();
        }
        Mention last = null;
        for (Mention mention : mentions) {
            if (mention.end() <= verbStart && !mention.place()) {
                last = mention;
            }
        }
        String gapText = last == null ? "" : view.substring(last.end(), verbStart);
        boolean official = last != null && OFFICIAL_GAP.matcher(gapText).matches() && !gapText.contains("-backed");
        if (last != null && (official || SUBJECT_GAP.matcher(gapText).matches())) {
            int runStart = last.start();
            Set<ActorCode> run = new LinkedHashSet<>();
            // A titled speaker ("Britain's ambassador, Karen Pierce,") is a person "she" can refer back to.
            Optional<ActorCode> person = last.person() || official ? Optional.of(last.actor()) : Optional.empty();
            run.add(last.actor());
            for (int j = mentions.indexOf(last) - 1; j >= 0; j--) {
                Mention previous = mentions.get(j);
                if (previous.place() || !RUN_GAP.matcher(view.substring(previous.end(), runStart)).matches()) {
                    break;
                }
                run.add(previous.actor());
                if (previous.person() && person.isEmpty()) {
                    person = Optional.of(previous.actor());
                }
                runStart = previous.start();
            }
            runStart = coordinatedAdjectives(view, sentence, runStart, last, run, speakers.day);
            String before = view.substring(Math.max(sentence.start(), runStart - 30), runStart);
            if (OBJECT_BEFORE.matcher(before).find()) {
                return Optional.empty();
            }
            if (person.isPresent()) {
                speakers.spoke(person, index);
            }
            speakers.lastSubjects = run;
            return Optional.of(new Frame(run, runStart, verbStart, verbEnd));
        }
        String before = view.substring(Math.max(sentence.start(), verbStart - 40), verbStart);
        Matcher pronoun = PRONOUN_BEFORE.matcher(before);
        if (pronoun.find()) {
            String word = pronoun.group(1).toLowerCase(java.util.Locale.ROOT);
            int start = verbStart - before.length() + pronoun.start(1);
            if (word.equals("he") || word.equals("she")) {
                Optional<ActorCode> who = speakers.he(index);
                if (who.isPresent()) {
                    speakers.sentence = index;
                    return Optional.of(new Frame(Set.of(who.get()), start, verbStart, verbEnd));
                }
                return Optional.empty();
            }
            Optional<Mention> antecedent = mentions.stream()
                    .filter(m -> m.end() <= start && !m.person() && !m.place()).reduce((a, b) -> b);
            if (antecedent.isPresent()) {
                return Optional.of(new Frame(Set.of(antecedent.get().actor()), start, verbStart, verbEnd));
            }
            if (!speakers.lastSubjects.isEmpty() && word.equals("they")) {
                return Optional.of(new Frame(speakers.lastSubjects, start, verbStart, verbEnd));
            }
            return Optional.empty();
        }
        if (Lexicon.REPORTING.find(view, verbStart, verbEnd).size() > 0 && UNKNOWN_NAME_BEFORE.matcher(before).find()) {
            speakers.spoke(Optional.empty(), index);
            return Optional.empty();
        }
        // "Borrell arrived in Ankara on Tuesday and urged ...": the second verb shares the sentence's subject.
        if (before.matches("(?s).*\\band\\s+$")) {
            for (Mention mention : mentions) {
                if (mention.start() >= verbStart) {
                    break;
                }
                String head = view.substring(sentence.start(), mention.start());
                if (!mention.place() && head.split("\\s+").length <= 4 && !head.contains(",")
                        && !OBJECT_BEFORE.matcher(head).find()) {
                    return Optional.of(new Frame(Set.of(mention.actor()), mention.start(), verbStart, verbEnd));
                }
            }
        }
        return Optional.empty();
    }

    private void statements(String text, String view, Sentence sentence, List<Frame> frames, StanceDate date,
                            Optional<LocalDate> day, List<Claim> claims) {
        for (int f = 0; f < frames.size(); f++) {
            Frame frame = frames.get(f);
            int end = f + 1 < frames.size() ? Math.max(frame.verbEnd(), frames.get(f + 1).subjectStart()) : sentence.end();
            int from = frame.verbStart();
            // Words before the subject belong to the speaker when the speaker is named last: ", he said."
            if (f == 0 && frame.subjectStart() > sentence.start() && tailAttribution(view, sentence, frame)) {
                from = sentence.start();
                end = frame.subjectStart();
            } else if (f == 0 && frames.size() == 1 && parenthetical(view, sentence, frame)) {
                // "If chemical weapons were used, he said, France was ready to strike": the whole sentence is said.
                from = sentence.start();
            }
            for (PositionReader.Reading reading : reader.read(view, from, end, day)) {
                for (ActorCode actor : frame.speakers()) {
                    claims.add(claim(Claim.Basis.STATEMENT, actor, reading, sentence, date, reading.confidence()));
                }
            }
        }
    }

    /** "..., Putin said." / "..., he added": the speaker comes after the words, at the sentence's end. */
    private static boolean tailAttribution(String view, Sentence sentence, Frame frame) {
        String before = view.substring(sentence.start(), frame.subjectStart()).stripTrailing();
        String after = view.substring(frame.verbEnd(), sentence.end());
        return (before.endsWith(",") || before.endsWith("”") || before.endsWith("\""))
                && after.strip().split("\\s+").length <= 5 && after.matches("(?s)\\s*(?:[^,.;]{0,40})?[.!?]?\\s*$");
    }

    private static boolean parenthetical(String view, Sentence sentence, Frame frame) {
        String before = view.substring(sentence.start(), frame.subjectStart()).stripTrailing();
        String after = view.substring(frame.verbEnd(), Math.min(sentence.end(), frame.verbEnd() + 3));
        return before.endsWith(",") && after.startsWith(",");
    }

    /** "For Russia and Iran, reclaiming Idlib is vital": the words that follow are the named actors' view. */
    private void perspective(String view, Sentence sentence, List<Mention> mentions, StanceDate date,
                             Optional<LocalDate> day, List<Claim> claims) {
        if (!PERSPECTIVE.matcher(view.substring(sentence.start(), Math.min(sentence.end(), sentence.start() + 4))).find()) {
            return;
        }
        Set<ActorCode> actors = new LinkedHashSet<>();
        int runEnd = sentence.start() + 4;
        for (Mention mention : mentions) {
            String gap = view.substring(runEnd, mention.start());
            if (!gap.matches("\\s*(?:,|and|,\\s*and)?\\s*(?:the\\s+)?")) {
                break;
            }
            actors.add(mention.actor());
            runEnd = mention.end();
        }
        if (actors.isEmpty()) {
            return;
        }
        for (PositionReader.Reading reading : reader.read(view, runEnd, sentence.end(), day)) {
            for (ActorCode actor : actors) {
                claims.add(claim(Claim.Basis.STATEMENT, actor, reading, sentence, date, 0.6));
            }
        }
    }

    /** "Turkey's calls for a truce", "Washington's warnings over chemical weapons": a stance as a noun. */
    private void possessives(String view, Sentence sentence, List<Mention> mentions, StanceDate date,
                             Optional<LocalDate> day, List<Claim> claims) {
        for (Mention mention : mentions) {
            String after = view.substring(mention.end(), Math.min(sentence.end(), mention.end() + 3));
            if (!after.startsWith("'s") && !after.startsWith("’s")) {
                continue;
            }
            int nounStart = mention.end() + 3;
            if (nounStart >= sentence.end()) {
                continue;
            }
            String noun = view.substring(nounStart, Math.min(sentence.end(), nounStart + 25)).toLowerCase(java.util.Locale.ROOT);
            if (!noun.matches("(?s)^(calls?|requests?|demands?|push|pleas?|appeals?|support|backing|proposals?|bid|warnings?|"
                    + "opposition|objections?|rejection|condemnation|criticism|insistence|refusal)\\b.*")) {
                continue;
            }
            int end = PositionReader.clauseEnd(view, nounStart, sentence.end());
            for (PositionReader.Reading reading : reader.read(view, nounStart, end, day, true)) {
                claims.add(claim(Claim.Basis.STATEMENT, mention.actor(), reading, sentence, date, 0.7));
            }
        }
    }

    /** "... had been called pointless by Putin": the agent judges what the subject names. */
    private void passives(String view, Sentence sentence, List<Mention> mentions, StanceDate date,
                          Optional<LocalDate> day, List<Claim> claims) {
        for (Mention agent : mentions) {
            String before = view.substring(Math.max(sentence.start(), agent.start() - 60), agent.start());
            if (!before.endsWith("by ")) {
                continue; // the passive pattern ends in "by", and most mentions have no "by" before them
            }
            Matcher passive = PASSIVE.matcher(before);
            if (!passive.find() || agent.place()) {
                continue;
            }
            String verb = passive.group(1).toLowerCase(java.util.Locale.ROOT);
            String judged = passive.group(2) == null ? "" : passive.group(2).toLowerCase(java.util.Locale.ROOT);
            Polarity polarity;
            if (verb.matches("welcomed|backed|supported|endorsed|announced|proposed|brokered|agreed") || Lexicon.EVALUATIONS.find(judged).stream()
                    .anyMatch(e -> e.value() == Polarity.SUPPORT)) {
                polarity = Polarity.SUPPORT;
            } else if (verb.matches("rejected|opposed|criticized|criticised|condemned|dismissed as")
                    || Lexicon.EVALUATIONS.find(judged).stream().anyMatch(e -> e.value() == Polarity.OPPOSE)) {
                polarity = Polarity.OPPOSE;
            } else {
                continue;
            }
            int subjectEnd = agent.start() - before.length() + passive.start();
            int subjectStart = PositionReader.clauseStart(view, sentence.start(), subjectEnd);
            List<PhraseMatcher.Match<Position>> terms = vocabulary.phrases(PhraseKind.TERM).find(view, subjectStart, subjectEnd);
            for (PhraseMatcher.Match<Position> term : terms) {
                PositionReader.Reading reading = new PositionReader.Reading(term.value(), polarity, term.start(), term.end(), 0.75);
                claims.add(claim(Claim.Basis.STATEMENT, agent.actor(), reading, sentence, date, 0.75));
            }
        }
    }

    /** "Russian and Syrian government warplanes hit rebel-held parts of Idlib": deeds that support a position. */
    private void deeds(String view, Sentence sentence, List<Mention> mentions, Speakers speakers, StanceDate date,
                       List<Claim> claims) {
        for (PhraseMatcher.Match<Position> deed : vocabulary.phrases(PhraseKind.DEED).find(view, sentence.start(), sentence.end())) {
            int clauseStart = PositionReader.clauseStart(view, sentence.start(), deed.start());
            int clauseEnd = PositionReader.clauseEnd(view, deed.end(), sentence.end());
            String lead = view.substring(clauseStart, deed.start());
            String clause = view.substring(clauseStart, clauseEnd);
            if (Lexicon.HYPOTHETICAL.matcher(clause).find() || Lexicon.MODAL.matcher(lead).find()
                    || Lexicon.NEGATION.matcher(lead.substring(Math.max(0, lead.length() - 25))).find()) {
                continue;
            }
            // A deed aimed at an actor ("strikes on Syrian government positions") fights that actor, it does not support the offensive.
            boolean againstActor = mentions.stream().anyMatch(m -> m.start() >= deed.end() && m.start() < clauseEnd && !m.place()
                    && view.substring(deed.end(), m.start()).matches("(?s).{0,30}\\b(?:on|at|against)\\s+(?:the\\s+)?"));
            if (againstActor) {
                continue;
            }
            boolean aimed = vocabulary.mentionsPlace(view, paragraphStart(view, sentence), paragraphEnd(view, sentence))
                    || vocabulary.phrases(PhraseKind.TERM).find(view, deed.end(), clauseEnd).stream()
                    .anyMatch(t -> t.value().equals(deed.value()));
            if (!aimed) {
                continue;
            }
            Set<ActorCode> actors = deedActors(view, sentence, mentions, deed.start(), speakers);
            if (!actors.isEmpty()) {
                Mention head = mentions.stream().filter(m -> m.start() < deed.start()).reduce((a, b) -> b).orElse(null);
                if (head != null) {
                    coordinatedAdjectives(view, sentence, head.start(), head, actors, speakers.day);
                }
            }
            for (ActorCode actor : actors) {
                PositionReader.Reading reading = new PositionReader.Reading(deed.value(), Polarity.SUPPORT, deed.start(), deed.end(), 0.7);
                claims.add(claim(Claim.Basis.DEED, actor, reading, sentence, date, 0.7));
            }
        }
    }

    /**
     * "Syrian and Russian warplanes": an adjective coordinated with a mention's head noun names an actor
     * when adjective and noun together are one of its names ("Syrian warplanes").
     */
    private int coordinatedAdjectives(String view, Sentence sentence, int runStart, Mention head, Set<ActorCode> run,
                                      Optional<LocalDate> day) {
        String headText = view.substring(head.start(), head.end());
        int space = headText.lastIndexOf(' ');
        if (space < 0) {
            String after = view.substring(head.end(), Math.min(sentence.end(), head.end() + 30));
            Matcher noun = Pattern.compile("^\\s+([\\p{L}\\-]+)").matcher(after);
            if (!noun.find()) {
                return runStart;
            }
            headText = headText + " " + noun.group(1);
            space = headText.lastIndexOf(' ');
        }
        String noun = headText.substring(space + 1);
        String before = view.substring(Math.max(sentence.start(), runStart - 40), runStart);
        Matcher adjective = Pattern.compile("([\\p{Lu}][\\p{L}]+)\\s+(?:and|or|,)\\s+(?:the\\s+)?$").matcher(before);
        if (adjective.find()) {
            Optional<ActorCode> actor = vocabulary.actors().resolve(adjective.group(1) + " " + noun, day);
            if (actor.isPresent()) {
                run.add(actor.get());
                return runStart - before.length() + adjective.start(1);
            }
        }
        return runStart;
    }

    private static int paragraphStart(String view, Sentence sentence) {
        int newline = view.lastIndexOf('\n', sentence.start());
        return newline < 0 ? 0 : newline + 1;
    }

    private static int paragraphEnd(String view, Sentence sentence) {
        int newline = view.indexOf('\n', sentence.end());
        return newline < 0 ? view.length() : newline;
    }

    private Set<ActorCode> deedActors(String view, Sentence sentence, List<Mention> mentions, int deedStart, Speakers speakers) {
        Set<ActorCode> actors = new LinkedHashSet<>();
        Mention last = null;
        for (Mention mention : mentions) {
            if (mention.start() < deedStart && !mention.place() && !mention.person()) {
                last = mention;
            }
        }
        boolean adjacent = last != null && (last.end() >= deedStart || view.substring(last.end(), deedStart).isBlank());
        if (last != null && (adjacent || SUBJECT_GAP.matcher(view.substring(last.end(), deedStart)).matches()
                || view.substring(last.end(), deedStart).matches("\\s+(?:[\\p{Ll}\\-]+\\s+){0,4}"))) {
            int runStart = last.start();
            actors.add(last.actor());
            for (int j = mentions.indexOf(last) - 1; j >= 0; j--) {
                Mention previous = mentions.get(j);
                if (previous.place() || !RUN_GAP.matcher(view.substring(previous.end(), runStart)).matches()) {
                    break;
                }
                actors.add(previous.actor());
                runStart = previous.start();
            }
            String before = view.substring(Math.max(sentence.start(), runStart - 30), runStart);
            // "backed by Russian air strikes": an adjective on the deed itself names who did it, whatever precedes.
            if (!adjacent && OBJECT_BEFORE.matcher(before).find() && !before.matches("(?s).*\\b(?:in|of)\\s+(?:the\\s+)?$")) {
                actors.clear();
            }
            return actors;
        }
        String before = view.substring(Math.max(sentence.start(), deedStart - 30), deedStart);
        Matcher pronoun = PRONOUN_BEFORE.matcher(before);
        if (pronoun.find() && pronoun.group(1).equalsIgnoreCase("it")) {
            int start = deedStart - before.length() + pronoun.start(1);
            mentions.stream().filter(m -> m.end() <= start && !m.person() && !m.place()).reduce((a, b) -> b)
                    .ifPresent(m -> actors.add(m.actor()));
        }
        return actors;
    }

    private void quotes(String text, String view, Sentence sentence, List<Frame> frames, Quotes quotes, Speakers speakers,
                        int index, StanceDate date, Optional<LocalDate> day, List<Claim> claims) {
        for (Quotes.Quote quote : quotes.all()) {
            if (quote.open() < sentence.start() || quote.open() >= sentence.end() || quote.end() - quote.start() < 3) {
                continue;
            }
            int lineEnd = text.indexOf('\n', quote.close());
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            Optional<Attribution> after = attributionAfter(text, view, quote.close() + 1, Math.min(lineEnd, quote.close() + 140), speakers, index, day);
            Set<ActorCode> who;
            int from = quote.open();
            int evidenceEnd = Math.min(text.length(), quote.close() + 1);
            if (after.isPresent()) {
                if (after.get().speakers().isEmpty()) {
                    continue;
                }
                who = after.get().speakers();
                evidenceEnd = after.get().end();
            } else {
                Optional<Frame> before = frames.stream().filter(f -> f.verbEnd() <= quote.open()).reduce((a, b) -> b);
                if (before.isEmpty()) {
                    continue;
                }
                who = before.get().speakers();
                from = before.get().verbStart();
            }
            for (PositionReader.Reading reading : reader.read(text, from, quote.end(), day)) {
                for (ActorCode actor : who) {
                    claims.add(new Claim(Claim.Basis.QUOTE, actor, reading.position(), reading.polarity(),
                            Math.min(from, quote.open()), evidenceEnd, date, reading.confidence()));
                }
            }
        }
    }

    private record Attribution(Set<ActorCode> speakers, int end) {
    }

    /** ', Putin said.' / ', said Erdogan.' / ', he added': the speaker right after a quote; empty speakers for an unknown one. */
    private Optional<Attribution> attributionAfter(String text, String view, int from, int to, Speakers speakers, int index,
                                                   Optional<LocalDate> day) {
        if (from >= to) {
            return Optional.empty();
        }
        List<PhraseMatcher.Match<Boolean>> verbs = Lexicon.REPORTING.find(view, from, Math.min(to, from + 70));
        if (verbs.isEmpty()) {
            return Optional.empty();
        }
        PhraseMatcher.Match<Boolean> verb = verbs.get(0);
        String gap = view.substring(from, verb.start());
        if (gap.contains(".") && !gap.matches("(?s).*\\b(?:Mr|Ms|Mrs|Dr|U\\.S|U\\.N)\\.\\s*\\S*\\s*$")) {
            return Optional.empty();
        }
        int end = sentenceEnd(text, verb.end(), to);
        List<Mention> mentions = vocabulary.mentions(view, from, end, day);
        Matcher pronoun = Pattern.compile("^[\\s,]*(he|she|they)\\s", Pattern.CASE_INSENSITIVE).matcher(gap);
        if (pronoun.find()) {
            Optional<ActorCode> who = speakers.he(index);
            return Optional.of(new Attribution(who.map(Set::of).orElse(Set.of()), end));
        }
        Set<ActorCode> named = new LinkedHashSet<>();
        Optional<ActorCode> person = Optional.empty();
        if (gap.strip().replace(",", "").isBlank()) {
            String rest = view.substring(verb.end(), end);
            Optional<Mention> first = mentions.stream().filter(m -> m.start() >= verb.end()).findFirst();
            if (first.isEmpty() || !view.substring(verb.end(), first.get().start()).matches("\\s*(?:[\\p{Lu}][\\p{L}.\\-]*\\s+){0,3}")) {
                if (UNKNOWN_NAME_AFTER.matcher(rest).find()) {
                    speakers.spoke(Optional.empty(), index);
                    return Optional.of(new Attribution(Set.of(), end));
                }
                return Optional.empty();
            }
            named.add(first.get().actor());
            person = first.get().person() ? Optional.of(first.get().actor()) : Optional.empty();
        } else {
            for (Mention mention : mentions) {
                if (mention.end() <= verb.start() && !mention.place()) {
                    named.add(mention.actor());
                    if (mention.person()) {
                        person = Optional.of(mention.actor());
                    }
                }
            }
            if (named.isEmpty()) {
                if (UNKNOWN_NAME_BEFORE.matcher(gap).find()) {
                    speakers.spoke(Optional.empty(), index);
                    return Optional.of(new Attribution(Set.of(), end));
                }
                return Optional.empty();
            }
        }
        if (person.isPresent()) {
            speakers.spoke(person, index);
        }
        return Optional.of(new Attribution(named, end));
    }

    private static int sentenceEnd(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '\n') {
                return i + (c == '.' ? 1 : 0);
            }
        }
        return to;
    }

    private static Claim claim(Claim.Basis basis, ActorCode actor, PositionReader.Reading reading, Sentence sentence,
                               StanceDate date, double confidence) {
        return new Claim(basis, actor, reading.position(), reading.polarity(), sentence.start(), sentence.end(), date, confidence);
    }
}
