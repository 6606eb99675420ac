package org.stancetracker.extractors.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stancetracker.extractors.testkit.ExtractorConformanceTest;
import org.stancetracker.spi.ArticleText;

class QuotesExtractorTest extends ExtractorConformanceTest {
    @Override
    protected String extractorName() {
        return "quotes";
    }

    @Override
    protected Map<String, String> invalidSettings() {
        return Map.of("min-confidence", "-1");
    }

    @Override
    protected double[] goldFloor() {
        // The rules were written on the sample corpus; the model's additions cost precision here (0.875
        // when this floor was set) and win on news nobody here tuned on (docs/extraction.md).
        return new double[] {0.85, 0.20};
    }

    private List<String> found(String text, LocalDate published) {
        return extractor().extract(new ArticleText(text, Optional.ofNullable(published), "test")).stream()
                .map(c -> c.actor() + " " + c.polarity().word() + " " + c.position())
                .toList();
    }

    @Test
    void a_quote_belongs_to_the_speaker_named_after_it() {
        assertThat(found(
                        "“The buffer zone in Idlib must be respected by everyone,” Lavrov told reporters in Moscow.",
                        LocalDate.of(2018, 10, 2)))
                .containsExactly("RUS support demilitarized-zone");
    }

    @Test
    void a_quote_belongs_to_the_speaker_named_before_it() {
        assertThat(found(
                        "Zarif said: \"The fight against terrorism in Idlib is inevitable.\"",
                        LocalDate.of(2018, 9, 5)))
                .containsExactly("IRN support offensive");
    }

    @Test
    void a_quote_of_an_unknown_speaker_is_nobody_s_stance() {
        assertThat(found(
                        "\"Any offensive would be a catastrophe,\" said Hans Muller, an analyst at a Berlin think tank.",
                        LocalDate.of(2018, 9, 5)))
                .isEmpty();
    }

    @Test
    void he_said_after_a_quote_is_the_last_named_speaker() {
        assertThat(found(
                        "Erdogan spoke after the talks on Idlib. \"We will not accept new refugees,\" he said.",
                        LocalDate.of(2019, 6, 1)))
                .containsExactly("TUR oppose refugee-intake");
    }
}
