package org.stancetracker.core.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleFieldsTest {

    private static Article article(
            String source, String id, String url, String title, LocalDate published, String text) {
        return new Article(
                new ArticleKey(source, id),
                Optional.ofNullable(url),
                Optional.ofNullable(title),
                Optional.ofNullable(published),
                text);
    }

    @Test
    void a_plain_article_with_every_field_is_accepted() {
        Article article = article(
                "wire",
                "a-1",
                "https://news.example.org/a?id=1",
                "Talks résumé 🕊",
                LocalDate.of(2018, 9, 17),
                "Ankara and Moscow agreed on a buffer zone 🕊.");
        assertThat(article.title()).contains("Talks résumé 🕊");
    }

    @Test
    void a_nul_is_refused_in_every_text_field_naming_the_field_and_offset() {
        assertThatThrownBy(() -> article("wire", "a-1", null, null, null, "Moscow\u0000 agreed."))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessage("text holds a NUL character (U+0000) at offset 6")
                .extracting(e -> ((InvalidArticleException) e).field())
                .isEqualTo("text");
        assertThat(field(() -> article("wire", "a-1", null, "T\u0000", null, "x")))
                .isEqualTo("title");
        assertThat(field(() -> article("wi\u0000re", "a-1", null, null, null, "x")))
                .isEqualTo("source");
        assertThat(field(() -> article("wire", "a\u0000", null, null, null, "x")))
                .isEqualTo("id");
    }

    @Test
    void unpaired_surrogates_are_refused_and_pairs_kept() {
        assertThatThrownBy(() -> article("wire", "a", null, null, null, "lone \ud800 high"))
                .hasMessage("text holds an unpaired surrogate (U+D800) at offset 5");
        assertThatThrownBy(() -> article("wire", "a", null, null, null, "lone \udc00 low"))
                .hasMessage("text holds an unpaired surrogate (U+DC00) at offset 5");
        assertThatThrownBy(() -> article("wire", "a", null, null, null, "ends high \ud83d"))
                .isInstanceOf(InvalidArticleException.class);
        assertThat(article("wire", "a", null, null, null, "a pair \ud83d\udd4a").text())
                .endsWith("🕊");
    }

    @Test
    void a_title_or_url_over_its_limit_is_refused_naming_it() {
        ArticleKey key = new ArticleKey("wire", "a1");
        String text = "Ankara called for a ceasefire.";
        assertThat(new Article(
                                key,
                                Optional.empty(),
                                Optional.of("t".repeat(ArticleFields.MAX_TITLE)),
                                Optional.empty(),
                                text)
                        .title())
                .hasValueSatisfying(t -> assertThat(t).hasSize(ArticleFields.MAX_TITLE));
        assertThatThrownBy(() -> new Article(
                        key,
                        Optional.empty(),
                        Optional.of("t".repeat(ArticleFields.MAX_TITLE + 1)),
                        Optional.empty(),
                        text))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("title")
                .hasMessageContaining("1001 characters long, more than 1000");
        assertThatThrownBy(() -> new Article(
                        key,
                        Optional.of("https://example.org/" + "a".repeat(ArticleFields.MAX_URL)),
                        Optional.empty(),
                        Optional.empty(),
                        text))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("url");
    }

    @Test
    void a_text_of_only_invisible_spaces_is_empty_and_one_letter_is_enough() {
        ArticleKey key = new ArticleKey("wire", "a1");
        for (String empty : java.util.List.of("\u00A0\u00A0\u00A0", "\u200B\u200B", " \u2060 \uFEFF ", "... -- !")) {
            assertThatThrownBy(() -> new Article(key, Optional.empty(), Optional.empty(), Optional.empty(), empty))
                    .isInstanceOf(InvalidArticleException.class)
                    .hasMessageContaining("holds no letter or digit");
        }
        assertThat(new Article(key, Optional.empty(), Optional.empty(), Optional.empty(), "\u00A0\u200Bx").text())
                .endsWith("x");
    }

    @Test
    void publication_days_outside_1900_to_2100_are_refused() {
        assertThat(field(() -> article("wire", "a", null, null, LocalDate.MAX, "x")))
                .isEqualTo("published");
        assertThat(field(() -> article("wire", "a", null, null, LocalDate.of(1899, 12, 31), "x")))
                .isEqualTo("published");
        assertThat(field(() -> article("wire", "a", null, null, LocalDate.of(2101, 1, 1), "x")))
                .isEqualTo("published");
        assertThat(article("wire", "a", null, null, LocalDate.of(1900, 1, 1), "x")
                        .published())
                .contains(LocalDate.of(1900, 1, 1));
        assertThat(article("wire", "a", null, null, LocalDate.of(2100, 12, 31), "x")
                        .published())
                .contains(LocalDate.of(2100, 12, 31));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JavaScript:alert(1)",
                "data:text/html,<b>x</b>",
                "ftp://example.org/a",
                "//example.org/a",
                "/relative/path",
                "http://",
                "https:///no-host",
                "http://exa mple.org/",
                "vbscript:msgbox"
            })
    void only_absolute_http_urls_with_a_host_are_accepted(String url) {
        assertThat(field(() -> article("wire", "a", url, null, null, "x"))).isEqualTo("url");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://example.org",
                "https://news.example.org/2018/09/17/idlib?x=1#top",
                "HTTPS://EXAMPLE.ORG/A"
            })
    void http_and_https_urls_are_kept(String url) {
        assertThat(article("wire", "a", url, null, null, "x").url()).contains(url);
    }

    private static String field(Runnable construction) {
        try {
            construction.run();
        } catch (InvalidArticleException e) {
            return e.field();
        }
        throw new AssertionError("accepted");
    }
}
