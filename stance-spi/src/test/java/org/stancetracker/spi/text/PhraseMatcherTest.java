package org.stancetracker.spi.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the phrase matcher finds, one row per rule, in sentences written for this test. */
class PhraseMatcherTest {
    private static final PhraseMatcher<String> MATCHER = new PhraseMatcher<>(phrases());

    private static Map<String, String> phrases() {
        Map<String, String> phrases = new LinkedHashMap<>();
        phrases.put("Russia", "RUS");
        phrases.put("Russian Federation", "RUS-FULL");
        phrases.put("US", "USA");
        phrases.put("UN", "UN");
        phrases.put("safe zone", "zone");
        phrases.put("Erdoğan", "erdogan");
        phrases.put("Assad's", "assad-possessive");
        phrases.put("pull * out", "withdraw");
        phrases.put("bring * home", "withdraw");
        return phrases;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # rule                                      | text                                                      | expected (phrase=value; ...)
            longest phrase wins                         | The Russian Federation abstained.                         | Russian Federation=RUS-FULL
            case does not matter for long phrases       | a SAFE ZONE along the border                              | SAFE ZONE=zone
            whole words only                            | Russians and Prussia voted; Russia did not.               | Russia=RUS
            short capitals must match exactly           | Give us time, said the US envoy at the UN.                | US=USA; UN=UN
            letters beyond ASCII                        | Erdoğan spoke first.                                      | Erdoğan=erdogan
            curly apostrophe reads as straight          | Assad’s forces moved north.                               | Assad’s=assad-possessive
            wildcard with no word in the gap            | They will pull out soon.                                  | pull out=withdraw
            wildcard with up to three words             | Washington will pull its last troops out by spring.       | pull its last troops out=withdraw
            wildcard gap with dotted words              | a plan to pull U.S. troops out of the region              | pull U.S. troops out=withdraw
            wildcard gap of four words is too long      | to pull all of the troops out of the region               | ''
            wildcard gap stops at punctuation           | to pull, in the end, the troops out                       | ''
            several matches, left to right              | Russia wants to bring the soldiers home, the US agrees.   | Russia=RUS; bring the soldiers home=withdraw; US=USA
            """)
    void finds(String rule, String text, String expected) {
        List<String> found = MATCHER.find(text).stream()
                .map(m -> m.phrase() + "=" + m.value())
                .toList();
        List<String> wanted = expected.isEmpty() ? List.of() : List.of(expected.split("; "));
        assertThat(found).as(rule).isEqualTo(wanted);
    }

    @Test
    void spansPointIntoTheText() {
        String text = "Talks in Geneva: the US and Russia met.";
        for (PhraseMatcher.Match<String> match : MATCHER.find(text)) {
            assertThat(text.substring(match.start(), match.end())).isEqualTo(match.phrase());
        }
    }

    @Test
    void oneIndexServesManySearchesOfOneText() {
        String text = "Russia spoke first. Then the US pulled its troops out. Then Russia spoke again.";
        WordIndex words = WordIndex.of(text);
        int second = text.indexOf("Then the US");
        int third = text.indexOf("Then Russia");
        assertThat(MATCHER.find(words, 0, second))
                .extracting(PhraseMatcher.Match::value)
                .containsExactly("RUS");
        assertThat(MATCHER.find(words, second, third))
                .extracting(PhraseMatcher.Match::value)
                .containsExactly("USA");
        assertThat(MATCHER.find(words, third, text.length()))
                .extracting(PhraseMatcher.Match::value)
                .containsExactly("RUS");
        // The same searches with the text cut for each one find the same.
        assertThat(MATCHER.find(text, second, third)).isEqualTo(MATCHER.find(words, second, third));
    }

    @Test
    void aWordCutByTheRangeIsNotFound() {
        String text = "Russia and the Russian Federation";
        assertThat(MATCHER.find(WordIndex.of(text), 0, text.indexOf("Federation") + 3))
                .extracting(PhraseMatcher.Match::value)
                .containsExactly("RUS");
        assertThat(MATCHER.find(WordIndex.of(text), 0, text.length()))
                .extracting(PhraseMatcher.Match::value)
                .containsExactly("RUS", "RUS-FULL");
    }

    @Test
    void aRangeOutsideAPartialIndexIsRefused() {
        String text = "Russia spoke first. Then the US spoke.";
        WordIndex firstSentence = WordIndex.of(text, 0, 19);
        assertThatThrownBy(() -> MATCHER.find(firstSentence, 0, text.length()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
