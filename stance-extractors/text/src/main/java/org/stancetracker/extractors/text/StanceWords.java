package org.stancetracker.extractors.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stancetracker.spi.stance.Polarity;

/**
 * The general language of stance in English news, by lemma: verbs of saying, verbs and nouns that
 * take a side, verbs of armed attack, and the head nouns that make a country's name stand for its
 * state ("Turkey's foreign minister", "Russian jets") rather than for something else ("Turkish
 * newspapers", "Syrian refugees"). Topic words (terms, places, deeds) are reference data, not here.
 */
final class StanceWords {
    private StanceWords() {
    }

    /** Verbs whose subject says what follows: "said", "warned", "told", "insisted". */
    static final WordClass<Boolean> SAYING = words(List.of("say/said", "tell/told", "state", "declare", "add", "warn",
            "insist", "argue", "claim", "stress", "note", "tweet", "write/wrote/written", "announce", "assert", "affirm",
            "reaffirm", "confirm", "reiterate", "repeat", "explain", "respond", "reply", "suggest", "indicate", "signal",
            "believe", "think/thought", "hope", "fear", "expect", "predict", "maintain", "acknowledge", "admit", "accuse",
            "emphasise", "emphasize", "underline", "conclude", "point out", "vow", "pledge", "promise", "threaten", "agree",
            "caution", "complain", "allege", "concede", "contend", "remark", "comment", "urge", "demand", "predict",
            "make clear/made", "signal", "hint", "recall", "quote", "cite", "describe", "call"), true);

    /** Verbs of saying that warn: what they say is a risk to avoid ("warned of a massacre"). */
    static final WordClass<Boolean> WARNING = words(List.of("warn", "caution", "fear"), true);

    /** Verbs that take a side on their object: "backed a truce", "rejected the plan", "called for talks". */
    static final WordClass<Polarity> TAKING_SIDES = takingSides();

    private static WordClass<Polarity> takingSides() {
        Map<String, Polarity> verbs = new LinkedHashMap<>();
        for (String verb : List.of("support", "back", "endorse", "welcome", "favour", "favor", "want", "seek/sought", "urge",
                "demand", "propose", "pledge", "vow", "promise", "sponsor", "host", "broker", "convene", "launch", "pursue",
                "advocate", "hail", "praise", "accept", "float", "champion", "embrace", "facilitate", "mediate", "kickstart",
                "revive", "resume", "agree", "approve", "defend", "push for", "call for", "call on", "press for", "plead for",
                "appeal for", "insist on", "hope for", "strive for", "work for", "work towards", "work toward", "commit to",
                "sign", "negotiate", "initiate", "organise", "organize", "arrange", "announce", "order", "decide", "plan",
                "prepare", "threaten", "intend", "aim", "try/tried", "attempt", "lead/led", "spearhead", "secure", "achieve",
                "reach", "implement", "respect", "uphold", "honour", "honor", "maintain", "keep/kept", "preserve", "restore",
                "guarantee", "ensure", "push through", "push", "press", "champion", "co-sponsor", "cosponsor", "chair",
                "conduct", "carry out", "prepare for", "get/got", "bring/brought", "complement", "need", "require",
                "begin/began/begun", "start", "continue", "intensify", "step up", "mount", "authorise", "authorize", "declare",
                "stand by/stood", "stick to/stuck", "abide by", "adhere to", "insist", "commit", "recommit", "reaffirm",
                "deliver", "offer", "sanction", "tout", "recommend", "lobby for", "argue for", "fight for/fought",
                "vote for", "welcome", "herald", "close in on", "unveil", "table", "put forward", "ask", "lobby")) {
            verbs.put(verb, Polarity.SUPPORT);
        }
        for (String verb : List.of("oppose", "reject", "condemn", "denounce", "criticise", "criticize", "rebuff", "dismiss",
                "refuse", "resist", "block", "veto", "protest", "slam", "decry", "deplore", "boycott", "halt", "stop", "end", "cease",
                "prevent", "avert", "avoid", "curtail", "suspend", "abandon", "undermine", "sabotage", "torpedo", "scupper",
                "derail", "obstruct", "disrupt", "breach", "violate", "rule out", "warn against", "object to",
                "speak out against/spoke", "push back against", "argue against", "vote against", "caution against",
                "fear", "regret", "scrap", "cancel", "postpone", "delay", "stall", "freeze/froze/frozen", "question",
                "ignore", "shun", "snub", "spurn", "renounce", "quit", "leave/left", "withdraw from/withdrew",
                "pull out of", "walk away from", "rail against", "lash out at", "resist", "thwart", "hamper",
                "forestall", "stave off", "head off", "ward off", "deter", "dissuade", "discourage", "restrain", "curb",
                "limit", "contain", "reverse", "overturn")) {
            verbs.put(verb, Polarity.OPPOSE);
        }
        return new WordClass<>(verbs);
    }

    /** Verbs of armed attack: with an agent and a target, a deed in support of an offensive. */
    static final WordClass<Boolean> ATTACKING = words(List.of("bomb", "strike/struck/stricken", "hit", "pound", "shell",
            "attack", "target", "raid", "besiege", "storm", "capture", "seize", "retake/retook/retaken", "recapture",
            "advance", "bombard", "assault", "launch", "mount", "begin/began/begun", "start", "resume", "intensify",
            "escalate", "step up", "push into", "mass", "fire", "sweep/swept", "overrun/overran", "encircle", "surround",
            "press on", "push on", "close in on", "move on", "march on", "move into", "blitz", "carpet-bomb", "pummel",
            "batter", "hammer", "rain", "drop", "fly", "conduct", "carry out", "kill", "destroy", "lay siege", "amass", "deploy",
            "send"), true);

    /**
     * Head nouns of a phrase whose actor modifier is the actor itself: "Turkey's foreign minister",
     * "Russian jets", "the Syrian government", "US officials". A phrase with another head ("UK
     * newspapers", "a Turkish campaign group", "Syrian refugees") is not the actor.
     */
    static final Set<String> AGENT_NOUNS = Set.of("government", "president", "minister", "ministry", "official", "officials",
            "force", "forces", "troops", "troop", "army", "armies", "military", "jet", "jets", "warplane", "warplanes", "aircraft",
            "plane", "planes", "navy", "envoy", "envoys", "ambassador", "delegation", "delegations", "diplomat", "diplomats",
            "leader", "leaders", "leadership", "spokesman", "spokeswoman", "spokesperson", "side", "authorities", "authority",
            "administration", "regime", "media", "counterpart", "counterparts", "chief", "representative", "representatives",
            "mission", "embassy", "negotiator", "negotiators", "adviser", "advisers", "advisor", "advisors", "cabinet",
            "intelligence", "general", "generals", "commander", "commanders", "soldier", "soldiers", "unit", "units",
            "artillery", "warship", "warships", "presidency", "state", "premier", "secretary", "ministers", "aviation",
            "bombers", "helicopters", "helicopter", "drones", "drone", "gunships", "missiles", "airstrikes", "strikes",
            "police", "marines", "contingent", "personnel", "command", "staff", "department", "office", "agency",
            "parliament", "foreign", "defence", "defense", "counterterrorism", "coalition", "guard", "guards", "militaries",
            "statement", "statements", "officer", "officers", "head", "spokesmen", "deputy", "ministries", "body", "centre",
            "center", "headquarters", "officialdom", "delegates", "delegate");

    /** Nouns by which a sentence refers back to an act or plan named before it: "opposed the move". */
    static final Set<String> ACT_NOUNS = Set.of("move", "decision", "plan", "idea", "step", "proposal", "announcement");

    /** Titles of people who speak for a state: never verbs, though the tagger sometimes says so ("the UN's Syria envoy"). */
    static final Set<String> TITLES = Set.of("envoy", "envoys", "spokesman", "spokeswoman", "spokesperson", "ambassador",
            "minister", "president", "official", "officials", "diplomat", "diplomats", "negotiator", "adviser", "advisor",
            "counterpart", "secretary", "premier", "chancellor");

    /** Heads by which a speaker refers to its own state: "the government", "the army", "the world body". */
    static final Set<String> SELF_NOUNS = Set.of("government", "army", "state", "body", "ministry", "military", "authorities",
            "regime", "administration", "leadership", "side", "country", "presidency", "kremlin", "cabinet");

    /** Nouns by which an actor's stance is named: "Turkey's calls for a truce", "Moscow's rejection of the plan". */
    static final Map<String, Polarity> STANCE_NOUNS = stanceNouns();

    private static Map<String, Polarity> stanceNouns() {
        Map<String, Polarity> nouns = new LinkedHashMap<>();
        for (String noun : List.of("call", "demand", "request", "push", "plea", "appeal", "support", "backing", "proposal",
                "plan", "bid", "effort", "attempt", "initiative", "decision", "order", "announcement", "pledge", "promise",
                "insistence", "commitment", "offer", "drive", "move", "intention", "determination", "readiness", "threat",
                "vow", "desire", "wish", "hope", "willingness", "idea", "scheme", "blueprint", "roadmap", "vision",
                "strategy", "policy", "approach", "agenda", "endorsement", "sponsorship", "auspices", "mediation", "tweet",
                "announcement", "assertion", "declaration", "statement", "claim", "pressure", "campaign", "preparation",
                "mobilisation", "mobilization", "build-up", "buildup", "deployment", "assurance", "guarantee")) {
            nouns.put(noun, Polarity.SUPPORT);
        }
        for (String noun : List.of("opposition", "rejection", "criticism", "condemnation", "objection", "refusal", "veto",
                "resistance", "protest", "warning", "concern", "fear", "qualm", "misgiving", "reservation", "doubt",
                "scepticism", "skepticism", "alarm", "anger", "outrage", "boycott", "denunciation")) {
            nouns.put(noun, Polarity.OPPOSE);
        }
        return nouns;
    }

    /** Verbs that judge their object by a word that follows: "called the truce pointless", "described it as reckless". */
    static final Set<String> JUDGING = Set.of("call", "called", "describe", "described", "dismiss", "dismissed", "label", "labelled",
            "labeled", "brand", "branded", "deem", "deemed", "term", "termed", "characterise", "characterised", "characterize",
            "characterized", "denounce", "denounced", "hail", "hailed");

    /** Verbs under which what follows is not the narrator's fact: "failed to reach", "accused X of preparing". */
    static final Set<String> UNREALISING = Set.of("fail", "failed", "decline", "accuse", "accused", "allege", "blame", "suspect",
            "deny", "denied", "refute", "struggle", "hesitate", "pretend", "claim");

    /** Conjunctions that concede what their clause says before the sentence denies it. */
    static final Set<String> CONCESSIVE = Set.of("while", "although", "though", "whilst", "albeit");

    /** Nouns of a process or plan whose source backs it: "proposals from France", "talks under the auspices of the UN". */
    static final Set<String> PROCESS_NOUNS = Set.of("talk", "talks", "process", "conference", "congress", "negotiations", "negotiation",
            "dialogue", "summit", "meeting", "deal", "agreement", "accord", "truce", "ceasefire", "settlement", "track", "format",
            "framework", "mechanism", "roadmap", "initiative", "proposal", "proposals", "plan", "plans", "offer", "transition");

    /** Compounds by which a name is the agent of its head: "Russian-led", "UN-hosted", "Moscow-brokered". */
    static final Set<String> AGENT_COMPOUNDS = Set.of("led", "sponsored", "hosted", "brokered", "backed", "mediated",
            "drafted", "proposed", "organised", "organized", "convened", "initiated", "chaired", "run", "facilitated",
            "negotiated", "launched", "planned", "ordered", "announced", "supported", "endorsed", "promoted", "driven",
            "engineered", "designed", "devised", "authored");


    private static <T> WordClass<T> words(List<String> words, T value) {
        Map<String, T> map = new LinkedHashMap<>();
        words.forEach(w -> map.put(w, value));
        return new WordClass<>(map);
    }
}
