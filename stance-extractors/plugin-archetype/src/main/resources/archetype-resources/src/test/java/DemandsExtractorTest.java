package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stancetracker.extractors.testkit.ExtractorConformanceTest;
import org.stancetracker.spi.ArticleText;

/**
 * The conformance kit's tests (inherited: discovery by name, settings, blank text, determinism,
 * exact evidence, dates, known actors and positions, a 1 MB article, threads, and the score on the
 * sample gold set), then what this extractor itself should find.
 */
class DemandsExtractorTest extends ExtractorConformanceTest {
    @Override
    protected String extractorName() {
        return DemandsExtractorFactory.NAME;
    }

    @Override
    protected Map<String, String> invalidSettings() {
        return Map.of(DemandsExtractorFactory.CONFIDENCE, "1.5");
    }

    @Override
    protected double[] goldFloor() {
        // Precision and F1 on the kit's gold set must not fall below these: raise them as the extractor improves.
        return new double[] {0.6, 0.1};
    }

    private List<String> found(String text) {
        return extractor().extract(new ArticleText(text, Optional.of(LocalDate.of(2018, 9, 7)), "test")).stream()
                .map(c -> c.actor() + " " + c.polarity().word() + " " + c.position())
                .toList();
    }

    @Test
    void a_call_for_something_supports_it() {
        assertThat(found("Ankara called for a ceasefire in Idlib on Friday.")).containsExactly("TUR support ceasefire");
    }

    @Test
    void rejecting_something_opposes_it() {
        assertThat(found("Moscow rejected the truce, saying militants would exploit it.")).containsExactly("RUS oppose ceasefire");
    }

    @Test
    void each_sentence_is_read_on_its_own() {
        assertThat(found("Ankara called for calm. A ceasefire was agreed later.")).isEmpty();
    }

    @Test
    void a_headline_without_a_full_stop_is_a_sentence_of_its_own() {
        var found = extractor().extract(new ArticleText("Ankara calls for a ceasefire in Idlib\n\nBy a correspondent\n\nTalks go on.",
                Optional.empty(), "test"));
        assertThat(found).singleElement().satisfies(c -> assertThat(c.evidence().text()).isEqualTo("Ankara calls for a ceasefire in Idlib"));
    }

    @Test
    void a_demand_by_no_known_actor_is_no_stance() {
        assertThat(found("Residents called for a ceasefire.")).isEmpty();
    }
}
