package org.stancetracker.extractors.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.stancetracker.extractors.text.Vocabulary.PhraseKind;
import org.stancetracker.spi.actor.ActorCode;
import org.stancetracker.spi.topic.Position;

/**
 * The candidates the stance model judges: in each sentence read closely, every actor the sentence
 * names or stands for (a subject, a passive's agent, the owner of a phrase, any other mention) paired
 * with every position it names (a term, a reverse, a harm, a deed, or an armed attack by a verb of
 * attacking), described by features: where the actor stands towards the phrase (subject of the verb
 * that governs it, owner, doer after "by", bystander), the verbs between them and their class,
 * negation and modality, how the phrase is aimed at its targets, and the words around it. The rules'
 * verdicts are not among them: the model learns from the text alone, so that it can be compared with
 * the rules and added to them. Stateless.
 */
final class CandidateStage implements Stage {
    private static final Pattern HYPOTHETICAL =
            Pattern.compile("(?i)(?<![\\p{L}])(if|unless|whether|in case|in the event)(?![\\p{L}])");
    private static final Pattern NATIONWIDE = Pattern.compile(
            "(?i)(?<![\\p{L}])(across|around|throughout|all over) (the|this) (country|war|conflict|region)|nationwide|across syria|throughout syria");

    private final Vocabulary vocabulary;
    private final Actors actors;
    private final Agents agency;
    private final Targets targets;
    /** Positions whose support an armed attack by one of their agents shows: an offensive. */
    private final List<Position> attackable;

    CandidateStage(Vocabulary vocabulary, Actors actors) {
        this.vocabulary = vocabulary;
        this.actors = actors;
        this.agency = new Agents(actors);
        this.targets = new Targets(vocabulary);
        this.attackable = vocabulary.positions().stream()
                .filter(p -> !p.cues().agents().isEmpty())
                .toList();
    }

    /** Where an actor stands in a sentence: its kind ("subj", "agent", "owner", "mention"), clause and token. */
    private record Role(String kind, int clause, int token) {}

    @Override
    public void run(ArticleAnalysis analysis) {
        List<Candidate> candidates = new ArrayList<>();
        for (SentenceAnalysis sentence : analysis.sentences) {
            if (sentence.parse != null) {
                candidates.addAll(sentenceCandidates(analysis, sentence));
            }
        }
        analysis.candidates = candidates;
    }

    private List<Candidate> sentenceCandidates(ArticleAnalysis analysis, SentenceAnalysis sentence) {
        Token[] tokens = sentence.tokens;
        List<Clause> clauses = sentence.parse.clauses();
        Map<Position, List<PositionHit>> hits = hits(sentence, clauses);
        if (hits.isEmpty()) {
            return List.of();
        }
        Map<ActorCode, List<Role>> roles = roles(sentence, clauses, hits);
        if (roles.isEmpty()) {
            return List.of();
        }
        String text = analysis.text;
        List<String> sentenceWide = new ArrayList<>();
        for (Token token : tokens) {
            if ((token.is("VERB") || token.is("NOUN") || token.is("ADJ") || token.is("ADV"))
                    && token.lemma().length() > 2) {
                sentenceWide.add("w=" + token.lemma());
            }
            if (token.lower().equals("not")
                    || token.lower().equals("n't")
                    || token.lower().equals("never")) {
                sentenceWide.add("sneg");
            }
        }
        if (HYPOTHETICAL.matcher(text).region(sentence.start(), sentence.end()).find()) {
            sentenceWide.add("hyp");
        }
        if (NATIONWIDE.matcher(text).region(sentence.start(), sentence.end()).find()) {
            sentenceWide.add("nationwide");
        }
        if (sentence.sentence.headline()) {
            sentenceWide.add("headline");
        }
        sentenceWide.add("nact=" + Math.min(3, roles.size()));
        List<Candidate> candidates = new ArrayList<>();
        for (Map.Entry<ActorCode, List<Role>> actorRoles : roles.entrySet()) {
            ActorCode actor = actorRoles.getKey();
            for (Map.Entry<Position, List<PositionHit>> positionHits : hits.entrySet()) {
                Position position = positionHits.getKey();
                List<String> features = new ArrayList<>(sentenceWide);
                common(features, actor, position);
                Pair pair = pairFeatures(
                        features, analysis, sentence, clauses, actor, actorRoles.getValue(), positionHits.getValue());
                candidates.add(new Candidate(
                        sentence.index,
                        actor,
                        position,
                        new ArrayList<>(new LinkedHashSet<>(features)),
                        pair.deed(),
                        pair.quoted(),
                        pair.from(),
                        pair.to()));
            }
        }
        return candidates;
    }

    private static void common(List<String> features, ActorCode actor, Position position) {
        String p = position.id().value();
        features.add("p=" + p);
        features.add("a=" + actor.value());
        features.add("ap=" + actor.value() + "|" + p);
        if (!position.cues().agents().isEmpty()) {
            features.add(position.cues().agents().contains(actor) ? "agent" : "non-agent");
        }
        position.cues().anchorActor().ifPresent(anchor -> features.add(anchor.equals(actor) ? "anchor" : "non-anchor"));
    }

    /** The positions the sentence names, with an armed attack by any verb of attacking as a deed of each attackable one. */
    private Map<Position, List<PositionHit>> hits(SentenceAnalysis sentence, List<Clause> clauses) {
        Map<Position, List<PositionHit>> hits = new LinkedHashMap<>();
        for (PositionHit hit : sentence.hits) {
            hits.computeIfAbsent(hit.position(), k -> new ArrayList<>()).add(hit);
        }
        Token[] tokens = sentence.tokens;
        for (Clause clause : clauses) {
            Token main = tokens[clause.verb().main()];
            if (StanceWords.ATTACKING.at(tokens, clause.verb().main()) == null) {
                continue;
            }
            for (Position position : attackable) {
                List<PositionHit> of = hits.computeIfAbsent(position, k -> new ArrayList<>());
                if (of.stream().noneMatch(h -> h.start() <= main.start() && main.end() <= h.end())) {
                    of.add(new PositionHit(position, PhraseKind.DEED, main.start(), main.end()));
                }
            }
        }
        return hits;
    }

    /** Every actor the sentence names or stands for, with where it stands. */
    private Map<ActorCode, List<Role>> roles(
            SentenceAnalysis sentence, List<Clause> clauses, Map<Position, List<PositionHit>> hits) {
        Token[] tokens = sentence.tokens;
        Map<ActorCode, List<Role>> roles = new LinkedHashMap<>();
        for (int c = 0; c < clauses.size(); c++) {
            Clause clause = clauses.get(c);
            if (!clause.subject().isEmpty()) {
                int head = clause.subject().get(0).head();
                for (ActorCode actor : agency.subjectActors(sentence, clause)) {
                    roles.computeIfAbsent(actor, k -> new ArrayList<>()).add(new Role("subj", c, head));
                }
            }
            if (clause.verb().passive() && !clause.agent().isEmpty()) {
                int head = clause.agent().get(0).head();
                for (ActorCode actor : actors.of(sentence, clause.agent())) {
                    roles.computeIfAbsent(actor, k -> new ArrayList<>()).add(new Role("agent", c, head));
                }
            }
        }
        for (NounPhrase phrase : sentence.parse.phrases()) {
            int from = tokens[phrase.first()].start();
            int to = tokens[phrase.last()].end();
            boolean names =
                    hits.values().stream().flatMap(List::stream).anyMatch(h -> h.start() >= from && h.end() <= to);
            if (!names) {
                continue;
            }
            for (ActorCode actor : agency.phraseAgents(sentence, phrase)) {
                roles.computeIfAbsent(actor, k -> new ArrayList<>()).add(new Role("owner", -1, phrase.head()));
            }
        }
        for (Mention mention : sentence.mentions) {
            int token = tokenAt(tokens, mention.start());
            if (token < 0) {
                continue;
            }
            // "raids by the regime and Russian forces": the doer of what the phrase before names.
            int before = token - 1;
            if (before > 0 && tokens[before].is("DET")) {
                before--;
            }
            boolean by = before >= 0
                    && (tokens[before].lower().equals("by")
                            || tokens[before].lower().equals("from"));
            roles.computeIfAbsent(mention.actor(), k -> new ArrayList<>())
                    .add(new Role(by ? "by" : mention.place() ? "place" : "mention", -1, token));
        }
        return roles;
    }

    /**
     * What pairing an actor with a position found: whether the sentence tells the actor's own deed,
     * whether the position is named in quoted words, and the span from the actor to the phrase.
     */
    private record Pair(boolean deed, boolean quoted, int from, int to) {}

    /** What the sentence says between the actor and the position, as features. */
    private Pair pairFeatures(
            List<String> f,
            ArticleAnalysis analysis,
            SentenceAnalysis sentence,
            List<Clause> clauses,
            ActorCode actor,
            List<Role> roles,
            List<PositionHit> hits) {
        Token[] tokens = sentence.tokens;
        Position position = hits.get(0).position();
        String p = position.id().value();
        // The best aim of any of its phrases: attached to a target beats one named in the sentence, and so on.
        Targets.Aim bestAim = Targets.Aim.NONE;
        boolean quoted = false;
        for (PositionHit hit : hits) {
            f.add("k=" + hit.kind());
            f.add("pk=" + p + "|" + hit.kind());
            Targets.Aim aim = targets.aim(analysis, sentence, position, hit.start(), hit.end());
            if (aim.ordinal() < bestAim.ordinal()) {
                bestAim = aim;
            }
            quoted |= analysis.quotes.inside(hit.start());
        }
        boolean aimed = bestAim.aimed();
        if (!position.cues().targets().isEmpty()) {
            f.add(aimed ? "aim" : "no-aim");
            f.add("aim=" + bestAim);
            f.add("paim=" + p + "|" + bestAim);
        }
        if (position.cues().termsAreConditions()) {
            f.add(PositionStage.conditionNear(analysis, sentence, position) ? "cond" : "no-cond");
        }
        if (quoted) {
            f.add("quoted");
        }
        // The role nearest a hit, and that hit: what the pair is mostly about.
        Role best = null;
        PositionHit nearest = null;
        int distance = Integer.MAX_VALUE;
        for (Role role : roles) {
            f.add("r=" + role.kind());
            for (PositionHit hit : hits) {
                int at = tokenAt(tokens, hit.start());
                int d = Math.abs(at - role.token());
                if (rank(role) * 1000 + d < (best == null ? Integer.MAX_VALUE : rank(best) * 1000 + distance)) {
                    best = role;
                    nearest = hit;
                    distance = d;
                }
            }
        }
        String kind = nearest.kind().name();
        String aim = position.cues().targets().isEmpty() ? "na" : bestAim.name();
        f.add("best=" + best.kind());
        f.add("kbest=" + kind + "|" + best.kind());
        f.add("rka=" + best.kind() + "|" + kind + "|" + aim);
        f.add("prka=" + p + "|" + best.kind() + "|" + kind + "|" + aim);
        f.add("d=" + (distance <= 3 ? "0-3" : distance <= 10 ? "4-10" : distance <= 25 ? "11-25" : "26+"));
        int hitToken = tokenAt(tokens, nearest.start());
        f.add(best.token() < hitToken ? "actor-first" : "hit-first");
        boolean deed = false;
        // The actor's clause: its verb, the verb's class, negation, modality, and whether the hit lies in its scope.
        for (Role role : roles) {
            if (role.clause() < 0) {
                continue;
            }
            Clause clause = clauses.get(role.clause());
            VerbGroup verb = clause.verb();
            boolean inScope = inScope(sentence, clauses, role.clause(), hitToken);
            String scope = inScope ? "in" : "out";
            String lemma = tokens[verb.main()].lemma();
            f.add("v=" + lemma + "|" + scope);
            f.add("kv=" + kind + "|" + lemma + "|" + scope);
            f.add("pv=" + p + "|" + lemma);
            for (String cls : classes(tokens, verb.main())) {
                f.add("rkvc=" + role.kind() + "|" + kind + "|" + cls + "|" + scope + (verb.negated() ? "|neg" : ""));
                f.add("vc=" + cls + "|" + scope);
                f.add("kvc=" + kind + "|" + cls + "|" + scope);
                f.add("pvc=" + p + "|" + cls + "|" + scope);
                if (verb.negated()) {
                    f.add("negvc=" + cls);
                }
                if (cls.equals("attack")
                        && inScope
                        && verb.realis()
                        && role.kind().equals("subj")) {
                    deed = true;
                }
            }
            if (verb.negated()) {
                f.add("neg|" + scope);
                f.add("kneg=" + kind + "|" + scope);
            }
            f.add("mod=" + verb.modality() + "|" + scope);
            if (verb.passive()) {
                f.add("pass");
            }
        }
        // The verb that governs the hit, and the verbs over it: "urged Moscow to halt the offensive".
        int hitClause = clauseOf(sentence, clauses, hitToken);
        for (int c = hitClause, depth = 0;
                c >= 0 && depth < 3;
                c = clauses.get(c).governor(), depth++) {
            VerbGroup verb = clauses.get(c).verb();
            String lemma = tokens[verb.main()].lemma();
            String level = depth == 0 ? "hv" : "gv";
            f.add(level + "=" + lemma);
            f.add("k" + level + "=" + kind + "|" + lemma);
            for (String cls : classes(tokens, verb.main())) {
                f.add(level + "c=" + cls);
                f.add("k" + level + "c=" + kind + "|" + cls);
                f.add("p" + level + "c=" + p + "|" + cls);
            }
            if (verb.negated()) {
                f.add(level + "neg");
                f.add("k" + level + "neg=" + kind);
            }
            if (verb.modality() != VerbGroup.Modality.REAL) {
                f.add(level + "mod=" + verb.modality());
            }
        }
        // The words just before the hit: "halt the", "condemned the", "welcomed Washington's".
        for (int i = Math.max(0, hitToken - 3); i < hitToken; i++) {
            if (tokens[i].is("PUNCT") || tokens[i].is("DET")) {
                continue;
            }
            f.add("pre=" + tokens[i].lemma());
            f.add("kpre=" + kind + "|" + tokens[i].lemma());
        }
        if (hitToken + 1 < tokens.length) {
            f.add("post=" + tokens[hitToken + 1].lower());
        }
        deed |= best.kind().equals("owner") && nearest.kind() == PhraseKind.DEED;
        if (nearest.kind() == PhraseKind.DEED) {
            f.add(position.cues().agents().contains(actor) ? "deed-agent" : "deed-non-agent");
        }
        Token actorToken = tokens[best.token()];
        return new Pair(
                deed && position.cues().agents().contains(actor),
                quoted,
                Math.min(actorToken.start(), nearest.start()),
                Math.max(actorToken.end(), nearest.end()));
    }

    /** Subjects and agents first, then owners, then other mentions, places last. */
    private static int rank(Role role) {
        return switch (role.kind()) {
            case "subj", "agent" -> 0;
            case "owner", "by" -> 1;
            case "mention" -> 2;
            default -> 3;
        };
    }

    /** Whether the token lies in the clause's words or in a clause it governs ("decided to withdraw"). */
    private static boolean inScope(SentenceAnalysis sentence, List<Clause> clauses, int c, int token) {
        for (int at = clauseOf(sentence, clauses, token), depth = 0;
                at >= 0 && depth < 4;
                at = clauses.get(at).governor(), depth++) {
            if (at == c) {
                return true;
            }
        }
        return false;
    }

    /** The innermost clause whose words after the verb hold the token; -1 for none. */
    private static int clauseOf(SentenceAnalysis sentence, List<Clause> clauses, int token) {
        int found = -1;
        for (int c = 0; c < clauses.size(); c++) {
            Clause clause = clauses.get(c);
            if (clause.verb().first() <= token
                    && token < Math.max(clause.restTo(), clause.verb().last() + 1)) {
                found = c;
            }
        }
        return found;
    }

    private static List<String> classes(Token[] tokens, int i) {
        List<String> classes = new ArrayList<>(2);
        if (StanceWords.SAYING.at(tokens, i) != null) {
            classes.add("say");
        }
        if (StanceWords.WARNING.at(tokens, i) != null) {
            classes.add("warn");
        }
        WordClass.Entry<org.stancetracker.spi.stance.Polarity> side = StanceWords.TAKING_SIDES.at(tokens, i);
        if (side != null) {
            classes.add("side-" + side.value().name().toLowerCase(Locale.ROOT));
        }
        if (StanceWords.ATTACKING.at(tokens, i) != null) {
            classes.add("attack");
        }
        String lemma = tokens[i].lemma();
        if (StanceWords.JUDGING.contains(lemma)) {
            classes.add("judge");
        }
        if (StanceWords.UNREALISING.contains(lemma)) {
            classes.add("unreal");
        }
        return classes;
    }

    /** The token that holds the offset, or the first after it; -1 past the sentence. */
    private static int tokenAt(Token[] tokens, int offset) {
        for (int i = 0; i < tokens.length; i++) {
            if (tokens[i].end() > offset) {
                return i;
            }
        }
        return -1;
    }
}
