package org.stancetracker.extractors.text;

import java.util.List;

/**
 * Cuts the article into sentences (OpenNLP's sentence model, per paragraph), finds its direct
 * quotes, and blanks the long ones out of the narration.
 */
final class SentenceStage implements Stage {
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Override
    public void run(ArticleAnalysis analysis) {
        analysis.quotes = Quotes.of(analysis.text);
        analysis.narration = analysis.quotes.masked(analysis.text, 0, analysis.text.length());
        List<Sentence> sentences = splitter.split(analysis.text);
        for (int i = 0; i < sentences.size(); i++) {
            analysis.sentences.add(new SentenceAnalysis(i, sentences.get(i)));
        }
    }
}
