package org.stancetracker.extractors.text;

import java.util.ArrayList;
import java.util.List;
import org.stancetracker.spi.ArticleText;
import org.stancetracker.spi.text.PhraseMatcher;
import org.stancetracker.spi.text.WordIndex;
import org.stancetracker.spi.topic.Position;

/**
 * Everything known about one article while it is analysed, handed from stage to stage (see
 * {@link NewsAnalyzer}): each stage reads what earlier ones wrote and adds its own. Made for one
 * article on one thread, and dropped after it.
 */
final class ArticleAnalysis {
    final ArticleText article;
    final String text;
    /** The text cut into words once, for the many phrase searches made in it. */
    final WordIndex words;
    /** The text with long direct quotes blanked out, offsets kept: what the narrator says. Set by {@link SentenceStage}. */
    String narration;
    /** The direct quotes. Set by {@link SentenceStage}. */
    Quotes quotes;
    /** Every phrase that names a position by a term, in text order: what an anaphor ("the deal") may stand for. */
    List<PhraseMatcher.Match<Position>> named = List.of();

    final List<SentenceAnalysis> sentences = new ArrayList<>();
    /** The stances found, as {@link PositionStage} finds them; {@link MergingStage} leaves one per evidence. */
    List<Claim> claims = new ArrayList<>();
    /** Every actor and position a sentence names together, for the stance model. Set by {@link CandidateStage}. */
    List<Candidate> candidates = List.of();

    /**
     * The index of the sentence that holds {@code offset}, or that follows it when the offset lies
     * between sentences ({@code sentences.size()} after the last), by binary search: stages ask this
     * for every claim and span, and a scan would make long articles cost the square of their length.
     */
    int sentenceIndexAt(int offset) {
        int low = 0;
        int high = sentences.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sentences.get(middle).end() > offset) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    ArticleAnalysis(ArticleText article) {
        this.article = article;
        this.text = article.text();
        this.words = WordIndex.of(text);
    }
}
