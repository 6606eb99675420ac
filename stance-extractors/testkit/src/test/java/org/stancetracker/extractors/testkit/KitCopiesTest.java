package org.stancetracker.extractors.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.stancetracker.core.article.Article;
import org.stancetracker.core.article.ArticleKey;
import org.stancetracker.core.article.PlainTextArticle;
import org.stancetracker.db.gold.GoldFile;
import org.stancetracker.db.reference.ReferenceDataFile;

/**
 * The kit carries copies of the tracker's reference data and sample gold set and reads them with
 * its own code, so that it needs no database: what it reads must be what the tracker reads, or a
 * plugin would pass its tests on data the tracker does not load.
 */
class KitCopiesTest {
    private static final Path SAMPLES = Path.of(System.getProperty("stance.samples.dir"));

    @Test
    void the_reference_data_is_what_the_tracker_loads() {
        assertThat(KitReferenceData.bundled())
                .usingRecursiveComparison()
                .isEqualTo(ReferenceDataFile.bundled().data());
    }

    @Test
    void the_sample_gold_stances_are_what_stance_evaluate_reads() throws IOException {
        GoldFile tracker = GoldFile.read(SAMPLES.resolve("gold").resolve(GoldSet.SAMPLES + ".json"));
        GoldSet kit = GoldSet.samples();
        assertThat(kit.articles())
                .extracting(article -> article.key().externalId())
                .containsExactlyElementsOf(tracker.articleIds());
        assertThat(kit.stances()).isNotEmpty().isEqualTo(tracker.stances());
    }

    @Test
    void the_sample_articles_are_the_trackers_files_read_as_stance_load_reads_them() throws IOException {
        for (Article article : GoldSet.samples().articles()) {
            Path file = SAMPLES.resolve(GoldSet.SAMPLES).resolve(article.key().externalId());
            assertThat(article)
                    .isEqualTo(PlainTextArticle.parse(
                            new ArticleKey("samples", article.key().externalId()), Files.readString(file)));
        }
    }
}
