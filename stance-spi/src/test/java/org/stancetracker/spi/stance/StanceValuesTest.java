package org.stancetracker.spi.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StanceValuesTest {
    @Test
    void evidence_is_the_span_it_claims() {
        String text = "Erdogan called for a ceasefire.";
        Evidence evidence = Evidence.of(text, 8, 30);
        assertThat(evidence.text()).isEqualTo("called for a ceasefire");
        assertThatThrownBy(() -> new Evidence("called", 8, 30)).hasMessageStartingWith("evidence end");
        assertThatThrownBy(() -> new Evidence("called", -1, 5)).hasMessageStartingWith("evidence start");
    }

    @Test
    void a_date_is_known_exactly_when_it_has_a_precision() {
        assertThat(StanceDate.unknown().isKnown()).isFalse();
        assertThat(StanceDate.month(YearMonth.of(2018, 9)).date()).contains(LocalDate.of(2018, 9, 1));
        assertThatThrownBy(() -> new StanceDate(Optional.of(LocalDate.of(2018, 9, 7)), DatePrecision.UNKNOWN))
                .hasMessageStartingWith("precision");
        assertThatThrownBy(() -> new StanceDate(Optional.of(LocalDate.of(2018, 9, 7)), DatePrecision.MONTH))
                .hasMessageStartingWith("date of month precision");
    }

    @Test
    void polarity_words_round_trip() {
        for (Polarity polarity : Polarity.values()) {
            assertThat(Polarity.ofWord(polarity.word())).isEqualTo(polarity);
        }
    }
}
