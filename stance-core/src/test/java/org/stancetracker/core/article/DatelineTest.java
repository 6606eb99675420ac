package org.stancetracker.core.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The day a text gives for itself at its top, in the forms archives keep it; sentences written for the test. */
class DatelineTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Wed 05 Apr 2017 Ankara calls for a truce in the north-west.|2017-04-05",
                "Published October 26 2016 Air strikes hit a market in the province.|2016-10-26",
                "Date of publication 12 June 2016 Dozens were killed in raids on the town.|2016-06-12",
                "Last updated at Jun 132016 BEIRUT Warplanes struck a village overnight.|2016-06-13",
                "01.06.2016(updated 12:40 01.06.2016) Get short URL Moscow says talks go on.|2016-06-01",
                "15-07-2016 Army units restore security to several villages.|2016-07-15",
                "Monitor says strikes kill 22 in a school Reuters Wednesday 26 Oct 2016 The monitor said on Wednesday.|2016-10-26",
                "Saturday 11 April 2015 18:05 Regime jets bomb the city after its loss.|2015-04-11"
            })
    void a_day_at_the_top_of_the_text_is_its_dateline(String text, String day) {
        assertThat(Dateline.of(text)).contains(LocalDate.parse(day));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "On 7 April 2018 jets struck the town, the monitor said.",
                "Turkey said it would respond. The talks of 12 March 2019 failed.",
                "Russia has warned that an assault on the province would be a disaster.",
                "31.02.2016 A day that does not exist opens this text."
            })
    void a_day_told_in_the_story_or_one_that_does_not_exist_is_no_dateline(String text) {
        assertThat(Dateline.of(text)).isEqualTo(Optional.empty());
    }
}
