package org.stancetracker.extractors.keyword;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stancetracker.extractors.testkit.ExtractorConformanceTest;
import org.stancetracker.spi.ArticleText;
import org.stancetracker.spi.StanceCandidate;
import org.stancetracker.spi.stance.Polarity;

class KeywordExtractorTest extends ExtractorConformanceTest {
    @Override
    protected String extractorName() {
        return KeywordExtractorFactory.NAME;
    }

    @Override
    protected Map<String, String> invalidSettings() {
        return Map.of("confidence", "1.5");
    }

    @Test
    void an_actor_a_cue_and_a_position_term_in_one_sentence_make_a_stance() {
        var found = extractor()
                .extract(new ArticleText(
                        "Ankara called for a truce in the province on Friday.",
                        Optional.of(LocalDate.of(2018, 9, 7)),
                        "test"));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.actor().value()).isEqualTo("TUR");
            assertThat(c.position().value()).isEqualTo("ceasefire");
            assertThat(c.polarity()).isEqualTo(Polarity.SUPPORT);
        });
    }

    @Test
    void the_configured_confidence_is_used() {
        var extractor = factory()
                .create(
                        new org.stancetracker.spi.ExtractorConfig("keyword", Map.of("confidence", "0.7")),
                        referenceData());
        var found = extractor.extract(new ArticleText("Moscow rejected a ceasefire.", Optional.empty(), "test"));
        assertThat(found).extracting(StanceCandidate::confidence).containsExactly(0.7);
    }
}
