package org.stancetracker.extractors.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.stancetracker.core.article.Article;
import org.stancetracker.core.evaluation.Evaluation;
import org.stancetracker.core.stance.ExtractorRef;
import org.stancetracker.extraction.ExtractionRunner;
import org.stancetracker.extraction.LoadedExtractor;
import org.stancetracker.spi.ArticleText;
import org.stancetracker.spi.Extractor;
import org.stancetracker.spi.ExtractorConfig;
import org.stancetracker.spi.ExtractorFactory;
import org.stancetracker.spi.InvalidConfigurationException;
import org.stancetracker.spi.ReferenceData;
import org.stancetracker.spi.StanceCandidate;
import org.stancetracker.spi.stance.StanceDate;

/**
 * The contract every extractor keeps, as tests. An extractor's test class extends this and names
 * the extractor; the kit finds it as the tracker would (ServiceLoader), creates it on the real
 * reference data, and runs it on the kit's articles.
 *
 * <pre>{@code
 * class MyExtractorTest extends ExtractorConformanceTest {
 *     protected String extractorName() { return "my-extractor"; }
 * }
 * }</pre>
 */
public abstract class ExtractorConformanceTest {
    /** A 1 MB article must finish in this time: a guard against runaway regular expressions, not a benchmark. */
    protected static final Duration ONE_MEGABYTE_LIMIT = Duration.ofSeconds(30);

    private static final ReferenceData REFERENCE_DATA = KitReferenceData.bundled();

    /** The name of the extractor under test, as its factory declares it. */
    protected abstract String extractorName();

    /** The settings the extractor is tested with. */
    protected Map<String, String> configuration() {
        return Map.of();
    }

    /**
     * Settings the extractor must refuse, each as a key and a bad value; the refusal must name the
     * key. An extractor with settings should list a bad value for each.
     */
    protected Map<String, String> invalidSettings() {
        return Map.of();
    }

    /**
     * The floor this extractor's precision and F1 on the sample gold set must not fall below, so that
     * accuracy cannot silently drop; {@code [0, 0]} for an extractor that makes no claim.
     */
    protected double[] goldFloor() {
        return new double[] {0, 0};
    }

    protected final ReferenceData referenceData() {
        return REFERENCE_DATA;
    }

    protected final ExtractorFactory factory() {
        List<ExtractorFactory> named = ServiceLoader.load(ExtractorFactory.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(f -> f.name().equals(extractorName()))
                .toList();
        assertThat(named)
                .as("extractors named '%s' on the class path", extractorName())
                .hasSize(1);
        return named.get(0);
    }

    protected final Extractor extractor() {
        return factory().create(new ExtractorConfig(extractorName(), configuration()), REFERENCE_DATA);
    }

    protected static ArticleText textOf(Article article) {
        return new ArticleText(
                article.text(), article.published(), article.key().source());
    }

    @Test
    void is_discovered_by_its_name_with_a_version() {
        ExtractorFactory factory = factory();
        assertThat(factory.name()).matches("[a-z][a-z0-9-]*");
        assertThat(factory.version()).isNotBlank();
    }

    @Test
    void an_unknown_setting_is_refused_naming_the_key() {
        Map<String, String> settings = new java.util.HashMap<>(configuration());
        settings.put("no-such-setting", "1");
        assertThatThrownBy(() -> factory().create(new ExtractorConfig(extractorName(), settings), REFERENCE_DATA))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> {
                    assertThat(e.key()).isEqualTo("no-such-setting");
                    assertThat(e.extractorName()).isEqualTo(extractorName());
                    assertThat(e.getMessage()).contains("'no-such-setting'");
                });
    }

    @Test
    void invalid_values_are_refused_naming_the_key() {
        invalidSettings().forEach((key, value) -> {
            Map<String, String> settings = new java.util.HashMap<>(configuration());
            settings.put(key, value);
            assertThatThrownBy(() -> factory().create(new ExtractorConfig(extractorName(), settings), REFERENCE_DATA))
                    .as("%s=%s", key, value)
                    .isInstanceOfSatisfying(
                            InvalidConfigurationException.class,
                            e -> assertThat(e.key()).isEqualTo(key));
        });
    }

    @Test
    void blank_text_gives_no_stances_and_no_exception() {
        Extractor extractor = extractor();
        for (String blank : List.of("", " ", "\n\n\t  \r\n")) {
            assertThat(extractor.extract(new ArticleText(blank, Optional.of(LocalDate.of(2018, 9, 7)), "test")))
                    .isEmpty();
            assertThat(extractor.extract(new ArticleText(blank, Optional.empty(), "test")))
                    .isEmpty();
        }
    }

    @Test
    void the_same_article_gives_the_same_stances_in_the_same_order() {
        Extractor first = extractor();
        Extractor second = extractor();
        for (Article article : KitArticles.all()) {
            List<StanceCandidate> once = first.extract(textOf(article));
            assertThat(first.extract(textOf(article)))
                    .as(article.key().toString())
                    .isEqualTo(once);
            assertThat(second.extract(textOf(article)))
                    .as(article.key().toString())
                    .isEqualTo(once);
        }
    }

    @Test
    void evidence_is_the_span_of_the_text_it_claims() {
        Extractor extractor = extractor();
        for (Article article : KitArticles.all()) {
            for (StanceCandidate candidate : extractor.extract(textOf(article))) {
                assertThat(candidate.evidence().end())
                        .as(article.key().toString())
                        .isLessThanOrEqualTo(article.text().length());
                assertThat(article.text()
                                .substring(
                                        candidate.evidence().start(),
                                        candidate.evidence().end()))
                        .isEqualTo(candidate.evidence().text());
            }
        }
    }

    @Test
    void dates_are_never_after_the_publication_date_but_for_a_day_ahead_the_text_names() {
        Extractor extractor = extractor();
        for (Article article : KitArticles.all()) {
            // Also as if published earlier than it was: a date the text names must still not pass it.
            for (LocalDate published : publicationDates(article)) {
                ArticleText text = new ArticleText(article.text(), Optional.of(published), "test");
                for (StanceCandidate candidate : extractor.extract(text)) {
                    candidate
                            .date()
                            .date()
                            .ifPresent(date -> assertThat(date)
                                    .as("%s published %s", article.key(), published)
                                    .isBeforeOrEqualTo(published.plusDays(StanceDate.MAX_DAYS_AHEAD)));
                }
            }
        }
    }

    @Test
    void every_stance_names_a_known_actor_and_position() {
        Extractor extractor = extractor();
        for (Article article : KitArticles.all()) {
            for (StanceCandidate candidate : extractor.extract(textOf(article))) {
                assertThat(REFERENCE_DATA.actors().actor(candidate.actor()))
                        .as(candidate.actor().value())
                        .isPresent();
                assertThat(REFERENCE_DATA.topic(candidate.topic()).flatMap(t -> t.position(candidate.position())))
                        .as(candidate.topic() + "/" + candidate.position())
                        .isPresent();
            }
        }
    }

    @Test
    void a_one_megabyte_article_finishes_in_bounded_time() {
        Extractor extractor = extractor();
        String text = KitArticles.ofSize(1 << 20);
        List<StanceCandidate> found = assertTimeoutPreemptively(
                ONE_MEGABYTE_LIMIT,
                () -> extractor.extract(new ArticleText(text, Optional.of(LocalDate.of(2019, 3, 14)), "test")));
        assertThat(found).allSatisfy(c -> assertThat(c.evidence().end()).isLessThanOrEqualTo(text.length()));
    }

    @Test
    void is_safe_to_share_between_threads() throws Exception {
        Extractor extractor = extractor();
        List<Article> articles = KitArticles.all();
        List<List<StanceCandidate>> sequential =
                articles.stream().map(a -> extractor.extract(textOf(a))).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                List<Future<List<StanceCandidate>>> parallel = new ArrayList<>();
                for (Article article : articles) {
                    parallel.add(pool.submit(() -> extractor.extract(textOf(article))));
                }
                for (int i = 0; i < articles.size(); i++) {
                    assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_broken_extractor_beside_it_does_not_stop_it() {
        Extractor broken = article -> {
            throw new IllegalStateException("broken on purpose");
        };
        Extractor extractor = extractor();
        ExtractionRunner runner = new ExtractionRunner(
                List.of(
                        new LoadedExtractor(new ExtractorRef("broken", "0"), broken, "test"),
                        new LoadedExtractor(new ExtractorRef(extractorName(), "test"), extractor, "test")),
                REFERENCE_DATA);
        for (Article article : KitArticles.all()) {
            ExtractionRunner.Result result = runner.run(article);
            assertThat(result.problems())
                    .singleElement()
                    .asString()
                    .contains("extractor 'broken' failed on " + article.key());
            assertThat(result.stances().stream()
                            .flatMap(s -> s.findings().stream())
                            .map(f -> f.evidence())
                            .toList())
                    .containsExactlyInAnyOrderElementsOf(extractor.extract(textOf(article)).stream()
                            .map(StanceCandidate::evidence)
                            .toList());
        }
    }

    @Test
    void reports_its_accuracy_on_the_gold_set() {
        Evaluation evaluation = GoldSet.samples().score(List.of(extractor()));
        System.out.println("[gold] " + extractorName() + ": " + evaluation.summary());
        assertThat(evaluation.precision())
                .as("precision on the sample gold set")
                .isGreaterThanOrEqualTo(goldFloor()[0]);
        assertThat(evaluation.f1()).as("F1 on the sample gold set").isGreaterThanOrEqualTo(goldFloor()[1]);
    }

    private static List<LocalDate> publicationDates(Article article) {
        LocalDate published = article.published().orElse(LocalDate.of(2018, 9, 9));
        return List.of(published, published.minusDays(3), published.minusYears(1));
    }
}
