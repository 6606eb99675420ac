package org.stancetracker.extractors.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Noun phrases, verb groups and clauses from a sentence's tagged tokens: a shallow parse, in time
 * linear in the sentence's length. It finds what the stance rules ask of a clause (who did or said
 * what, and to whom or about what), not a full tree, and it tolerates the tagger's common slips (an
 * auxiliary "have" tagged as a verb, "'s" tagged as punctuation). Stateless and thread-safe.
 */
final class ShallowParser {
    private ShallowParser() {}

    /** A parsed sentence. */
    record Parse(Token[] tokens, List<NounPhrase> phrases, List<Clause> clauses) {
        /** The noun phrase that contains the token, if any. */
        NounPhrase phraseAt(int token) {
            for (NounPhrase phrase : phrases) {
                if (phrase.contains(token)) {
                    return phrase;
                }
                if (phrase.first() > token) {
                    return null;
                }
            }
            return null;
        }
    }

    private static final Set<String> AUXILIARIES = Set.of(
            "be", "have", "do", "get", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
            "'ll", "'d", "wo", "ca", "need", "ought");
    private static final Set<String> MODAL_POSSIBLE = Set.of("could", "may", "might", "can", "ca");
    /** "would" is mostly the future of reported speech ("Turkey would no longer accept refugees"); a condition in the sentence is told apart by the rules. */
    private static final Set<String> MODAL_FUTURE = Set.of("will", "shall", "'ll", "wo", "would", "'d");

    private static final Set<String> MODAL_NEEDED = Set.of("must", "should", "ought", "need");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    /** Words that open a new clause inside a sentence. */
    private static final Set<String> CLAUSE_OPENERS = Set.of(
            "because",
            "although",
            "though",
            "while",
            "whereas",
            "if",
            "unless",
            "whether",
            "after",
            "before",
            "since",
            "when",
            "where",
            "until",
            "once",
            "but",
            "as",
            "so",
            "which",
            "who",
            "whom",
            "whose",
            "that",
            "despite");

    private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "that");
    /** Time words between a subject and its verb: "Erdogan on Monday called for". */
    private static final Set<String> TIME_NOUNS = Set.of(
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "week",
            "month",
            "year",
            "day",
            "weekend",
            "morning",
            "evening",
            "night",
            "afternoon",
            "today",
            "yesterday",
            "tonight",
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "time",
            "weeks",
            "months",
            "years",
            "days");

    static Parse parse(Token[] tokens) {
        boolean[] auxiliary = auxiliaries(tokens);
        List<NounPhrase> phrases = nounPhrases(tokens, auxiliary);
        List<VerbGroup> groups = verbGroups(tokens, auxiliary);
        List<Clause> clauses = clauses(tokens, phrases, groups);
        return new Parse(tokens, phrases, clauses);
    }

    /** Which tokens are auxiliaries: be, have, do and the modals before another verb, whatever the tagger said. */
    private static boolean[] auxiliaries(Token[] tokens) {
        boolean[] auxiliary = new boolean[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            Token token = tokens[i];
            if (!token.isVerbal() && !(token.lower().equals("'s") && i > 0 && tokens[i - 1].is("PRON"))) {
                continue;
            }
            String lemma = token.lower().equals("'s") ? "be" : token.lemma();
            if (!AUXILIARIES.contains(lemma) && !AUXILIARIES.contains(token.lower())) {
                continue;
            }
            int next = i + 1;
            while (next < tokens.length && (tokens[next].is("ADV") || NEGATIONS.contains(tokens[next].lower()))) {
                next++;
            }
            boolean beforeVerb = next < tokens.length && tokens[next].isVerbal();
            boolean modal = MODAL_POSSIBLE.contains(token.lower())
                    || MODAL_FUTURE.contains(token.lower())
                    || MODAL_NEEDED.contains(token.lower());
            auxiliary[i] = beforeVerb || modal;
        }
        return auxiliary;
    }

    private static List<NounPhrase> nounPhrases(Token[] tokens, boolean[] auxiliary) {
        List<NounPhrase> phrases = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            if (!startsPhrase(tokens, i, auxiliary)) {
                i++;
                continue;
            }
            if (tokens[i].is("PRON") && !possessivePronoun(tokens[i])) {
                phrases.add(new NounPhrase(i, i, i, -1));
                i++;
                continue;
            }
            int first = i;
            int head = -1;
            int possessive = -1;
            while (i < tokens.length) {
                Token token = tokens[i];
                if (possessiveMark(tokens, i) && head >= 0) {
                    possessive = i;
                    head = -1;
                    i++;
                    continue;
                }
                boolean nominal = token.is("NOUN")
                        || token.is("PROPN")
                        || token.is("NUM")
                        || (token.is("ADJ")
                                && i + 1 < tokens.length
                                && tokens[i + 1].text().equals("-"));
                // An adverb the tagger gave a modifier: "Trump's sudden decision" (sudden/ADV).
                boolean strayAdverb = token.is("ADV")
                        && head < 0
                        && i + 1 < tokens.length
                        && (tokens[i + 1].is("NOUN") || tokens[i + 1].is("ADJ"))
                        && (possessive == i - 1 || (i > first && tokens[i - 1].is("DET")));
                boolean modifier = token.is("DET")
                        || token.is("ADJ")
                        || possessivePronoun(token)
                        || hyphenJoin(tokens, i)
                        || strayAdverb
                        || coordinatedModifier(tokens, i, head)
                        || (token.is("VERB")
                                && !auxiliary[i]
                                && head < 0
                                && i + 1 < tokens.length
                                && (tokens[i + 1].is("NOUN") || tokens[i + 1].is("PROPN"))
                                && participle(token)
                                && i > first);
                if (nominal) {
                    // A determiner after a noun starts a new phrase: "gave Trump the praise".
                    head = i;
                    i++;
                } else if (modifier
                        && (head < 0
                                || hyphenJoin(tokens, i)
                                || possessive == i - 1
                                || token.is("ADJ")
                                        && i + 1 < tokens.length
                                        && (tokens[i + 1].is("NOUN") || tokens[i + 1].is("PROPN")))) {
                    // "the Iran nuclear deal", "the US military presence": an adjective inside a compound.
                    i++;
                } else {
                    break;
                }
            }
            int last = i - 1;
            if (head < 0 && last > first && tokens[first].is("DET") && tokens[last].is("ADJ")) {
                // "the withdrawal" with the noun tagged an adjective: a determiner's phrase ends in its head.
                head = last;
            }
            if (head < 0) {
                // Only modifiers ("the", "such"), or a possessor alone: no phrase, unless a possessor was read.
                while (last >= first && !tokens[last].isNominal()) {
                    last--;
                }
                if (last < first) {
                    i = Math.max(i, first + 1);
                    continue;
                }
                head = last;
            }
            phrases.add(new NounPhrase(first, last, head, possessive > last ? -1 : possessive));
        }
        return phrases;
    }

    /** "and" or a comma between two adjectives before a noun: "Syrian and Russian jets". */
    private static boolean coordinatedModifier(Token[] tokens, int i, int head) {
        String word = tokens[i].lower();
        if (head >= 0
                || i == 0
                || i + 2 >= tokens.length
                || !(word.equals("and") || word.equals(",") || word.equals("or"))) {
            return false;
        }
        if (!tokens[i - 1].is("ADJ") || !tokens[i + 1].is("ADJ")) {
            return false;
        }
        for (int j = i + 2; j < Math.min(tokens.length, i + 5); j++) {
            if (tokens[j].is("NOUN") || tokens[j].is("PROPN")) {
                return true;
            }
            if (!tokens[j].is("ADJ")
                    && !tokens[j].lower().equals("and")
                    && !tokens[j].text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    private static boolean startsPhrase(Token[] tokens, int i, boolean[] auxiliary) {
        Token token = tokens[i];
        return !auxiliary[i] && (token.isNominal() || token.is("DET") || token.is("ADJ") || possessivePronoun(token));
    }

    private static boolean possessivePronoun(Token token) {
        return switch (token.lower()) {
            case "his", "her", "its", "their", "our", "my", "your" -> true;
            default -> false;
        };
    }

    /** "'s" after a noun, however tagged; or a lone apostrophe after a plural ("the Russians' attack"). */
    private static boolean possessiveMark(Token[] tokens, int i) {
        String word = tokens[i].text();
        boolean mark = word.equals("'s")
                || word.equals("’s")
                || word.equals("'S")
                || ((word.equals("'") || word.equals("’"))
                        && i > 0
                        && tokens[i - 1].lower().endsWith("s"));
        return mark && i + 1 < tokens.length && !tokens[i + 1].isVerbal();
    }

    /** A hyphen the tokenizer left apart, inside a compound: "Russian - led". */
    private static boolean hyphenJoin(Token[] tokens, int i) {
        return tokens[i].text().equals("-")
                && i > 0
                && i + 1 < tokens.length
                && tokens[i - 1].end() == tokens[i].start()
                && tokens[i + 1].start() == tokens[i].end();
    }

    private static boolean participle(Token token) {
        String word = token.lower();
        return word.endsWith("ed") || word.endsWith("en") || word.endsWith("ing");
    }

    private static List<VerbGroup> verbGroups(Token[] tokens, boolean[] auxiliary) {
        List<VerbGroup> groups = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            Token token = tokens[i];
            // "to" before a verb, whether tagged a particle or (wrongly) a preposition.
            boolean infinitive = token.lower().equals("to")
                    && (token.is("PART") || token.is("ADP"))
                    && i + 1 < tokens.length
                    && (tokens[i + 1].isVerbal()
                            || (tokens[i + 1].is("ADV") && i + 2 < tokens.length && tokens[i + 2].isVerbal()));
            if (!token.isVerbal() && !infinitive && !auxiliary[i]) {
                i++;
                continue;
            }
            int first = i;
            boolean negated = i > 1
                    && tokens[i - 2].lower().equals("no")
                    && tokens[i - 1].lower().equals("longer");
            boolean passive = false;
            boolean beSeen = false;
            VerbGroup.Modality modality = VerbGroup.Modality.REAL;
            int main = -1;
            if (infinitive) {
                i++;
            }
            while (i < tokens.length) {
                Token t = tokens[i];
                String lower = t.lower();
                if (auxiliary[i]) {
                    if (MODAL_POSSIBLE.contains(lower)) {
                        modality = VerbGroup.Modality.POSSIBLE;
                    } else if (MODAL_FUTURE.contains(lower) && modality == VerbGroup.Modality.REAL) {
                        modality = VerbGroup.Modality.FUTURE;
                    } else if (MODAL_NEEDED.contains(lower) || MODAL_NEEDED.contains(t.lemma())) {
                        modality = VerbGroup.Modality.NEEDED;
                    }
                    if (t.lemma().equals("be") || t.lemma().equals("get") || lower.equals("'s")) {
                        beSeen = true;
                    }
                    i++;
                } else if (NEGATIONS.contains(lower) && !lower.equals("no") && i > first) {
                    negated = true;
                    i++;
                } else if (lower.equals("no")
                        && i > first
                        && i + 1 < tokens.length
                        && tokens[i + 1].lower().equals("longer")) {
                    // "would no longer accept"
                    negated = true;
                    i += 2;
                } else if (t.is("ADV")
                        && i > first
                        && i + 1 < tokens.length
                        && (tokens[i + 1].isVerbal()
                                || tokens[i + 1].is("ADV")
                                || NEGATIONS.contains(tokens[i + 1].lower()))) {
                    i++;
                } else if (t.isVerbal()) {
                    main = i;
                    passive = beSeen && !t.lemma().equals("be") && !t.lower().endsWith("ing");
                    i++;
                    // "going to attack": the future, read as its last verb.
                    if (t.lower().equals("going")
                            && i + 1 < tokens.length
                            && tokens[i].lower().equals("to")
                            && tokens[i + 1].isVerbal()) {
                        modality = VerbGroup.Modality.FUTURE;
                        beSeen = false;
                        i++;
                        continue;
                    }
                    break;
                } else {
                    break;
                }
            }
            if (main < 0) {
                // "It is": the copula alone, or an auxiliary whose verb the tagger missed.
                main = i - 1;
                while (main > first && !tokens[main].isVerbal()) {
                    main--;
                }
                if (!tokens[main].isVerbal()) {
                    i = Math.max(i, first + 1);
                    continue;
                }
            }
            // "to wrap up their mission and return home": a bare verb coordinated with an infinitive is one.
            boolean coordinatedInfinitive = !infinitive
                    && !groups.isEmpty()
                    && first == main
                    && first >= 1
                    && groups.get(groups.size() - 1).form() == VerbGroup.Form.INFINITIVE
                    && (tokens[first - 1].lower().equals("and")
                            || tokens[first - 1].lower().equals("or"))
                    && tokens[main].lower().equals(tokens[main].lemma());
            VerbGroup.Form form = infinitive || coordinatedInfinitive
                    ? VerbGroup.Form.INFINITIVE
                    : first == main && participle(tokens[main]) && !finiteContext(tokens, first)
                            ? VerbGroup.Form.PARTICIPLE
                            : VerbGroup.Form.FINITE;
            groups.add(new VerbGroup(
                    first,
                    i - 1,
                    main,
                    tokens[main].lemma(),
                    passive
                            || (form == VerbGroup.Form.PARTICIPLE
                                    && !tokens[main].lower().endsWith("ing")
                                    && followedByBy(tokens, main)),
                    negated,
                    modality,
                    form));
        }
        return groups;
    }

    /** Whether a lone "-ed" or "-ing" verb is finite here: right after its subject ("Russia backed"), not after a comma or a noun it modifies. */
    private static boolean finiteContext(Token[] tokens, int verb) {
        if (tokens[verb].lower().endsWith("ing")) {
            return false;
        }
        if (verb == 0) {
            return true;
        }
        Token before = tokens[verb - 1];
        if (before.text().equals(",")) {
            // "Rosemary DiCarlo, the UN political affairs chief, added": the comma closes an appositive; "Syrian
            // troops, backed by Russian air strikes, captured": a participial phrase; or a relative clause.
            return appositiveOpening(tokens, verb - 1) >= 0
                    || participialOpening(tokens, verb - 1) >= 0
                    || relativeOpening(tokens, verb - 1) >= 0;
        }
        // "a truce brokered by Moscow": a participle after a noun, when "by" follows.
        return !(before.isNominal() && followedByBy(tokens, verb));
    }

    private static boolean followedByBy(Token[] tokens, int verb) {
        for (int i = verb + 1; i < Math.min(tokens.length, verb + 4); i++) {
            if (tokens[i].lower().equals("by")) {
                return true;
            }
            if (!tokens[i].is("ADV") && !tokens[i].is("ADP")) {
                return false;
            }
        }
        return false;
    }

    private static List<Clause> clauses(Token[] tokens, List<NounPhrase> phrases, List<VerbGroup> groups) {
        List<Clause> clauses = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            VerbGroup group = groups.get(g);
            int governor = governor(tokens, groups, clauses, g);
            List<NounPhrase> subject = subject(tokens, phrases, groups, clauses, g, governor);
            int restTo = restEnd(tokens, phrases, groups, g);
            // A participle's agent may reach past where its clause is cut: "a truce brokered by Moscow would".
            int agentTo = group.form() == VerbGroup.Form.PARTICIPLE ? tokens.length : restTo;
            List<NounPhrase> agent = group.passive() ? agent(tokens, phrases, group.last() + 1, agentTo) : List.of();
            clauses.add(new Clause(group, subject, agent, group.last() + 1, restTo, governor));
        }
        return clauses;
    }

    /** The clause whose verb governs a non-finite one: "decided" for "to withdraw", "said" for ", saying". */
    private static int governor(Token[] tokens, List<VerbGroup> groups, List<Clause> clauses, int g) {
        VerbGroup group = groups.get(g);
        if (group.form() == VerbGroup.Form.FINITE || g == 0) {
            return -1;
        }
        VerbGroup previous = groups.get(g - 1);
        if (previous.form() == VerbGroup.Form.INFINITIVE
                && !tokens[group.first()].lower().equals("to")) {
            // The second of two coordinated infinitives has the first one's governor.
            return clauses.get(g - 1).governor();
        }
        for (int i = previous.last() + 1; i < group.first(); i++) {
            String word = tokens[i].lower();
            if (word.equals(";") || word.equals(":") || (tokens[i].is("SCONJ") && !word.equals("to"))) {
                return -1;
            }
        }
        return g - 1 < clauses.size() ? g - 1 : -1;
    }

    private static List<NounPhrase> subject(
            Token[] tokens,
            List<NounPhrase> phrases,
            List<VerbGroup> groups,
            List<Clause> clauses,
            int g,
            int governor) {
        VerbGroup group = groups.get(g);
        if (group.form() == VerbGroup.Form.PARTICIPLE && !group.passive()) {
            if (group.first() == 0) {
                return List.of();
            }
            Token before = tokens[group.first() - 1];
            if (governor >= 0 && before.text().equals(",")) {
                // ", killing 17 people" / ", saying ...": the governing clause's subject acts.
                return clauses.get(governor).subject();
            }
            if (governor >= 0
                    && before.is("ADP")
                    && tokens[group.first()].lower().endsWith("ing")) {
                // "backed Moscow and Tehran in pursuing": the governor's object does it; "helped by sending": its
                // subject.
                Clause governing = clauses.get(governor);
                List<NounPhrase> objects = new ArrayList<>();
                for (NounPhrase phrase : phrases) {
                    if (phrase.first() > governing.verb().last() && phrase.last() < group.first() - 1) {
                        objects.add(phrase);
                    }
                }
                return objects.isEmpty()
                        ? governing.subject()
                        : coordinated(tokens, phrases, objects.get(objects.size() - 1));
            }
            // "the US keeping 2,000 troops", "forces advancing on the town": the noun right before does it.
            NounPhrase doer = endingAt(phrases, group.first() - 1);
            return doer != null && tokens[group.first()].lower().endsWith("ing") ? List.of(doer) : List.of();
        }
        if (group.form() == VerbGroup.Form.INFINITIVE) {
            NounPhrase noun = endingAt(phrases, group.first() - 1);
            if (noun != null && noun.hasPossessor()) {
                // "Trump's decision to withdraw": the possessor decided.
                return List.of(new NounPhrase(noun.first(), noun.possessive() - 1, noun.possessive() - 1, -1));
            }
            if (governor < 0) {
                return List.of();
            }
            Clause governing = clauses.get(governor);
            // "urged Turkey to stop": the object between the verbs does it; "vowed to retake": the subject.
            List<NounPhrase> between = new ArrayList<>();
            for (NounPhrase phrase : phrases) {
                if (phrase.first() > governing.verb().last() && phrase.last() < group.first()) {
                    between.add(phrase);
                }
            }
            return between.isEmpty() || governing.verb().passive() ? governing.subject() : List.of(between.get(0));
        }
        if (group.form() == VerbGroup.Form.PARTICIPLE) {
            // "a truce brokered by Moscow", "Syrian troops, backed by Russian jets,": the noun before undergoes it.
            int before = group.first() - 1;
            if (before > 0 && tokens[before].text().equals(",")) {
                before--;
            }
            NounPhrase patient = endingAt(phrases, before);
            return patient == null ? List.of() : List.of(patient);
        }
        int i = skipBackOverAdverbials(tokens, phrases, group.first() - 1);
        if (i < 0) {
            return List.of();
        }
        if (group.first() >= 2
                && tokens[group.first() - 1].text().equals(",")
                && alongWith(tokens, phrases, group.first() - 1) == i) {
            NounPhrase last = endingAt(phrases, i);
            if (last != null) {
                List<NounPhrase> subject = new ArrayList<>(coordinated(tokens, phrases, last));
                subject.addAll(addedAlong(tokens, phrases, i + 1, group.first()));
                return subject;
            }
        }
        Token token = tokens[i];
        if (RELATIVES.contains(token.lower()) && (token.is("PRON") || token.is("SCONJ") || token.is("DET"))) {
            // "Turkey, which backs the rebels": the relative's antecedent.
            int j = i - 1;
            if (j >= 0 && tokens[j].text().equals(",")) {
                j--;
            }
            NounPhrase antecedent = endingAt(phrases, j);
            return antecedent == null ? List.of() : coordinated(tokens, phrases, antecedent);
        }
        if ((token.lower().equals("and")
                        || token.lower().equals("but")
                        || token.lower().equals("or"))
                && g > 0) {
            // "arrived in Ankara and urged": the verbs share a subject; "wrote that ... was paying off and said": the
            // first clause's, not the embedded one's.
            NounPhrase right = endingAt(phrases, i - 1);
            Clause previous = clauses.get(g - 1);
            if (previous.verb().form() != VerbGroup.Form.FINITE
                    || right != null && right.first() <= previous.verb().last()) {
                return List.of();
            }
            for (int p = g - 1; p >= 0; p--) {
                Clause earlier = clauses.get(p);
                if (earlier.verb().form() == VerbGroup.Form.FINITE
                        && !earlier.subject().isEmpty()
                        && p < g - 1
                        && embeds(tokens, earlier, previous)) {
                    return earlier.subject();
                }
            }
            return previous.subject();
        }
        NounPhrase last = endingAt(phrases, i);
        if (last == null) {
            return List.of();
        }
        int floor = g > 0 ? groups.get(g - 1).last() + 1 : 0;
        // "Russian air strikes on Idlib killed": the subject is the phrase the prepositions hang from.
        while (last.first() >= 2
                && tokens[last.first() - 1].is("ADP")
                && !tokens[last.first() - 1].lower().equals("by")
                && last.first() - 2 >= floor) {
            NounPhrase head = endingAt(phrases, last.first() - 2);
            if (head == null) {
                break;
            }
            last = head;
        }
        // "a truce brokered by Moscow would not hold": the subject is before the participle and its agent.
        if (g > 0 && last.first() >= 3 && tokens[last.first() - 1].lower().equals("by")) {
            VerbGroup previous = groups.get(g - 1);
            if (previous.form() == VerbGroup.Form.PARTICIPLE && previous.last() == last.first() - 2) {
                NounPhrase patient = endingAt(phrases, previous.first() - 1);
                if (patient != null) {
                    return coordinated(tokens, phrases, patient);
                }
            }
        }
        // "Britain's ambassador, Karen Pierce, said": an appositive names the same speaker; take both.
        List<NounPhrase> subject = new ArrayList<>(coordinated(tokens, phrases, last));
        // A subject does not reach back into the previous clause's words ("opposed a truce, and Rouhani said").
        subject.removeIf(phrase -> phrase.first() < floor);
        if (subject.isEmpty()) {
            subject.add(last);
        }
        NounPhrase first = subject.get(0);
        if (first.first() >= 2
                && tokens[first.first() - 1].text().equals(",")
                && i + 1 < tokens.length
                && tokens[i + 1].text().equals(",")) {
            NounPhrase outer = endingAt(phrases, first.first() - 2);
            if (outer != null && outer.first() >= floor && !startsClause(tokens, outer.first() - 1)) {
                subject.addAll(0, coordinated(tokens, phrases, outer));
            }
        }
        return subject;
    }

    /** Whether {@code inner} is said or told by {@code outer}: "wrote that X was paying off". */
    private static boolean embeds(Token[] tokens, Clause outer, Clause inner) {
        int between = inner.subject().isEmpty()
                ? inner.verb().first()
                : inner.subject().get(0).first();
        return between > outer.verb().last()
                && between - outer.verb().last() <= 8
                && (tokens[between - 1].lower().equals("that") || outer.restTo() >= between);
    }

    private static boolean startsClause(Token[] tokens, int i) {
        return i >= 0 && CLAUSE_OPENERS.contains(tokens[i].lower()) && !tokens[i].is("DET");
    }

    /**
     * From the token before a verb, back over what may stand between a subject and its verb:
     * adverbs ("also"), times ("on Monday", "last week") and an appositive in commas (", the
     * Turkish president,"); returns the index of the subject's last token.
     */
    private static int skipBackOverAdverbials(Token[] tokens, List<NounPhrase> phrases, int i) {
        while (i >= 0) {
            Token token = tokens[i];
            if (token.is("ADV")
                    && !RELATIVES.contains(token.lower())
                    && !token.lower().equals("where")
                    && !token.lower().equals("when")) {
                i--;
                continue;
            }
            NounPhrase phrase = endingAt(phrases, i);
            if (phrase != null && TIME_NOUNS.contains(tokens[phrase.head()].lower())) {
                int before = phrase.first() - 1;
                if (before >= 0
                        && (tokens[before].is("ADP")
                                || tokens[before].lower().equals("last")
                                || tokens[before].lower().equals("this"))) {
                    i = before - 1;
                    continue;
                }
                if (phrase.first() < phrase.head()
                        && (tokens[phrase.first()].lower().equals("last")
                                || tokens[phrase.first()].lower().equals("this")
                                || tokens[phrase.first()].lower().equals("next"))) {
                    i = phrase.first() - 1;
                    continue;
                }
            }
            if (token.text().equals(",") && participialOpening(tokens, i) >= 0) {
                // "Syrian troops, backed by Russian air strikes, captured": past the participial phrase.
                i = participialOpening(tokens, i) - 1;
                continue;
            }
            if (token.text().equals(",") && relativeOpening(tokens, i) >= 0) {
                // "Russia, which has been building up forces in the region, said": past the relative clause.
                i = relativeOpening(tokens, i) - 1;
                continue;
            }
            if (token.text().equals(",") && alongWith(tokens, phrases, i) >= 0) {
                // "Russia and Turkey, along with Iran, are": the subject ends before "along with".
                return alongWith(tokens, phrases, i);
            }
            if (token.text().equals(",")) {
                // ", the UN under-secretary-general for humanitarian affairs," between a name and its verb.
                int opening = appositiveOpening(tokens, i);
                if (opening >= 0) {
                    return opening - 1;
                }
            }
            return i;
        }
        return i;
    }

    /**
     * Where the appositive closed by the comma at {@code closing} opens: the comma before a run of
     * noun-phrase words ("the UN under-secretary-general for humanitarian affairs") that follows a
     * name or noun; -1 when the comma closes no appositive.
     */
    static int appositiveOpening(Token[] tokens, int closing) {
        boolean relative = false;
        for (int i = closing - 1; i >= Math.max(1, closing - APPOSITIVE_LENGTH); i--) {
            Token token = tokens[i];
            if (token.text().equals(",")) {
                Token first = tokens[i + 1];
                Token before = tokens[i - 1];
                boolean opens = (first.is("DET")
                                || first.is("ADJ")
                                || first.is("NOUN")
                                || first.is("PROPN")
                                || possessivePronoun(first))
                        && (before.is("NOUN") || before.is("PROPN"));
                return opens && i + 1 < closing ? i : -1;
            }
            if (RELATIVES.contains(token.lower()) && !token.lower().equals("that")) {
                // "the Norwegian diplomat who took over as envoy": a relative clause inside the appositive.
                relative = true;
            }
            boolean modifierVerb = token.is("VERB") && i > 0 && (tokens[i - 1].is("DET") || tokens[i - 1].is("ADJ"));
            boolean stops = token.is("SCONJ") && !RELATIVES.contains(token.lower())
                    || token.lower().equals("and")
                    || token.text().equals(";")
                    || token.text().equals("\"")
                    || token.text().equals("“")
                    || token.text().equals("”");
            if (stops || token.isVerbal() && !modifierVerb && !relativeBefore(tokens, i, closing - APPOSITIVE_LENGTH)) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a relative pronoun stands before {@code i}, back to {@code floor} or the first comma. */
    private static boolean relativeBefore(Token[] tokens, int i, int floor) {
        for (int j = i - 1; j >= Math.max(0, floor); j--) {
            if (tokens[j].text().equals(",")) {
                return false;
            }
            if (tokens[j].lower().equals("who") || tokens[j].lower().equals("which")) {
                return true;
            }
        }
        return false;
    }

    private static final int APPOSITIVE_LENGTH = 14;
    private static final int RELATIVE_LENGTH = 24;

    /** Where a participial phrase closed by the comma at {@code closing} opens (", backed by Russia,"): its comma; -1 if none. */
    private static int participialOpening(Token[] tokens, int closing) {
        for (int i = closing - 1; i >= Math.max(1, closing - RELATIVE_LENGTH); i--) {
            if (tokens[i].text().equals(",")) {
                Token next = tokens[i + 1];
                boolean participle = next.is("VERB")
                        && (next.lower().endsWith("ed") || next.lower().endsWith("en"));
                return participle && tokens[i - 1].isNominal() ? i : -1;
            }
            if (tokens[i].isVerbal() && i > 0 && !tokens[i - 1].text().equals(",")
                    || tokens[i].text().equals(";")) {
                return -1;
            }
        }
        return -1;
    }

    /** Where a relative clause closed by the comma at {@code closing} opens (", which ..." / ", who ..."): its comma; -1 if none. */
    private static int relativeOpening(Token[] tokens, int closing) {
        for (int i = closing - 1; i >= Math.max(1, closing - RELATIVE_LENGTH); i--) {
            String word = tokens[i].text();
            if (word.equals(",")) {
                String next = tokens[i + 1].lower();
                return (next.equals("which") || next.equals("who")) && tokens[i - 1].isNominal() ? i : -1;
            }
            if (word.equals(";") || word.equals(":") || word.equals("\"") || word.equals("“") || word.equals("”")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * For ", along with Iran," (or "together with") closed by the comma at {@code
     * closing}: the index of the last token of the phrase before it; -1 otherwise.
     */
    private static int alongWith(Token[] tokens, List<NounPhrase> phrases, int closing) {
        NounPhrase added = endingAt(phrases, closing - 1);
        if (added == null || added.first() < 4) {
            return -1;
        }
        String link = tokens[added.first() - 2].lower() + " " + tokens[added.first() - 1].lower();
        boolean along = link.equals("along with") || link.equals("together with");
        if (!along || !tokens[added.first() - 3].text().equals(",")) {
            return -1;
        }
        return added.first() - 4;
    }

    /** The phrases a subject joined by ", along with X," adds: "Iran" in "Russia and Turkey, along with Iran, are". */
    private static List<NounPhrase> addedAlong(
            Token[] tokens, List<NounPhrase> phrases, int subjectEnd, int verbStart) {
        List<NounPhrase> added = new ArrayList<>();
        for (NounPhrase phrase : phrases) {
            if (phrase.first() > subjectEnd && phrase.last() < verbStart) {
                added.add(phrase);
            }
        }
        return added;
    }

    /** The subject phrase ending at {@code i}, with the phrases coordinated with it ("Russia, Iran and Syrian troops"). */
    private static List<NounPhrase> coordinated(Token[] tokens, List<NounPhrase> phrases, NounPhrase last) {
        List<NounPhrase> run = new ArrayList<>();
        run.add(last);
        NounPhrase current = last;
        boolean conjunction = false;
        while (current.first() >= 2) {
            int gap = current.first() - 1;
            String word = tokens[gap].lower();
            int before = gap - 1;
            if (word.equals("and") || word.equals("or")) {
                conjunction = true;
                if (tokens[before].text().equals(",")) {
                    before--;
                }
            } else if (!word.equals(",")) {
                break;
            }
            NounPhrase previous = endingAt(phrases, before);
            if (previous == null) {
                break;
            }
            run.add(0, previous);
            current = previous;
        }
        if (!conjunction && run.size() > 1) {
            // Commas without "and" are apposition or a list's middle: only the phrase itself.
            return List.of(last);
        }
        return run;
    }

    private static NounPhrase endingAt(List<NounPhrase> phrases, int i) {
        if (i < 0) {
            return null;
        }
        for (NounPhrase phrase : phrases) {
            if (phrase.last() == i) {
                return phrase;
            }
            if (phrase.first() > i) {
                return null;
            }
        }
        return null;
    }

    /** Where the words after a verb group end: at the next clause, or a boundary mark, or the sentence's end. */
    private static int restEnd(Token[] tokens, List<NounPhrase> phrases, List<VerbGroup> groups, int g) {
        VerbGroup group = groups.get(g);
        for (int i = group.last() + 1; i < tokens.length; i++) {
            String word = tokens[i].text();
            if (word.equals(";")
                    || word.equals(":")
                    || word.equals("–")
                    || word.equals("—")
                    || word.equals("(")
                    || word.equals(")")) {
                return i;
            }
            if (g + 1 < groups.size() && groups.get(g + 1).first() == i) {
                VerbGroup next = groups.get(g + 1);
                if (next.form() == VerbGroup.Form.FINITE) {
                    // The next clause starts at its subject.
                    int start = skipBackOverAdverbials(tokens, phrases, i - 1);
                    NounPhrase subject = endingAt(phrases, start);
                    int from = subject == null ? i : subject.first();
                    while (from > group.last() + 1 && CLAUSE_OPENERS.contains(tokens[from - 1].lower())) {
                        from--;
                    }
                    return Math.max(group.last() + 1, from);
                }
                return i;
            }
            if (CLAUSE_OPENERS.contains(tokens[i].lower())
                    && i > group.last() + 1
                    && !tokens[i].is("DET")
                    && !(tokens[i].lower().equals("as") && !clauseFollows(tokens, i + 1))) {
                return i;
            }
        }
        return tokens.length;
    }

    /** "as it said", "as fighting raged": a subject and a verb within a few words; "as a reckless escalation" is not. */
    private static boolean clauseFollows(Token[] tokens, int from) {
        for (int i = from; i < Math.min(tokens.length, from + 4); i++) {
            if (tokens[i].isVerbal()) {
                return i > from;
            }
        }
        return false;
    }

    /** The phrases after "by" in a passive's words: "rebuffed by Moscow and Ankara". */
    private static List<NounPhrase> agent(Token[] tokens, List<NounPhrase> phrases, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens[i].lower().equals("by") && i + 1 < to) {
                for (NounPhrase phrase : phrases) {
                    if (phrase.first() == i + 1) {
                        NounPhrase last = phrase;
                        // Take the coordination forwards: "by Moscow, Tehran and Ankara".
                        for (NounPhrase next : phrases) {
                            if (next.first() > last.last() && next.first() <= last.last() + 3 && next.last() < to) {
                                String gap = joined(tokens, last.last() + 1, next.first());
                                if (gap.equals(",") || gap.equals("and") || gap.equals(", and") || gap.equals("or")) {
                                    last = next;
                                }
                            }
                        }
                        return coordinated(tokens, phrases, last);
                    }
                }
                return List.of();
            }
            if (i > from + 6) {
                return List.of();
            }
        }
        return List.of();
    }

    private static String joined(Token[] tokens, int from, int to) {
        StringBuilder words = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (words.length() > 0) {
                words.append(' ');
            }
            words.append(tokens[i].lower());
        }
        return words.toString();
    }
}
