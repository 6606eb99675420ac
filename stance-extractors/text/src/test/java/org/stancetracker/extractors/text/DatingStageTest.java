package org.stancetracker.extractors.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stancetracker.extractors.testkit.KitReferenceData;
import org.stancetracker.spi.ArticleText;

/**
 * The day of an article's last sentence, by the rules that are not plain look-ups: a day ahead for a
 * sentence that looks ahead, no day for a deed told as a state of affairs, a possessive weekday that
 * dates a thing and not the words about it. Sentences written for the test.
 */
class DatingStageTest {
    private static final NewsAnalyzer ANALYZER = new NewsAnalyzer(KitReferenceData.bundled());

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Looking ahead: the day after publication that the sentence names.
                "The UN envoy said talks were due to resume in Geneva on 28 November.|2017-11-22|2017-11-28",
                "Erdogan and Putin will meet on Friday to discuss the province.|2018-09-03|2018-09-07",
                "Officials said the guarantors are set to hold a new round on 10 January.|2017-12-20|2018-01-10",
                // Not looking ahead: the day before publication.
                "Talks resumed in Geneva on 28 November.|2017-11-22|2016-11-28",
                "Putin and Erdogan met on Friday in Sochi.|2018-09-19|2018-09-14",
                // A possessive weekday dates the attack, not the words about it.
                "Paris said it had proof that Damascus was behind Saturday's attack.|2018-04-12|2018-04-12",
                "Saturday's strikes killed twelve people in the town.|2018-04-12|2018-04-07",
                // Wire style: a weekday right after the verb.
                "National security adviser John Bolton said Monday that allies would respond.|2018-09-12|2018-09-10",
                "Syrian forces advanced Tuesday into the town, rescuers said.|2019-05-10|2019-05-07",
                // A weekday that dates nothing: a deadline, not the day the words were said.
                "Ankara gave Damascus until Sunday to pull back, officials said.|2020-02-06|2020-02-06",
                // A deed with no day of its own, told as fact of the day.
                "Russian warplanes bombed villages in the south of the province.|2019-05-10|2019-05-10"
            })
    void the_last_sentence_is_dated(String text, String published, String day) {
        assertThat(lastDate(text, published)).contains(LocalDate.parse(day));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "The province has been bombarded regularly by Syrian and Russian warplanes.|2019-05-10",
                "The regime and its Russian ally have lately intensified their raids on the province.|2016-06-02",
                "Government forces have struck the town for months.|2019-08-20"
            })
    void a_deed_told_as_a_state_of_affairs_has_no_day(String text, String published) {
        assertThat(lastDate(text, published)).isEmpty();
    }

    private static Optional<LocalDate> lastDate(String text, String published) {
        ArticleAnalysis analysis =
                ANALYZER.analysis(new ArticleText(text, Optional.of(LocalDate.parse(published)), "test"));
        return analysis.sentences.get(analysis.sentences.size() - 1).date.date();
    }
}
