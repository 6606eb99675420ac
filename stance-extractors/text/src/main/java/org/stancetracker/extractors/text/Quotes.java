package org.stancetracker.extractors.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The direct quotes of an article: spans between curly (“ ”) or straight (") double quotes, paired
 * within a paragraph. A quote left open at a paragraph's end closes there, as news copy does when a
 * quote runs on into the next paragraph.
 */
final class Quotes {
    /** A quote: {@code [open, close]} are the quote marks, {@code [start, end)} the words between them. */
    record Quote(int open, int close) {
        int start() {
            return open + 1;
        }

        int end() {
            return close;
        }
    }

    private final List<Quote> quotes;

    private Quotes(List<Quote> quotes) {
        this.quotes = quotes;
    }

    static Quotes of(String text) {
        List<Quote> quotes = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0 && i - open > 2) {
                    quotes.add(new Quote(open, i));
                }
                open = -1;
            } else if (c == '“') {
                open = i;
            } else if (c == '”') {
                if (open >= 0) {
                    quotes.add(new Quote(open, i));
                    open = -1;
                }
            } else if (c == '"') {
                if (open >= 0 && text.charAt(open) == '"') {
                    quotes.add(new Quote(open, i));
                    open = -1;
                } else if (open < 0) {
                    open = i;
                }
            }
        }
        if (open >= 0 && text.length() - open > 2) {
            quotes.add(new Quote(open, text.length()));
        }
        return new Quotes(quotes);
    }

    List<Quote> all() {
        return quotes;
    }

    /** The quotes that overlap {@code [from, to)}. */
    List<Quote> within(int from, int to) {
        List<Quote> within = new ArrayList<>();
        for (int i = firstClosingAfter(from); i < quotes.size() && quotes.get(i).open() < to; i++) {
            within.add(quotes.get(i));
        }
        return within;
    }

    /** The quotes whose opening mark is in {@code [from, to)}. */
    List<Quote> openedIn(int from, int to) {
        List<Quote> opened = new ArrayList<>();
        for (int i = firstClosingAfter(from); i < quotes.size() && quotes.get(i).open() < to; i++) {
            if (quotes.get(i).open() >= from) {
                opened.add(quotes.get(i));
            }
        }
        return opened;
    }

    boolean inside(int position) {
        int i = firstClosingAfter(position);
        return i < quotes.size() && position > quotes.get(i).open();
    }

    /**
     * The index of the first quote that closes after {@code offset}, by binary search: quotes never
     * overlap and are found in text order, so their closing marks ascend. Asked once per sentence
     * and per claim, a scan of every quote would make long articles cost the square of their length.
     */
    private int firstClosingAfter(int offset) {
        int low = 0;
        int high = quotes.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (quotes.get(middle).close() > offset) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** Quotes this short are the narrator's words too: "a new Aleppo", "the importance of a lasting ceasefire". */
    private static final int NARRATED_QUOTE_WORDS = 8;

    /**
     * {@code text[from, to)} with the words of full quotes blanked out, offsets kept: what the narrator
     * says. Short quoted phrases stay, as part of the narrator's sentence.
     */
    String masked(String text, int from, int to) {
        char[] chars = text.substring(from, to).toCharArray();
        for (Quote quote : within(from, to)) {
            if (text.substring(quote.start(), quote.end()).strip().split("\\s+").length <= NARRATED_QUOTE_WORDS) {
                continue;
            }
            for (int i = Math.max(quote.start(), from); i < Math.min(quote.end(), to); i++) {
                chars[i - from] = ' ';
            }
        }
        return new String(chars);
    }
}
