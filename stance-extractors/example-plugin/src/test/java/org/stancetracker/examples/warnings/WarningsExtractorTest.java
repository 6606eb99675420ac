package org.stancetracker.examples.warnings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stancetracker.extractors.testkit.ExtractorConformanceTest;
import org.stancetracker.spi.ArticleText;
import org.stancetracker.spi.stance.Polarity;

class WarningsExtractorTest extends ExtractorConformanceTest {
    @Override
    protected String extractorName() {
        return "warnings";
    }

    @Override
    protected Map<String, String> invalidSettings() {
        return Map.of("harms", " , ", "confidence", "high");
    }

    @Test
    void a_warning_of_harm_opposes_the_position_it_names() {
        var found = extractor()
                .extract(new ArticleText(
                        "The United Nations has warned a full-scale assault could lead to a humanitarian catastrophe.",
                        Optional.of(LocalDate.of(2018, 9, 7)),
                        "test"));
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.actor().value()).isEqualTo("UN");
            assertThat(c.position().value()).isEqualTo("offensive");
            assertThat(c.polarity()).isEqualTo(Polarity.OPPOSE);
        });
    }

    @Test
    void a_warning_without_harm_is_no_stance() {
        assertThat(extractor()
                        .extract(new ArticleText(
                                "Turkey warned that talks on the ceasefire would be long.", Optional.empty(), "test")))
                .isEmpty();
    }
}
