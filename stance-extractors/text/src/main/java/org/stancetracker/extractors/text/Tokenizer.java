package org.stancetracker.extractors.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a sentence into tokens the way the UD English treebank does, which is what the tagger was
 * trained on: punctuation apart, clitics apart ("Trump's" is "Trump" and "'s", "haven't" is "have"
 * and "n't"), hyphenated words whole ("UN-hosted", "rebel-held"), abbreviations whole ("U.S.",
 * "Mr."). OpenNLP's tokenizer model for that treebank leaves clitics on and splits some hyphenated
 * words, and its tagger then mis-tags them. One pass over the characters; stateless.
 */
final class Tokenizer {
    private Tokenizer() {}

    /** Token spans {@code [start, end)} of {@code text[from, to)}, as pairs in one array. */
    static List<int[]> spans(String text, int from, int to) {
        List<int[]> spans = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                spans.add(new int[] {i, i + 1});
                i++;
                continue;
            }
            int start = i;
            while (i < to && inWord(text, i, to)) {
                i++;
            }
            i = word(text, start, i, to, spans);
        }
        return spans;
    }

    /** Letters and digits, and ' . - , inside a word ("don't", "U.S.", "rebel-held", "300,000"). */
    private static boolean inWord(String text, int i, int to) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c) || c == '\u0301' || Character.getType(c) == Character.NON_SPACING_MARK) {
            return true;
        }
        boolean next = i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
        if (c == '-' || c == '\'' || c == '’' || c == '&') {
            return next;
        }
        if (c == ',') {
            // A digit group ("300,000"), not a comma between words.
            return next && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
        }
        if (c == '.') {
            // "U.S." and "a.m.": a period between single letters, or after one in a run of them.
            return next
                            && Character.isLetter(text.charAt(i - 1))
                            && (i + 2 >= to || !Character.isLetter(text.charAt(i + 2)))
                    || (Character.isDigit(text.charAt(i - 1)) && next && Character.isDigit(text.charAt(i + 1)));
        }
        return false;
    }

    /** Adds the word's token or tokens; returns where the word ends. */
    private static int word(String text, int start, int end, int to, List<int[]> spans) {
        // A closing period of an abbreviation of single letters belongs to it ("U.S."), and of a title ("Mr.").
        if (end < to
                && text.charAt(end) == '.'
                && (end - start >= 3 && text.charAt(end - 2) == '.' || isTitle(text, start, end))) {
            end++;
        }
        int clitic = clitic(text, start, end);
        if (clitic > start) {
            spans.add(new int[] {start, clitic});
            spans.add(new int[] {clitic, end});
        } else {
            spans.add(new int[] {start, end});
        }
        return end;
    }

    private static boolean isTitle(String text, int start, int end) {
        String word = text.substring(start, end);
        return word.equals("Mr")
                || word.equals("Mrs")
                || word.equals("Ms")
                || word.equals("Dr")
                || word.equals("St")
                || word.equals("Gen")
                || word.equals("Lt")
                || word.equals("Col")
                || word.equals("Sen")
                || word.equals("Rep");
    }

    /** Where a clitic starts: 's, n't, 're, 've, 'll, 'd, 'm (either apostrophe); {@code start} if none. */
    private static int clitic(String text, int start, int end) {
        int length = end - start;
        // Every clitic has its apostrophe among the word's last three characters; most words have none.
        boolean apostrophe = false;
        for (int k = Math.max(start, end - 3); k < end; k++) {
            char c = text.charAt(k);
            apostrophe |= c == '\'' || c == '’';
        }
        if (!apostrophe) {
            return start;
        }
        if (length > 3 && endsWithIgnoreCase(text, end, "n't")) {
            return end - 3;
        }
        if (length > 3 && endsWithIgnoreCase(text, end, "n’t")) {
            return end - 3;
        }
        for (String suffix :
                new String[] {"'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"}) {
            if (length > suffix.length() && endsWithIgnoreCase(text, end, suffix)) {
                return end - suffix.length();
            }
        }
        return start;
    }

    private static boolean endsWithIgnoreCase(String text, int end, String suffix) {
        return text.regionMatches(true, end - suffix.length(), suffix, 0, suffix.length());
    }
}
