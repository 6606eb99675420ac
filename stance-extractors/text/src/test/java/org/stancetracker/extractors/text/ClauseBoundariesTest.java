package org.stancetracker.extractors.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Clause boundaries found once per span answer what a regular-expression search per phrase answered
 * before, at the word starts and ends where phrases begin and end.
 */
class ClauseBoundariesTest {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(
                        "Moscow",
                        "said",
                        "but",
                        "while",
                        "because",
                        "and that",
                        ",",
                        ";",
                        ":",
                        "(",
                        ")",
                        "—",
                        "however",
                        "adding",
                        "which",
                        "who")
                .list()
                .ofMaxSize(25)
                .map(words -> String.join(" ", words));
    }

    @Property(tries = 300)
    void clause_starts_and_ends_agree_with_a_search_per_position(@ForAll("texts") String text) {
        PositionReader.ClauseBoundaries boundaries = PositionReader.ClauseBoundaries.in(text, 0, text.length());
        for (int position = 0; position <= text.length(); position++) {
            if (position > 0
                    && position < text.length()
                    && text.charAt(position - 1) != ' '
                    && text.charAt(position) != ' ') {
                continue; // phrases start and end at word edges
            }
            assertThat(boundaries.clauseStart(0, position))
                    .as("clause start at %d", position)
                    .isEqualTo(searchedStart(text, 0, position));
            assertThat(boundaries.clauseEnd(position, text.length()))
                    .as("clause end at %d", position)
                    .isEqualTo(searchedEnd(text, position, text.length()));
        }
    }

    private static int searchedStart(String text, int from, int position) {
        Matcher boundary = Lexicon.CLAUSE_BOUNDARY.matcher(text).region(from, position);
        int start = from;
        while (boundary.find()) {
            start = boundary.end();
        }
        return start;
    }

    private static int searchedEnd(String text, int position, int to) {
        Matcher boundary = Lexicon.CLAUSE_BOUNDARY.matcher(text).region(position, to);
        return boundary.find() ? boundary.start() : to;
    }
}
