package org.stancetracker.extractors.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stancetracker.extractors.text.VerbGroup.Form;
import org.stancetracker.extractors.text.VerbGroup.Modality;

/**
 * What the shallow parser makes of one clause: the verb group (its words, lemma, voice, negation,
 * modality and form), the subject, a passive's agent, and the clause that governs a non-finite one.
 * The position rules read nothing else of a sentence's grammar, so each row is a construction of
 * wire copy they depend on: who did or said something when words stand between subject and verb,
 * who does what an infinitive or a participle says, and whether the act is real, negated or modal.
 * The tokens come straight from the tagger, without {@link TokenStage}'s repairs around known names,
 * so the parser is seen alone.
 */
final class ShallowParserTest {

    /**
     * The clause whose verb group reads {@code verb} in {@code sentence}, and what it must be. A
     * governor is named by its verb group's words; none is {@code null}.
     */
    record Row(
            String name,
            String sentence,
            String verb,
            String lemma,
            boolean passive,
            boolean negated,
            Modality modality,
            Form form,
            List<String> subject,
            List<String> agent,
            String governor) {
        @Override
        public String toString() {
            return name;
        }

        static Row of(String name, String sentence, String verb, String lemma) {
            return new Row(
                    name, sentence, verb, lemma, false, false, Modality.REAL, Form.FINITE, List.of(), List.of(), null);
        }

        Row withSubject(String... phrases) {
            return new Row(
                    name, sentence, verb, lemma, passive, negated, modality, form, List.of(phrases), agent, governor);
        }

        Row passiveBy(String... phrases) {
            return new Row(
                    name, sentence, verb, lemma, true, negated, modality, form, subject, List.of(phrases), governor);
        }

        Row withNegation() {
            return new Row(name, sentence, verb, lemma, passive, true, modality, form, subject, agent, governor);
        }

        Row withModality(Modality value) {
            return new Row(name, sentence, verb, lemma, passive, negated, value, form, subject, agent, governor);
        }

        Row withForm(Form value) {
            return new Row(name, sentence, verb, lemma, passive, negated, modality, value, subject, agent, governor);
        }

        Row governedBy(String verbWords) {
            return new Row(name, sentence, verb, lemma, passive, negated, modality, form, subject, agent, verbWords);
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                Row.of(
                                "a plain subject before its verb",
                                "Turkish President Tayyip Erdogan has called for an immediate ceasefire.",
                                "has called",
                                "call")
                        .withSubject("Turkish President Tayyip Erdogan"),
                Row.of(
                                "a time between subject and verb is skipped",
                                "Erdogan on Monday called for an immediate ceasefire.",
                                "called",
                                "call")
                        .withSubject("Erdogan"),
                Row.of(
                                "a coordinated subject is every one of its phrases",
                                "Russia, Iran and Syrian troops have launched a new offensive.",
                                "have launched",
                                "launch")
                        .withSubject("Russia", "Iran", "Syrian troops"),
                Row.of(
                                "an appositive between subject and verb is skipped",
                                "Mark Lowcock, the UN humanitarian chief, said the fighting must stop.",
                                "said",
                                "say")
                        .withSubject("Mark Lowcock"),
                Row.of(
                                "a participial phrase between subject and verb leaves the verb finite",
                                "Syrian troops, backed by Russian air strikes, captured two villages.",
                                "captured",
                                "capture")
                        .withSubject("Syrian troops"),
                Row.of(
                                "the participle in commas is passive, with the noun before it as its subject",
                                "Syrian troops, backed by Russian air strikes, captured two villages.",
                                "backed",
                                "back")
                        .passiveBy("Russian air strikes")
                        .withSubject("Syrian troops")
                        .withForm(Form.PARTICIPLE),
                Row.of(
                                "\"going to\" is the future, not a passive",
                                "Ankara is going to send more troops.",
                                "is going to send",
                                "send")
                        .withSubject("Ankara")
                        .withModality(Modality.FUTURE),
                Row.of(
                                "a noun in a prepositional phrase before the verb is not its subject",
                                "Russian air strikes on Idlib killed 12 civilians.",
                                "killed",
                                "kill")
                        .withSubject("Russian air strikes"),
                Row.of(
                                "a relative clause between subject and verb is skipped",
                                "Russia, which has a naval base on the coast, said the offensive would go ahead.",
                                "said",
                                "say")
                        .withSubject("Russia"),
                Row.of(
                                "a relative pronoun's clause has its antecedent as subject",
                                "Russia, which has a naval base on the coast, said the offensive would go ahead.",
                                "has",
                                "have")
                        .withSubject("Russia"),
                Row.of(
                                "a participial phrase between subject and verb is skipped",
                                "Syrian troops, backed by Russian air strikes, have captured two villages near Idlib.",
                                "have captured",
                                "capture")
                        .withSubject("Syrian troops"),
                Row.of(
                                "\"along with\" adds to the subject",
                                "Russia and Turkey, along with Iran, have agreed to work for a lasting ceasefire.",
                                "have agreed",
                                "agree")
                        .withSubject("Russia", "Turkey", "Iran"),
                Row.of(
                                "a passive's agent is the phrases after \"by\"",
                                "The proposal was rejected by Moscow and Tehran.",
                                "was rejected",
                                "reject")
                        .withSubject("The proposal")
                        .passiveBy("Moscow", "Tehran"),
                Row.of(
                                "a reduced relative is a passive participle on the noun before it",
                                "A truce brokered by Moscow would not hold for long.",
                                "brokered",
                                "broker")
                        .withForm(Form.PARTICIPLE)
                        .withSubject("A truce")
                        .passiveBy("Moscow"),
                Row.of(
                                "the verb after a reduced relative has the noun before it as subject",
                                "A truce brokered by Moscow would not hold for long.",
                                "would not hold",
                                "hold")
                        .withNegation()
                        .withModality(Modality.FUTURE)
                        .withSubject("A truce"),
                Row.of(
                                "object control: the object of \"urged\" is to halt",
                                "Erdogan urged Putin to halt the offensive.",
                                "to halt",
                                "halt")
                        .withForm(Form.INFINITIVE)
                        .withSubject("Putin")
                        .governedBy("urged"),
                Row.of(
                                "subject control: who vowed is to retake",
                                "Assad vowed to retake every inch of Syria.",
                                "to retake",
                                "retake")
                        .withForm(Form.INFINITIVE)
                        .withSubject("Assad")
                        .governedBy("vowed"),
                Row.of(
                                "a possessor decided what its noun's infinitive says",
                                "Washington's decision to withdraw troops from Syria alarmed the Kurds.",
                                "to withdraw",
                                "withdraw")
                        .withForm(Form.INFINITIVE)
                        .withSubject("Washington"),
                Row.of(
                                "a participle after a preposition is done by the governor's object",
                                "Iran backed Moscow in pursuing a military solution.",
                                "pursuing",
                                "pursue")
                        .withForm(Form.PARTICIPLE)
                        .withSubject("Moscow")
                        .governedBy("backed"),
                Row.of(
                                "a participle after a comma is done by the governor's subject",
                                "Turkey closed the border, saying it feared a new wave of refugees.",
                                "saying",
                                "say")
                        .withForm(Form.PARTICIPLE)
                        .withSubject("Turkey")
                        .governedBy("closed"),
                Row.of(
                                "\"would no longer\" is a negated future",
                                "Turkey would no longer accept refugees from Syria.",
                                "would no longer accept",
                                "accept")
                        .withNegation()
                        .withModality(Modality.FUTURE)
                        .withSubject("Turkey"),
                Row.of(
                                "\"did not\" negates the verb it helps",
                                "Damascus did not accept the proposal.",
                                "did not accept",
                                "accept")
                        .withNegation()
                        .withSubject("Damascus"),
                Row.of(
                                "\"could\" makes an act possible, not real",
                                "Russian jets could strike the town within days.",
                                "could strike",
                                "strike")
                        .withModality(Modality.POSSIBLE)
                        .withSubject("Russian jets"),
                Row.of(
                                "\"must\" makes an act needed, not real",
                                "All sides must respect the ceasefire.",
                                "must respect",
                                "respect")
                        .withModality(Modality.NEEDED)
                        .withSubject("All sides"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void reads_the_clause(Row row) {
        Token[] tokens = Tagger.shared()
                .tag(
                        row.sentence(),
                        Tokenizer.spans(row.sentence(), 0, row.sentence().length()));
        ShallowParser.Parse parse = ShallowParser.parse(tokens);
        Optional<Clause> found = parse.clauses().stream()
                .filter(c -> verbWords(row.sentence(), tokens, c).equals(row.verb()))
                .findFirst();
        assertThat(found)
                .as("a clause with the verb group \"%s\" among %s", row.verb(), verbs(row.sentence(), tokens, parse))
                .isPresent();
        Clause clause = found.get();
        VerbGroup verb = clause.verb();
        assertThat(verb.lemma()).as("lemma").isEqualTo(row.lemma());
        assertThat(verb.passive()).as("passive").isEqualTo(row.passive());
        assertThat(verb.negated()).as("negated").isEqualTo(row.negated());
        assertThat(verb.modality()).as("modality").isEqualTo(row.modality());
        assertThat(verb.form()).as("form").isEqualTo(row.form());
        assertThat(phrases(row.sentence(), tokens, clause.subject()))
                .as("subject")
                .containsExactlyElementsOf(row.subject());
        assertThat(phrases(row.sentence(), tokens, clause.agent())).as("agent").containsExactlyElementsOf(row.agent());
        String governor = clause.governor() < 0
                ? null
                : verbWords(row.sentence(), tokens, parse.clauses().get(clause.governor()));
        assertThat(governor).as("governor").isEqualTo(row.governor());
    }

    private static String verbWords(String sentence, Token[] tokens, Clause clause) {
        return sentence.substring(
                tokens[clause.verb().first()].start(), tokens[clause.verb().last()].end());
    }

    private static List<String> verbs(String sentence, Token[] tokens, ShallowParser.Parse parse) {
        return parse.clauses().stream().map(c -> verbWords(sentence, tokens, c)).toList();
    }

    private static List<String> phrases(String sentence, Token[] tokens, List<NounPhrase> phrases) {
        return phrases.stream()
                .map(p -> sentence.substring(tokens[p.first()].start(), tokens[p.last()].end()))
                .toList();
    }
}
