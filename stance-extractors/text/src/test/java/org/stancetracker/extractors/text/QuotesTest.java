package org.stancetracker.extractors.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The quote lookups answer by binary search what a scan of every quote would: checked against that scan. */
class QuotesTest {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("a", " ", "“", "”", "\"", "\n", "said")
                .list()
                .ofMaxSize(60)
                .map(parts -> String.join("", parts));
    }

    @Property(tries = 300)
    void lookups_agree_with_a_scan_of_every_quote(@ForAll("texts") String text) {
        Quotes quotes = Quotes.of(text);
        List<Quotes.Quote> all = quotes.all();
        for (int from = 0; from <= text.length(); from++) {
            int position = from;
            assertThat(quotes.inside(position))
                    .isEqualTo(all.stream().anyMatch(q -> position > q.open() && position < q.close()));
            for (int to = from; to <= text.length(); to++) {
                int start = from;
                int end = to;
                assertThat(quotes.within(start, end))
                        .isEqualTo(all.stream()
                                .filter(q -> q.open() < end && q.close() > start)
                                .toList());
                assertThat(quotes.openedIn(start, end))
                        .isEqualTo(all.stream()
                                .filter(q -> q.open() >= start && q.open() < end)
                                .toList());
            }
        }
    }
}
