package org.stancetracker.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stancetracker.db.reference.ReferenceDataFile;
import org.stancetracker.extractors.text.SentenceSplitter;
import org.stancetracker.spi.ReferenceData;

/** The corpus must stay the same for the same seed, or benchmark results stop being comparable. */
class CorpusGeneratorTest {
    private static ReferenceData data;

    @BeforeAll
    static void loadReferenceData() {
        data = ReferenceDataFile.bundled().data();
    }

    @Test
    void sameSeedGivesTheSameArticles() {
        assertThat(new CorpusGenerator(data).articles(20, 7)).isEqualTo(new CorpusGenerator(data).articles(20, 7));
        assertThat(new CorpusGenerator(data).articles(20, 8)).isNotEqualTo(new CorpusGenerator(data).articles(20, 7));
    }

    @Test
    void aSmallerCorpusIsAPrefixOfALargerOne() {
        List<String> large = new CorpusGenerator(data).articles(30, 7);
        assertThat(new CorpusGenerator(data).articles(10, 7)).isEqualTo(large.subList(0, 10));
    }

    @Test
    void articlesHaveAboutTwentyToFortySentences() {
        SentenceSplitter splitter = new SentenceSplitter();
        for (String article : new CorpusGenerator(data).articles(40, ExtractionBenchmark.SEED)) {
            // The generator writes 20 to 40; OpenNLP may split or join one here and there.
            assertThat(splitter.split(article).size()).as(article).isBetween(CorpusGenerator.MIN_SENTENCES - 2,
                    CorpusGenerator.MAX_SENTENCES + 2);
        }
    }

    @Test
    void theDefaultExtractorsFindStancesInTheCorpus() {
        BenchmarkCorpus corpus = BenchmarkCorpus.create(20, ExtractionBenchmark.SEED);
        assertThat(corpus.defaultExtractors()).containsOnlyKeys("statements", "quotes");
        assertThat(corpus.candidateCounts()).allSatisfy((name, count) -> assertThat(count).as(name).isPositive());
    }
}
