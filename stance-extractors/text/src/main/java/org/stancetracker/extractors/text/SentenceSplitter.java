package org.stancetracker.extractors.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.util.Span;

/**
 * Splits an article into paragraphs (lines) and each paragraph into sentences with OpenNLP's
 * English sentence model (UD English-EWT), which ships on Maven Central: nothing is downloaded at
 * run time. The model is shared; OpenNLP's thread-safe wrapper keeps a detector per thread, since detectors keep state.
 */
public final class SentenceSplitter {
    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final SentenceModel SENTENCE_MODEL = load();
    private static final int HEADLINE_MAX_WORDS = 20;
    /**
     * The longest sentence analysed as one. Reported sentences run to a few hundred characters (the
     * longest in three years of one newspaper's Syria coverage is under 800); the parse and rules of a
     * sentence cost more than its length, so a longer "sentence" (a list without full stops, a
     * run-on scrape, hostile input) is cut into pieces of at most this size, keeping the whole
     * analysis linear in the article's length.
     */
    static final int MAX_SENTENCE_CHARS = 1_000;

    private final ThreadSafeSentenceDetectorME detector = new ThreadSafeSentenceDetectorME(SENTENCE_MODEL);

    private static SentenceModel load() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + MODEL + " is not on the class path");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP sentence model", e);
        }
    }

    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                boolean boilerplate = Lexicon.BOILERPLATE.matcher(line).find();
                boolean headline = isHeadline(line);
                if (headline) {
                    addCut(sentences, text, lineStart, lineEnd, paragraph, true, boilerplate);
                } else {
                    for (Span span : detector.sentPosDetect(line)) {
                        addCut(
                                sentences,
                                text,
                                lineStart + span.getStart(),
                                lineStart + span.getEnd(),
                                paragraph,
                                false,
                                boilerplate);
                    }
                }
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    /** A short line that does not end as a sentence does (closing quotes aside). One pass, no regular expression: every line is asked. */
    private static boolean isHeadline(String line) {
        int end = line.length();
        while (end > 0
                && (Character.isWhitespace(line.charAt(end - 1)) || "\"”’'".indexOf(line.charAt(end - 1)) >= 0)) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        char last = line.charAt(end - 1);
        if (last == '.' || last == '!' || last == '?' || last == ':') {
            return false;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < end; i++) {
            boolean space = Character.isWhitespace(line.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words <= HEADLINE_MAX_WORDS;
    }

    /** The sentence {@code text[start, end)}, cut into pieces of at most {@link #MAX_SENTENCE_CHARS}. */
    private static void addCut(
            List<Sentence> sentences,
            String text,
            int start,
            int end,
            int paragraph,
            boolean headline,
            boolean boilerplate) {
        while (end - start > MAX_SENTENCE_CHARS) {
            int cut = cutBefore(text, start, start + MAX_SENTENCE_CHARS);
            addTrimmed(sentences, text, start, cut, paragraph, headline, boilerplate);
            start = cut;
        }
        addTrimmed(sentences, text, start, end, paragraph, headline, boilerplate);
    }

    /**
     * Where to cut a sentence that is too long, at or before {@code limit}: after the last semicolon
     * or comma in the second half of the piece, else at the last space there, else at the limit itself
     * (never inside a surrogate pair), so that each piece still reads as a clause where it can.
     */
    static int cutBefore(String text, int start, int limit) {
        int earliest = start + MAX_SENTENCE_CHARS / 2;
        int space = -1;
        for (int i = limit - 1; i > earliest; i--) {
            char c = text.charAt(i);
            if (c == ';' || c == ',') {
                return i + 1;
            }
            if (space < 0 && Character.isWhitespace(c)) {
                space = i;
            }
        }
        if (space > 0) {
            return space;
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    private static void addTrimmed(
            List<Sentence> sentences,
            String text,
            int start,
            int end,
            int paragraph,
            boolean headline,
            boolean boilerplate) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Sentence(start, end, paragraph, headline, boilerplate));
        }
    }
}
