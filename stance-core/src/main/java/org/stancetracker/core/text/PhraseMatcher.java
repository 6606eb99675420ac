package org.stancetracker.core.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds known phrases (actor names, position terms) in text as whole words, longest first, so
 * that "Russian Federation" wins over "Russian". Case does not matter, except for short all-capital
 * phrases ("US", "UN", "EU"), which must match exactly so that the pronoun "us" is not the United States.
 * A {@code *} between words stands for up to three words ("pull * out" finds "pull American troops out").
 *
 * <p>Phrases are kept in a trie of words: the text is cut into words (runs of letters and digits)
 * and single punctuation marks, folded to lower case once, and walked, so the cost grows with the
 * text, not with the number of phrases. Immutable and thread-safe.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseMatcher<T> {
    /** One occurrence of a phrase: its span in the text and what it stands for. */
    public record Match<T>(int start, int end, String phrase, T value) {
    }

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>(4);
        T value;
        String phrase;
        /** For a short all-capital phrase: the words as they must be written. */
        String exact;
    }

    private final Node<T> root = new Node<>();
    private final List<Map.Entry<Pattern, T>> wildcards = new ArrayList<>();
    /** Each wildcard phrase's first word, folded: the pattern runs only over text that has that word. */
    private final List<String> wildcardFirstWords = new ArrayList<>();

    public PhraseMatcher(Map<String, T> phrases) {
        List<String> ordered = phrases.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        for (String phrase : ordered) {
            T value = phrases.get(phrase);
            if (phrase.contains(" * ")) {
                String body = java.util.Arrays.stream(phrase.split(" \\* ")).map(Pattern::quote)
                        .collect(Collectors.joining("(?:\\s+[\\p{L}\\p{N}\\-.’']+){0,3}\\s+"));
                wildcards.add(Map.entry(Pattern.compile("(?<![\\p{L}\\p{N}])" + body + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), value));
                wildcardFirstWords.add(fold(phrase.substring(0, phrase.indexOf(' '))));
                continue;
            }
            List<int[]> spans = words(phrase, 0, phrase.length());
            if (spans.isEmpty()) {
                continue;
            }
            Node<T> node = root;
            StringBuilder raw = new StringBuilder();
            for (int[] span : spans) {
                String word = phrase.substring(span[0], span[1]);
                raw.append(normalise(word)).append(' ');
                node = node.next.computeIfAbsent(fold(word), k -> new Node<>());
            }
            if (node.value == null) {
                node.value = value;
                node.phrase = phrase;
                boolean shortCapitals = phrase.length() <= 3 && phrase.equals(phrase.toUpperCase(Locale.ROOT));
                node.exact = shortCapitals ? raw.toString() : null;
            }
        }
    }

    /** A text cut into words once, for the many searches an extractor makes in one article. */
    private record Words(CharSequence text, List<int[]> spans, String[] folded) {
        static Words of(CharSequence text) {
            List<int[]> spans = words(text, 0, text.length());
            String[] folded = new String[spans.size()];
            for (int i = 0; i < spans.size(); i++) {
                folded[i] = fold(text.subSequence(spans.get(i)[0], spans.get(i)[1]).toString());
            }
            return new Words(text, spans, folded);
        }

        /** The index of the first word starting at or after {@code position}. */
        int firstAt(int position) {
            int low = 0;
            int high = spans.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (spans.get(mid)[0] < position) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
    }

    /** The last texts cut into words on this thread, by identity: an article and its narrator's view. */
    private static final ThreadLocal<Words[]> RECENT = ThreadLocal.withInitial(() -> new Words[2]);
    private static final int WHOLE_TEXT_MIN_LENGTH = 1500;

    private static Words wordsOf(CharSequence text) {
        Words[] recent = RECENT.get();
        for (Words words : recent) {
            if (words != null && words.text() == text) {
                return words;
            }
        }
        Words words = Words.of(text);
        recent[1] = recent[0];
        recent[0] = words;
        return words;
    }

    /** The phrases in {@code text[from, to)}, left to right, not overlapping. */
    public List<Match<T>> find(CharSequence text, int from, int to) {
        List<Match<T>> matches = new ArrayList<>();
        // Many searches of one long text (an article): cut it into words once. Sentence-sized texts are cut directly.
        Words all = text.length() >= WHOLE_TEXT_MIN_LENGTH ? wordsOf(text) : null;
        List<int[]> words;
        String[] folded;
        int first;
        int last;
        if (all != null) {
            words = all.spans();
            folded = all.folded();
            first = all.firstAt(from);
            last = first;
            while (last < words.size() && words.get(last)[1] <= to) {
                last++;
            }
        } else {
            words = words(text, from, to);
            folded = new String[words.size()];
            for (int k = 0; k < words.size(); k++) {
                folded[k] = fold(text.subSequence(words.get(k)[0], words.get(k)[1]).toString());
            }
            first = 0;
            last = words.size();
        }
        int i = first;
        while (i < last) {
            Node<T> node = root;
            int matchedEnd = -1;
            Node<T> matched = null;
            for (int j = i; j < last; j++) {
                node = node.next.get(folded[j]);
                if (node == null) {
                    break;
                }
                if (node.value != null && (node.exact == null || node.exact.equals(raw(text, words, i, j)))) {
                    matched = node;
                    matchedEnd = j;
                }
            }
            if (matched != null) {
                matches.add(new Match<>(words.get(i)[0], words.get(matchedEnd)[1],
                        text.subSequence(words.get(i)[0], words.get(matchedEnd)[1]).toString(), matched.value));
                i = matchedEnd + 1;
            } else {
                i++;
            }
        }
        if (wildcards.isEmpty()) {
            return matches;
        }
        java.util.Set<String> present = new java.util.HashSet<>();
        for (int k = first; k < last; k++) {
            present.add(folded[k]);
        }
        for (int index = 0; index < wildcards.size(); index++) {
            if (!present.contains(wildcardFirstWords.get(index))) {
                continue; // a regular expression per wildcard over every text is the costliest part of a search
            }
            Map.Entry<Pattern, T> wildcard = wildcards.get(index);
            Matcher w = wildcard.getKey().matcher(text).region(from, to);
            while (w.find()) {
                int start = w.start();
                int end = w.end();
                if (matches.stream().noneMatch(m -> m.start() < end && start < m.end() && m.end() - m.start() >= end - start)) {
                    matches.removeIf(m -> m.start() < end && start < m.end());
                    matches.add(new Match<>(start, end, w.group(), wildcard.getValue()));
                }
            }
        }
        matches.sort(Comparator.comparingInt(Match::start));
        return matches;
    }

    public List<Match<T>> find(CharSequence text) {
        return find(text, 0, text.length());
    }

    private static String raw(CharSequence text, List<int[]> words, int from, int to) {
        StringBuilder raw = new StringBuilder();
        for (int k = from; k <= to; k++) {
            raw.append(normalise(text.subSequence(words.get(k)[0], words.get(k)[1]).toString())).append(' ');
        }
        return raw.toString();
    }

    /** Words (runs of letters, marks and digits) and single punctuation marks; white space separates. */
    private static List<int[]> words(CharSequence text, int from, int to) {
        List<int[]> words = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                int start = i;
                while (i < to && isWordChar(text.charAt(i))) {
                    i++;
                }
                words.add(new int[] {start, i});
            } else if (c == ' ' || Character.isWhitespace(c)) {
                i++;
            } else {
                words.add(new int[] {i, i + 1});
                i++;
            }
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            // Most of the text is ASCII: answer without Character's tables, on the hottest path of extraction.
            char lower = (char) (c | 0x20);
            return (lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static String normalise(String word) {
        return word.equals("’") ? "'" : word;
    }

    private static String fold(String word) {
        return normalise(word).toLowerCase(Locale.ROOT);
    }
}
