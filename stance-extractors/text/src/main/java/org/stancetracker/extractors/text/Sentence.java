package org.stancetracker.extractors.text;

/**
 * A sentence of an article: its span of the text, the paragraph (line) it belongs to, and whether it
 * is a headline (a short line without final punctuation) or page furniture.
 */
public record Sentence(int start, int end, int paragraph, boolean headline, boolean boilerplate) {
    public String text(String article) {
        return article.substring(start, end);
    }
}
