package org.stancetracker.extractors.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.stancetracker.spi.stance.Polarity;
import org.stancetracker.spi.text.PhraseMatcher;

/**
 * The general language of stance in English news: reporting verbs, the verbs and nouns by which
 * an actor supports or opposes something, evaluations, negation, risk and hypothesis. Topic-specific
 * words (terms, harms, deeds) are reference data, not here.
 */
final class Lexicon {
    private Lexicon() {}

    /** Verbs that introduce what an actor said; their subject is the speaker. */
    static final PhraseMatcher<Boolean> REPORTING = words(
            List.of(
                    "said",
                    "says",
                    "say",
                    "told",
                    "tells",
                    "stated",
                    "states",
                    "added",
                    "adds",
                    "stressed",
                    "stresses",
                    "emphasized",
                    "emphasised",
                    "emphasizes",
                    "underlined",
                    "noted",
                    "notes",
                    "argued",
                    "argues",
                    "claimed",
                    "claims",
                    "declared",
                    "declares",
                    "announced",
                    "announces",
                    "insisted",
                    "insists",
                    "reiterated",
                    "responded",
                    "replied",
                    "explained",
                    "warned",
                    "warns",
                    "cautioned",
                    "urged",
                    "urges",
                    "called",
                    "calls",
                    "pushed",
                    "pushes",
                    "demanded",
                    "demands",
                    "pleaded",
                    "pleads",
                    "vowed",
                    "vows",
                    "pledged",
                    "agreed",
                    "agree",
                    "agrees",
                    "accused",
                    "accuses",
                    "opposed",
                    "opposes",
                    "rejected",
                    "rejects",
                    "condemned",
                    "condemns",
                    "welcomed",
                    "welcomes",
                    "backed",
                    "backs",
                    "supported",
                    "supports",
                    "dismissed",
                    "dismisses",
                    "acknowledged",
                    "suggested",
                    "indicated",
                    "maintained",
                    "wrote",
                    "tweeted",
                    "continued",
                    "concluded",
                    "affirmed",
                    "confirmed",
                    "threatened",
                    "proposed",
                    "asserted",
                    "complained",
                    "criticized",
                    "criticised",
                    "saying",
                    "stressing",
                    "warning",
                    "adding",
                    "vowing",
                    "urging",
                    "calling",
                    "demanding",
                    "insisting",
                    "denounced",
                    "ruled",
                    "refused",
                    "refuses",
                    "signalled",
                    "signaled",
                    "pointed",
                    "quoted",
                    "cited",
                    "echoed",
                    "reaffirmed",
                    "hinted",
                    "slammed",
                    "blamed",
                    "blames",
                    "praised",
                    "hailed",
                    "appealed",
                    "appeal",
                    "described",
                    "repeated",
                    "answered",
                    "defended",
                    "endorsed",
                    "telling",
                    "arguing"),
            true);

    /** A stance cue: a verb, noun or phrase that takes a side on what follows it. */
    record Cue(Polarity polarity, boolean nominal) {}

    static final PhraseMatcher<Cue> CUES = cues();

    private static PhraseMatcher<Cue> cues() {
        Map<String, Cue> cues = new LinkedHashMap<>();
        for (String support : List.of(
                "called for",
                "calls for",
                "call for",
                "calling for",
                "called on",
                "calls on",
                "pushed for",
                "pushes for",
                "pushing for",
                "push for",
                "urged",
                "urges",
                "urging",
                "demanded",
                "demands",
                "demanding",
                "demand",
                "pleaded for",
                "pleads for",
                "pleaded with",
                "backed",
                "backs",
                "backing",
                "supported",
                "supports",
                "support",
                "supporting",
                "welcomed",
                "welcomes",
                "endorsed",
                "endorses",
                "agreed to",
                "agreed on",
                "agreed that",
                "agreed",
                "agree to",
                "agree on",
                "agrees",
                "vowed to",
                "vowed",
                "vows",
                "pledged",
                "pledges",
                "insisted on",
                "advocated",
                "favours",
                "favors",
                "proposed",
                "wants",
                "wanted",
                "seeks",
                "sought",
                "seek",
                "seeking",
                "committed to",
                "in favour of",
                "in favor of",
                "prepared to",
                "ready to",
                "determined to",
                "is looking to",
                "looking to",
                "hopes for",
                "hoped for",
                "secure",
                "to secure",
                "achieve",
                "restore",
                "announce",
                "implement",
                "respect",
                "uphold",
                "preserve",
                "maintain",
                "keep",
                "importance of",
                "need for",
                "prospects for",
                "honour",
                "honor",
                "abide by",
                "comply with",
                "hailed",
                "stand by",
                "announced",
                "decided to",
                "decision to",
                "ordered",
                "asked",
                "requested",
                "appealed to",
                "appealed for",
                "appeals for",
                "voted for",
                "pressing",
                "pressed",
                "hoped",
                "hopes",
                "settled on")) {
            cues.put(support, new Cue(Polarity.SUPPORT, false));
        }
        for (String support : List.of(
                "call for",
                "calls for",
                "request for",
                "requests for",
                "demand for",
                "demands for",
                "push for",
                "plea for",
                "appeal for",
                "appeals for",
                "support for",
                "backing for",
                "proposal for",
                "bid for",
                "efforts for")) {
            cues.put(support, new Cue(Polarity.SUPPORT, true));
        }
        for (String oppose : List.of(
                "opposed",
                "opposes",
                "oppose",
                "opposing",
                "rejected",
                "rejects",
                "reject",
                "rejecting",
                "condemned",
                "condemns",
                "condemn",
                "denounced",
                "denounces",
                "dismissed",
                "dismisses",
                "ruled out",
                "rules out",
                "refused",
                "refuses",
                "objected to",
                "objects to",
                "criticized",
                "criticised",
                "criticizes",
                "criticises",
                "warned against",
                "warns against",
                "warning against",
                "cautioned against",
                "against",
                "resisted",
                "blocked",
                "vetoed",
                "prevent",
                "preventing",
                "prevented",
                "avert",
                "averting",
                "avoid",
                "halt",
                "stop",
                "stopping",
                "slammed",
                "protested",
                "deplored",
                "voted against",
                "put an end to",
                "put an immediate end to",
                "an end to")) {
            cues.put(oppose, new Cue(Polarity.OPPOSE, false));
        }
        for (String oppose : List.of(
                "opposition to",
                "objection to",
                "objections to",
                "rejection of",
                "warning against",
                "warnings against",
                "condemnation of",
                "criticism of")) {
            cues.put(oppose, new Cue(Polarity.OPPOSE, true));
        }
        return new PhraseMatcher<>(cues);
    }

    /** Evaluations that follow what they judge: "a truce would be pointless", "reclaiming Idlib is vital". */
    static final PhraseMatcher<Polarity> EVALUATIONS = evaluations();

    private static PhraseMatcher<Polarity> evaluations() {
        Map<String, Polarity> evaluations = new LinkedHashMap<>();
        for (String support : List.of(
                "vital",
                "inevitable",
                "necessary",
                "essential",
                "needed",
                "important",
                "most important",
                "indispensable",
                "legitimate",
                "justified",
                "a priority",
                "a victory",
                "the only way",
                "must continue",
                "should continue",
                "will continue",
                "would continue",
                "continue until",
                "must go ahead",
                "should go ahead",
                "is the solution",
                "a must",
                "imperative",
                "must be made permanent",
                "made permanent",
                "become permanent",
                "must be respected",
                "must be preserved",
                "must be applied",
                "must hold",
                "the right one",
                "every right",
                "welcome",
                "a welcome",
                "would be welcome")) {
            evaluations.put(support, Polarity.SUPPORT);
        }
        for (String oppose : List.of(
                "pointless",
                "useless",
                "meaningless",
                "unacceptable",
                "a mistake",
                "illegal",
                "counterproductive",
                "doomed",
                "must end",
                "must stop",
                "should end",
                "should stop",
                "must be stopped",
                "must be halted",
                "has to end",
                "have to end",
                "a disaster",
                "a catastrophe",
                "a red line",
                "impossible",
                "out of the question",
                "not acceptable",
                "unjustified",
                "had to stop",
                "has to stop",
                "have to stop",
                "must end immediately",
                "illegitimate",
                "reckless",
                "must not be allowed")) {
            evaluations.put(oppose, Polarity.OPPOSE);
        }
        return new PhraseMatcher<>(evaluations);
    }

    /** Negation before a cue reverses it: "no longer accept", "did not support". */
    static final Pattern NEGATION = Pattern.compile(
            "(?i)(?<![\\p{L}])(not|n't|no longer|never|cannot|no more|neither|nor|unable to|without|nobody|no one)(?![\\p{L}])");

    /** Verbs of consequence that link a position to a harm: "an assault could result in a massacre". */
    static final Pattern CONSEQUENCE = Pattern.compile(
            "(?i)\\b(would|could|will|may|might|can|shall|to)\\b[^.;:]{0,40}?\\b(result in|resulting in|lead to|leading to|"
                    + "cause|culminate in|turn into|end in|trigger|create|bring|mean|produce|spark|be)\\b");

    /** Words that frame a harm as something to avoid: warning of it, fearing it, not wanting it. */
    static final Pattern RISK = Pattern.compile(
            "(?i)\\b(warn\\w*|fear\\w*|avoid\\w*|avert\\w*|prevent\\w*|spare\\w*|want|turn into|result in|lead to|culminate|produce|become|"
                    + "would|could|will|may|might|risk\\w*|threat\\w*)\\b");

    /** Hypothesis and condition: what follows did not happen. */
    static final Pattern HYPOTHETICAL = Pattern.compile(
            "(?i)\\b(if|unless|whether|were to|would have|could have|in the event of|in case of|should the)\\b");

    /** Modals of possibility: what follows may not happen ("Russian jets could strike Idlib"). */
    static final Pattern MODAL = Pattern.compile("(?i)\\b(could|might|may|would|can)\\b");

    /** Clause boundaries that end a cue's reach. */
    static final Pattern CLAUSE_BOUNDARY = Pattern.compile(
            "[;:()\\[\\]–—]|[”\"]\\s*/\\s*[“\"]|\\band that\\b|,\\s*(?:but|while|whereas|although|though|because|since|which|who|as it|as the|and said|"
                    + "adding|saying)\\b|\\b(?:but|while|whereas|although|though|because|however)\\b");

    /** Concession: "while he agreed that a truce was necessary, ..." concedes and then denies. */
    static final Pattern CONCESSION = Pattern.compile("(?i)\\b(while|although|though|even though|even if)\\b");

    /** Vague or past time that must not inherit the story's date: "earlier this year", "has warned". */
    static final List<String> VAGUE_TIME = vagueTime();

    private static List<String> vagueTime() {
        List<String> phrases = new ArrayList<>(List.of(
                "earlier this year",
                "last year",
                "last month",
                "this week",
                "last week",
                "earlier this week",
                "in recent weeks",
                "in recent days",
                "for weeks",
                "in the past",
                "previously",
                "repeatedly",
                "for years",
                "for months",
                "long"));
        // "has warned", "have long opposed": a stance held over time, not a statement of the day.
        for (String auxiliary : List.of("has", "have")) {
            for (String adverb : List.of("", "long ", "repeatedly ", "previously ", "already ")) {
                for (String verb : List.of(
                        "warned",
                        "said",
                        "called",
                        "urged",
                        "opposed",
                        "rejected",
                        "demanded",
                        "insisted",
                        "argued",
                        "backed",
                        "supported")) {
                    phrases.add(auxiliary + " " + adverb + verb);
                }
            }
        }
        return List.copyOf(phrases);
    }

    /** Lines that are page furniture, not reporting. */
    static final Pattern BOILERPLATE =
            Pattern.compile("(?i)^\\s*(related( article)?:|read more|original url|see also|also read|advertisement|"
                    + "do you like this content|discuss this article|other reports by|subscribe)");

    private static <T> PhraseMatcher<T> words(List<String> words, T value) {
        Map<String, T> map = new LinkedHashMap<>();
        words.forEach(w -> map.put(w, value));
        return new PhraseMatcher<>(map);
    }
}
