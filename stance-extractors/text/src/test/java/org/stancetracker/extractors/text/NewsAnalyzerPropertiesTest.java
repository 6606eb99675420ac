package org.stancetracker.extractors.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.stancetracker.extractors.testkit.KitReferenceData;
import org.stancetracker.spi.ArticleText;

/**
 * Whatever words an article strings together, the analysis finishes and every claim's evidence is a
 * span of the text: the parser and the rules index tokens and offsets in many places, and one
 * out-of-range index would fail every article that happens to trip it. The words are drawn from what
 * the rules react to (names, terms, verbs of saying and siding, quotes, commas, pronouns) so that
 * the odd sentences reach deep into them.
 */
class NewsAnalyzerPropertiesTest {
    private static final NewsAnalyzer ANALYZER = new NewsAnalyzer(KitReferenceData.bundled());

    private static final List<String> WORDS = List.of(
            "Russia",
            "Turkey's",
            "Erdogan",
            "Putin",
            "the",
            "a",
            "said",
            "told",
            "warned",
            "backed",
            "opposed",
            "rejected",
            "called",
            "for",
            "on",
            "in",
            "Idlib",
            "Afrin",
            "ceasefire",
            "truce",
            "offensive",
            "assault",
            "withdrawal",
            "US",
            "troops",
            "he",
            "she",
            "they",
            "it",
            "which",
            "who",
            "that",
            ",",
            ".",
            "“",
            "”",
            "\"",
            "'s",
            "by",
            "was",
            "were",
            "would",
            "could",
            "must",
            "not",
            "no",
            "longer",
            "to",
            "and",
            "or",
            "if",
            "while",
            "as",
            "For",
            "–",
            "(",
            ")",
            ";",
            ":",
            "UN-hosted",
            "Russian-led",
            "talks",
            "peace",
            "process",
            "jets",
            "bombed",
            "pounded",
            "struck",
            "chemical",
            "weapons",
            "strikes",
            "on",
            "Syria",
            "the",
            "government",
            "army",
            "its",
            "their",
            "his",
            "him",
            "urged",
            "demanded",
            "halt",
            "stop",
            "welcomed",
            "the",
            "deal",
            "move");

    @Provide
    Arbitrary<String> articles() {
        Arbitrary<String> sentence =
                Arbitraries.of(WORDS).list().ofMinSize(0).ofMaxSize(40).map(words -> String.join(" ", words));
        return sentence.list().ofMinSize(1).ofMaxSize(6).map(sentences -> String.join("\n", sentences));
    }

    @Property(tries = 300)
    void any_string_of_news_words_is_analysed_and_its_claims_point_into_the_text(@ForAll("articles") String text) {
        ArticleText article = new ArticleText(text, Optional.of(LocalDate.of(2018, 9, 10)), "property");
        List<Claim> claims = ANALYZER.analysis(article).claims;
        for (Claim claim : claims) {
            assertThat(claim.evidenceStart()).isBetween(0, text.length());
            assertThat(claim.evidenceEnd()).isBetween(claim.evidenceStart(), text.length());
        }
    }
}
