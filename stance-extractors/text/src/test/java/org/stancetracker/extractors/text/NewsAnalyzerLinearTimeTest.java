package org.stancetracker.extractors.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.stancetracker.extractors.testkit.KitReferenceData;
import org.stancetracker.spi.ArticleText;

/**
 * Analysis time grows with an article's length, not with its square, whatever the text: anyone
 * holding an API key can post 5 MB, and a bulk load meets scrapes with no full stops. The texts are
 * built to make each stage work hardest: a run-on sentence dense with speakers and positions, a quote
 * left open for a whole paragraph, unclosed brackets, a list of names, dates everywhere, and one word
 * with no spaces.
 *
 * <p>Timing is measured against a baseline in the same run, on the same machine, a tenth of the size:
 * linear time makes the large text about ten times slower, quadratic time a hundred. The bound allows
 * three times the linear ratio for noise (a shared machine, garbage collection of the larger heap).
 */
class NewsAnalyzerLinearTimeTest {
    private static final NewsAnalyzer ANALYZER = new NewsAnalyzer(KitReferenceData.bundled());
    private static final int LARGE = 5 * 1024 * 1024;
    private static final int SCALE = 10;
    private static final double ALLOWED_OVER_LINEAR = 3.0;

    /** Patterns that repeat into worst cases, each as one paragraph. */
    private static final List<String> PATTERNS = List.of(
            // one sentence that never ends, a speaker and two positions in every clause
            "Ankara said it backs a truce in Idlib while Moscow rejected any offensive on the province and Tehran urged talks, ",
            // a quote opened and never closed
            "“Damascus must halt the assault on Idlib and the Russian jets must stop bombing, ",
            // brackets opened and never closed
            "(the United States opposes an offensive in Idlib [and the UN warned of a massacre ",
            // names and nothing else
            "Turkey, Russia, Iran, the United States, the UN, Syria, France, ",
            // dates that the dating stage must resolve
            "on Monday 10 September 2018 Russia said in September that it supports the ceasefire in Idlib, ",
            // one word
            "x");

    /** Linear time takes about 10 s here; quadratic time took minutes for the large text alone, so it fails sooner. */
    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void a_five_megabyte_worst_case_text_takes_time_linear_in_its_size() {
        String baseline = worstCase(LARGE / SCALE);
        String large = worstCase(LARGE);
        for (int i = 0; i < 3; i++) {
            analyse(baseline); // the JIT compiles the analysis before anything is timed
        }
        long baselineNanos = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            baselineNanos = Math.min(baselineNanos, analyse(baseline));
        }
        long largeNanos = analyse(large);
        double ratio = (double) largeNanos / baselineNanos;
        System.out.printf(
                "analysis of %,d characters: %.2f s; of %,d characters: %.2f s; ratio %.1f (linear: %d)%n",
                baseline.length(), baselineNanos / 1e9, large.length(), largeNanos / 1e9, ratio, SCALE);
        assertThat(ratio).as("time for %d× the text", SCALE).isLessThan(SCALE * ALLOWED_OVER_LINEAR);
    }

    /** Each pattern repeated into a paragraph of an equal share of {@code size} characters. */
    private static String worstCase(int size) {
        StringBuilder text = new StringBuilder(size + 100).append("Idlib talks\n");
        int share = size / PATTERNS.size();
        for (String pattern : PATTERNS) {
            int paragraphEnd = text.length() + share;
            while (text.length() < paragraphEnd) {
                text.append(pattern, 0, Math.min(pattern.length(), paragraphEnd - text.length()));
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static long analyse(String text) {
        long start = System.nanoTime();
        ArticleAnalysis analysis =
                ANALYZER.analysis(new ArticleText(text, Optional.of(LocalDate.of(2018, 9, 20)), "test"));
        long elapsed = System.nanoTime() - start;
        assertThat(analysis.sentences).isNotEmpty();
        return elapsed;
    }
}
