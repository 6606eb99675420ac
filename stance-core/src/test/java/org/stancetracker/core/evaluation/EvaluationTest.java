package org.stancetracker.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluationTest {

    /** Expected figures are what Python prints for {@code f"{matched / total:.3f}"}, as the shared scorer does. */
    @ParameterizedTest(name = "{0}/{1} prints {2}")
    @CsvSource({
        "53, 80, 0.662", // 0.6625 in decimal, a little under it in binary: %.3f would print 0.663
        "1, 1, 1.000",
        "0, 1, 0.000",
        "5, 8, 0.625",
        "1, 3, 0.333",
        "2, 3, 0.667",
        "9995, 10000, 1.000", // a little over 0.9995 in binary
    })
    void ratios_print_as_the_shared_python_scorer_prints_them(int matched, int total, String printed) {
        assertThat(Evaluation.threePlaces((double) matched / total)).isEqualTo(printed);
    }
}
