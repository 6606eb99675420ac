package org.stancetracker.extractors.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stancetracker.extractors.testkit.KitReferenceData;
import org.stancetracker.spi.ArticleText;

/**
 * The position rules, one table per rule named in {@link PositionStage}'s Javadoc: sentences that
 * must give the rule's claim, and near-misses that look alike but must not (a deed aimed at another
 * place, a patron compound, a condition, an accusation, a concession, a speaker who is no actor, a
 * failed act). Then how targets, agents and conditions narrow every rule. Each sentence goes through
 * the whole {@link NewsAnalyzer}, as an article published on 10 September 2018, the eve of the
 * expected Idlib offensive; a claim reads "actor polarity position rule".
 */
final class PositionStageTest {
    private static final NewsAnalyzer ANALYZER = new NewsAnalyzer(KitReferenceData.bundled());
    private static final LocalDate PUBLISHED = LocalDate.of(2018, 9, 10);

    /**
     * An article and what it must give: a claim "RUS oppose ceasefire saying", or "no RUS ceasefire"
     * for no claim of that actor on that position by any rule ("no * offensive": of nobody).
     */
    record Row(String name, String text, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Row gives(String name, String text, String claim) {
        return new Row(name, text, claim);
    }

    private static Row misses(String name, String text, String actorAndPosition) {
        return new Row(name, text, "no " + actorAndPosition);
    }

    /** A verb of saying: what its subject said is read for positions. */
    static Stream<Row> saying() {
        return Stream.of(
                gives(
                        "saying: a reported judgement of a truce",
                        "Russian Foreign Minister Sergei Lavrov said a ceasefire in Idlib would be pointless.",
                        "RUS oppose ceasefire saying"),
                gives(
                        "saying: a warning that an assault brings a massacre",
                        "Mevlut Cavusoglu, Turkey's foreign minister, warned that an assault on Idlib would cause a massacre.",
                        "TUR oppose offensive saying"),
                gives(
                        "saying: the speaker's title names the state",
                        "The Iranian foreign ministry said a political solution was the only way out.",
                        "IRN support political-settlement saying"),
                misses(
                        "saying: a group named after a country is not the country",
                        "A British campaign group said a ceasefire in Idlib was essential.",
                        "GBR ceasefire"),
                misses(
                        "saying: a negated verb of saying reports nothing",
                        "Lavrov did not say whether a ceasefire in Idlib was necessary.",
                        "RUS ceasefire"));
    }

    /** A verb that takes a side on its object, composed along its infinitives and negation. */
    static Stream<Row> takingSides() {
        return Stream.of(
                gives(
                        "taking-sides: backing a truce",
                        "Turkey has backed a ceasefire in Idlib.",
                        "TUR support ceasefire taking-sides"),
                gives(
                        "taking-sides: urging another to halt an offensive opposes it",
                        "Iranian President Hassan Rouhani urged Putin to halt the offensive on Idlib.",
                        "IRN oppose offensive taking-sides"),
                gives(
                        "taking-sides: a passive's agent takes the side",
                        "A ceasefire in Idlib was rejected by Damascus.",
                        "SYR oppose ceasefire taking-sides"),
                gives(
                        "taking-sides: wanting troops pulled out opposes their presence",
                        "Donald Trump wants to pull US troops out of Syria.",
                        "USA oppose us-presence taking-sides"),
                gives(
                        "taking-sides: a negated verb turns the side over",
                        "Damascus has not accepted a ceasefire in Idlib.",
                        "SYR oppose ceasefire taking-sides"),
                misses(
                        "taking-sides: a failed act takes no side",
                        "Russia and Turkey failed to reach a ceasefire in Idlib.",
                        "RUS ceasefire"),
                gives(
                        "taking-sides: preparing an offensive supports it",
                        "Russia is preparing an all-out offensive on Idlib.",
                        "RUS support offensive taking-sides"),
                misses(
                        "taking-sides: an accusation is not the accused's act",
                        "Turkey accused Russia of preparing an all-out offensive on Idlib.",
                        "RUS offensive"),
                misses(
                        "taking-sides: a concession is not the side taken",
                        "While Turkey backed a ceasefire in Idlib, it kept reinforcing its observation posts.",
                        "TUR ceasefire"),
                misses(
                        "taking-sides: a condition is not the side taken",
                        "If Turkey backed a ceasefire in Idlib, Russia would follow.",
                        "TUR ceasefire"),
                misses(
                        "taking-sides: rebels backed by a state are not the state",
                        "Turkish-backed rebels rejected the ceasefire in Idlib.",
                        "TUR ceasefire"),
                misses(
                        "taking-sides: forces anchored to the US need the US in their phrase",
                        "Washington has backed Kurdish forces in northern Syria.",
                        "USA us-presence"));
    }

    /** A verb that judges its object by a word that follows it. */
    static Stream<Row> judging() {
        return Stream.of(
                gives(
                        "judging: calling a truce pointless",
                        "Russian Foreign Minister Sergei Lavrov called the ceasefire in Idlib pointless.",
                        "RUS oppose ceasefire judging"),
                gives(
                        "judging: a passive judgement by its agent",
                        "The Idlib ceasefire was hailed as vital by Tehran.",
                        "IRN support ceasefire judging"),
                gives(
                        "judging: \"as\" before the judging word does not end the clause",
                        "Turkey's defence minister Hulusi Akar described the offensive on Idlib as a reckless escalation.",
                        "TUR oppose offensive judging"),
                misses(
                        "judging: a judge who is no actor",
                        "Aid agencies described the offensive on Idlib as reckless.",
                        "* offensive"));
    }

    /** An armed attack by one of a position's agents on one of its targets. */
    static Stream<Row> deed() {
        return Stream.of(
                gives(
                        "deed: jets bombing villages in Idlib",
                        "Russian jets bombed rebel-held villages in southern Idlib.",
                        "RUS support offensive deed"),
                gives(
                        "deed: forces shelling a town of the province",
                        "Syrian government forces shelled the town of Khan Sheikhoun overnight.",
                        "SYR support offensive deed"),
                gives(
                        "deed: a passive attack by its agent",
                        "Saraqeb was pounded by Russian warplanes.",
                        "RUS support offensive deed"),
                gives(
                        "deed: a participial phrase between the agent and its verb",
                        "Syrian troops, backed by Russian air strikes, captured two villages near Idlib.",
                        "SYR support offensive deed"),
                misses(
                        "deed: an attack aimed at another place",
                        "Russian warplanes struck villages in eastern Ghouta.",
                        "RUS offensive"),
                misses(
                        "deed: an attack under a condition",
                        "Turkey has warned it will respond if Syrian jets pound its observation posts in Idlib.",
                        "SYR offensive"),
                misses("deed: a possible attack", "Russian jets could pound Idlib within days.", "RUS offensive"),
                misses(
                        "deed: militias backed by a state are not the state",
                        "Russian-backed militias shelled villages in southern Idlib.",
                        "RUS offensive"));
    }

    /** A phrase naming a position with its agent in it. */
    static Stream<Row> namedAgent() {
        return Stream.of(
                gives(
                        "named-agent: a compound \"-led\" names the agent",
                        "The Russian-led offensive on Idlib entered its second week.",
                        "RUS support offensive named-agent"),
                gives(
                        "named-agent: a possessor names the agent",
                        "The regime's attacks on Idlib have killed dozens of civilians.",
                        "SYR support offensive named-agent"),
                gives(
                        "named-agent: an adjective names the agent",
                        "Russian air strikes on Idlib killed 12 civilians.",
                        "RUS support offensive named-agent"),
                gives(
                        "named-agent: a reverse phrase the tagger misread is still a noun",
                        "The US withdrawal from Syria will take several months.",
                        "USA oppose us-presence named-agent"),
                misses(
                        "named-agent: troops named by their anchor are nobody's stance",
                        "US troops patrolled the town of Manbij.",
                        "USA us-presence"));
    }

    /** A stance noun with its actor and its complement. */
    static Stream<Row> stanceNoun() {
        return Stream.of(
                gives(
                        "stance-noun: a call for a truce",
                        "Erdogan's call for a ceasefire in Idlib went unanswered.",
                        "TUR support ceasefire stance-noun"),
                gives(
                        "stance-noun: a rejection of a truce",
                        "Moscow's rejection of a truce in Idlib angered Ankara.",
                        "RUS oppose ceasefire stance-noun"),
                gives(
                        "stance-noun: a decision to withdraw",
                        "Trump's decision to withdraw troops from Syria stunned his allies.",
                        "USA oppose us-presence stance-noun"),
                misses(
                        "stance-noun: a call for a truce elsewhere",
                        "Erdogan's call for a ceasefire in eastern Ghouta went unanswered.",
                        "TUR ceasefire"));
    }

    /** "For Russia and Iran, ...": the words after the named actors are their view. */
    static Stream<Row> perspective() {
        return Stream.of(
                gives(
                        "perspective: the first of two holders",
                        "For Russia and Iran, reclaiming Idlib is vital.",
                        "RUS support offensive perspective"),
                gives(
                        "perspective: the second of two holders",
                        "For Russia and Iran, reclaiming Idlib is vital.",
                        "IRN support offensive perspective"),
                gives(
                        "perspective: one holder",
                        "For Ankara, a lasting ceasefire in Idlib is essential.",
                        "TUR support ceasefire perspective"),
                misses(
                        "perspective: holders who are no actors",
                        "For civilians in Idlib, a new offensive would be a catastrophe.",
                        "* offensive"));
    }

    /** A direct quote, read as the words of the speaker it is attributed to. */
    static Stream<Row> quote() {
        return Stream.of(
                gives(
                        "quote: a speaker after the verb",
                        "“A ceasefire in Idlib would be pointless,” said Lavrov.",
                        "RUS oppose ceasefire quote"),
                gives(
                        "quote: a speaker after the verb, with his title",
                        "“Turkey cannot take in another wave of refugees from Idlib,” said Ibrahim Kalin, the Turkish presidential spokesman.",
                        "TUR oppose refugee-intake quote"),
                misses(
                        "quote: a speaker who is no actor",
                        "“The offensive on Idlib must stop,” said Jane Doe, an analyst in Beirut.",
                        "* offensive"));
    }

    /** A term of a position with targets counts only aimed at one of them. */
    static Stream<Row> targets() {
        return Stream.of(
                gives(
                        "targets: a truce in Idlib",
                        "Angela Merkel called for a ceasefire in Idlib.",
                        "DEU support ceasefire taking-sides"),
                misses(
                        "targets: a truce in eastern Ghouta",
                        "Angela Merkel called for a ceasefire in eastern Ghouta.",
                        "DEU ceasefire"),
                gives(
                        "targets: an offensive in Idlib",
                        "Assad said the offensive in Idlib would continue.",
                        "SYR support offensive saying"),
                misses(
                        "targets: an offensive in Afrin",
                        "Erdogan said the offensive in Afrin would continue.",
                        "TUR offensive"),
                misses(
                        "targets: a term's own place outweighs a target named further on",
                        "Erdogan said the Afrin offensive would continue, while Russia massed troops near Idlib.",
                        "TUR offensive"),
                gives(
                        "targets: the story's earlier sentence names Idlib",
                        "Some three million people live in Idlib province. Lavrov said a ceasefire would be pointless.",
                        "RUS oppose ceasefire saying"),
                misses(
                        "targets: no sentence names a target",
                        "Lavrov said a ceasefire would be pointless.",
                        "RUS ceasefire"));
    }

    /** Deeds count only by a position's agents: Turkey's operations are not the offensive by Syria and its allies. */
    static Stream<Row> agents() {
        return Stream.of(
                gives(
                        "agents: Syrian jets in Idlib",
                        "Syrian jets bombed militant positions in Idlib.",
                        "SYR support offensive deed"),
                misses(
                        "agents: Turkish jets in Idlib",
                        "Turkish jets bombed militant positions in Idlib.",
                        "TUR offensive"),
                gives(
                        "agents: Russia's air campaign",
                        "Russia's air campaign over Idlib has intensified.",
                        "RUS support offensive named-agent"),
                misses(
                        "agents: Turkey's own operation",
                        "Turkey's military operation in Idlib targeted jihadist groups.",
                        "TUR offensive"));
    }

    /**
     * Where a position's terms name only its condition (chemical weapons used), siding with or
     * against them takes no side on the response; its deeds (strikes) name the response itself.
     */
    static Stream<Row> termsAreConditions() {
        return Stream.of(
                misses(
                        "conditions: condemning chemical weapons takes no side on a response",
                        "Britain condemned the use of chemical weapons in Syria.",
                        "GBR chemical-weapons-response"),
                gives(
                        "conditions: ordering strikes after a chemical attack supports a response",
                        "Trump ordered strikes on Syria after the chemical attack in Douma.",
                        "USA support chemical-weapons-response taking-sides"),
                gives(
                        "conditions: firing on Syria after a chemical attack is the response",
                        "Two days after the chemical attack, US warships fired missiles at Syria.",
                        "USA support chemical-weapons-response deed"),
                misses(
                        "conditions: strikes with no chemical attack near are no response",
                        "US warships fired missiles at Syria.",
                        "USA chemical-weapons-response"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({
        "saying",
        "takingSides",
        "judging",
        "deed",
        "namedAgent",
        "stanceNoun",
        "perspective",
        "quote",
        "targets",
        "agents",
        "termsAreConditions"
    })
    void finds_the_claims_its_rules_say(Row row) {
        List<String> claims = claims(row.text());
        if (row.expected().startsWith("no ")) {
            String[] actorAndPosition = row.expected().substring(3).split(" ");
            String actor = actorAndPosition[0];
            String position = actorAndPosition[1];
            assertThat(claims)
                    .as("claims of %s on %s", actor, position)
                    .noneMatch(claim -> (actor.equals("*") || claim.startsWith(actor + " "))
                            && claim.split(" ")[2].equals(position));
        } else {
            assertThat(claims).contains(row.expected());
        }
    }

    /** The article's claims as "actor polarity position rule". */
    static List<String> claims(String text) {
        ArticleAnalysis analysis = ANALYZER.analysis(new ArticleText(text, Optional.of(PUBLISHED), "test"));
        return analysis.claims.stream()
                .map(c -> c.actor().value() + " " + c.polarity().word() + " "
                        + c.position().id().value() + " " + c.rule())
                .toList();
    }
}
