package org.stancetracker.extractors.text;

/** One step of the news analysis: it reads what earlier stages put in the analysis and adds its own. */
interface Stage {
    void run(ArticleAnalysis analysis);
}
