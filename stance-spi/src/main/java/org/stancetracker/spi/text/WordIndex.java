package org.stancetracker.spi.text;

import static org.stancetracker.spi.Stability.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.Locale;
import org.stancetracker.spi.Stability;

/**
 * A text cut into words once, for the many {@link PhraseMatcher} searches an extractor makes in one
 * article: words are runs of letters, marks and digits, and every other mark that is not white space
 * is a word of its own. Each word is kept folded to lower case ("’" read as "'"). Immutable; build one
 * per article and pass it to each search.
 *
 * <p>Experimental: a speed aid whose shape follows what the built-in extractors need of it; the
 * searches of {@link PhraseMatcher} that take a text need none.
 *
 * @since 2.0
 */
@Stability(status = EXPERIMENTAL, since = "2.0")
public final class WordIndex {
    private final String text;
    private final int from;
    private final int to;
    private int[] starts;
    private int[] ends;
    private String[] folded;
    private int size;

    private WordIndex(CharSequence text, int from, int to) {
        this.text = text.toString();
        this.from = from;
        this.to = to;
        int capacity = Math.max(4, (to - from) / 5);
        starts = new int[capacity];
        ends = new int[capacity];
        folded = new String[capacity];
        int i = from;
        while (i < to) {
            char c = this.text.charAt(i);
            if (isWordChar(c)) {
                int start = i;
                while (i < to && isWordChar(this.text.charAt(i))) {
                    i++;
                }
                add(start, i);
            } else if (c == ' ' || Character.isWhitespace(c)) {
                i++;
            } else {
                add(i, i + 1);
                i++;
            }
        }
    }

    /** The words of the whole text. */
    public static WordIndex of(CharSequence text) {
        return new WordIndex(text, 0, text.length());
    }

    /** The words of {@code text[from, to)} only: for one search in a part of a text. */
    public static WordIndex of(CharSequence text, int from, int to) {
        return new WordIndex(text, from, to);
    }

    private void add(int start, int end) {
        if (size == starts.length) {
            int grown = size * 2;
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
            folded = Arrays.copyOf(folded, grown);
        }
        starts[size] = start;
        ends[size] = end;
        folded[size] = fold(text.substring(start, end));
        size++;
    }

    public String text() {
        return text;
    }

    /** Whether {@code [from, to)} lies within what was cut into words. */
    boolean covers(int from, int to) {
        return this.from <= from && to <= this.to;
    }

    /** How many words. */
    public int size() {
        return size;
    }

    /** Where word {@code word} starts in the text. */
    public int start(int word) {
        return starts[word];
    }

    /** Where word {@code word} ends in the text. */
    public int end(int word) {
        return ends[word];
    }

    /** Word {@code word} in lower case. */
    public String folded(int word) {
        return folded[word];
    }

    /** The index of the first word starting at or after {@code position}. */
    public int firstAt(int position) {
        int found = Arrays.binarySearch(starts, 0, size, position);
        return found >= 0 ? found : -found - 1;
    }

    /** The written form of words {@code [first, last]}, each followed by a space ("’" read as "'"). */
    String written(int first, int last) {
        StringBuilder raw = new StringBuilder();
        for (int k = first; k <= last; k++) {
            raw.append(normalise(text.substring(starts[k], ends[k]))).append(' ');
        }
        return raw.toString();
    }

    static boolean isWordChar(char c) {
        if (c < 128) {
            // Most of the text is ASCII: answer without Character's tables, on the hottest path of extraction.
            char lower = (char) (c | 0x20);
            return (lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static String normalise(String word) {
        return word.equals("’") ? "'" : word;
    }

    static String fold(String word) {
        return normalise(word).toLowerCase(Locale.ROOT);
    }
}
