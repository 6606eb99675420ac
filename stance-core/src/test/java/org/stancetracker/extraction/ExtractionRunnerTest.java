package org.stancetracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.stancetracker.core.article.Article;
import org.stancetracker.core.article.ArticleKey;
import org.stancetracker.core.stance.ExtractorRef;
import org.stancetracker.spi.Extractor;
import org.stancetracker.spi.ReferenceData;
import org.stancetracker.spi.actor.ActorDirectory;

/** A failing extractor fails on its article only, whatever it throws or returns, and the failure says which and why. */
class ExtractionRunnerTest {
    private static final ReferenceData EMPTY =
            new ReferenceData("test", new ActorDirectory(List.of(), List.of()), List.of());
    private static final Article ARTICLE = new Article(
            new ArticleKey("files", "a.txt"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            "Turkey called for a ceasefire.");

    @Test
    void an_extractor_whose_jar_lacks_a_class_fails_on_the_article_and_the_next_extractor_still_runs() {
        NoClassDefFoundError missing = new NoClassDefFoundError("com/example/Helper");
        AtomicInteger ranAfter = new AtomicInteger();
        ExtractionRunner.Result result = runner(
                        article -> {
                            throw missing;
                        },
                        article -> {
                            ranAfter.incrementAndGet();
                            return List.of();
                        })
                .run(ARTICLE);

        assertThat(ranAfter).hasValue(1);
        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.extractor()).isEqualTo(new ExtractorRef("first", "1"));
            assertThat(failure.article()).isEqualTo(ARTICLE.key());
            assertThat(failure.reason()).isEqualTo("java.lang.NoClassDefFoundError: com/example/Helper");
            assertThat(failure.cause()).as("kept for a stack trace").containsSame(missing);
        });
        assertThat(result.problems())
                .containsExactly(
                        "extractor 'first' failed on files:a.txt: java.lang.NoClassDefFoundError: com/example/Helper");
    }

    @Test
    void a_static_initialiser_that_throws_is_a_failure_of_the_extractor() {
        ExtractionRunner.Result result = runner(article -> {
                    throw new ExceptionInInitializerError(new IllegalStateException("no model file"));
                })
                .run(ARTICLE);
        assertThat(result.failures())
                .singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("ExceptionInInitializerError"));
    }

    @Test
    void an_extractor_that_returns_null_fails_on_the_article() {
        ExtractionRunner.Result result = runner(article -> null).run(ARTICLE);
        assertThat(result.failures())
                .singleElement()
                .satisfies(f -> assertThat(f.reason()).startsWith("java.lang.NullPointerException"));
        assertThat(result.stances()).isEmpty();
    }

    @Test
    void a_multi_line_exception_message_is_reported_on_one_line() {
        ExtractionRunner.Result result = runner(article -> {
                    throw new IllegalStateException("first line\nsecond line");
                })
                .run(ARTICLE);
        assertThat(result.failures().get(0).reason()).isEqualTo("java.lang.IllegalStateException: first line");
    }

    private static ExtractionRunner runner(Extractor... extractors) {
        List<String> names = List.of("first", "second", "third");
        List<LoadedExtractor> loaded = new java.util.ArrayList<>();
        for (int i = 0; i < extractors.length; i++) {
            loaded.add(new LoadedExtractor(new ExtractorRef(names.get(i), "1"), extractors[i], "test"));
        }
        return new ExtractionRunner(loaded, EMPTY);
    }
}
