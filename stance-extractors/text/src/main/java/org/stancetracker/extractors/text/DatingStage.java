package org.stancetracker.extractors.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.stancetracker.spi.stance.StanceDate;

/**
 * The day each sentence speaks of: a date it names, a weekday resolved against publication, a named
 * event, else the story's current day (see {@link DateResolver}).
 */
final class DatingStage implements Stage {
    private final DateResolver dates;

    DatingStage(Vocabulary vocabulary) {
        this.dates = new DateResolver(vocabulary);
    }

    @Override
    public void run(ArticleAnalysis analysis) {
        List<Sentence> sentences =
                analysis.sentences.stream().map(s -> s.sentence).toList();
        Optional<LocalDate> published = analysis.article.published();
        List<StanceDate> resolved =
                dates.dates(analysis.words, analysis.narration, analysis.quotes, sentences, published);
        for (SentenceAnalysis sentence : analysis.sentences) {
            sentence.date = resolved.get(sentence.index);
            sentence.day = sentence.date.date().or(() -> published);
        }
    }
}
