package org.stancetracker.spi.text;

import static org.stancetracker.spi.Stability.Status.EXPERIMENTAL;
import static org.stancetracker.spi.Stability.Status.STABLE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stancetracker.spi.Stability;

/**
 * Finds known phrases (actor names, position terms) in text as whole words, longest first, so
 * that "Russian Federation" wins over "Russian". Case does not matter, except for short all-capital
 * phrases ("US", "UN", "EU"), which must match exactly so that the pronoun "us" is not the United States.
 * A {@code *} between words stands for up to three words ("pull * out" finds "pull American troops out").
 *
 * <p>Phrases are kept in a trie of words: the text is cut into words (a {@link WordIndex}: runs of
 * letters and digits, and single punctuation marks, folded to lower case once) and walked, so the
 * cost grows with the text, not with the number of phrases. A caller that searches one text many
 * times builds its {@link WordIndex} once and passes it. Immutable and thread-safe.
 *
 * @param <T> what a phrase stands for
 * @since 2.0
 */
@Stability(status = STABLE, since = "2.0")
public final class PhraseMatcher<T> {
    /**
     * One occurrence of a phrase: its span in the text and what it stands for.
     *
     * @since 2.0
     */
    @Stability(status = STABLE, since = "2.0")
    public record Match<T>(int start, int end, String phrase, T value) {}

    /** How many words a {@code *} stands for, at most. */
    private static final int WILDCARD_WORDS = 3;

    private static final class Node<T> {
        final Map<String, Node<T>> next = new HashMap<>(4);
        T value;
        String phrase;
        /** For a short all-capital phrase: the words as they must be written. */
        String exact;
        /** At a first word: the wildcard phrases that start with it. */
        List<Wildcard<T>> wildcards;
    }

    /** A phrase with {@code *}: its parts, each a run of folded words, and what it stands for. */
    private record Wildcard<T>(List<String[]> parts, T value) {}

    private final Node<T> root = new Node<>();
    private final boolean hasWildcards;

    public PhraseMatcher(Map<String, T> phrases) {
        List<String> ordered = phrases.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        boolean anyWildcard = false;
        for (String phrase : ordered) {
            T value = phrases.get(phrase);
            if (phrase.contains(" * ")) {
                List<String[]> parts = Arrays.stream(phrase.split(" \\* "))
                        .map(PhraseMatcher::foldedWords)
                        .toList();
                if (parts.stream().anyMatch(part -> part.length == 0)) {
                    continue;
                }
                Node<T> first = root.next.computeIfAbsent(parts.get(0)[0], k -> new Node<>());
                if (first.wildcards == null) {
                    first.wildcards = new ArrayList<>(2);
                }
                first.wildcards.add(new Wildcard<>(parts, value));
                anyWildcard = true;
                continue;
            }
            WordIndex words = WordIndex.of(phrase);
            if (words.size() == 0) {
                continue;
            }
            Node<T> node = root;
            for (int k = 0; k < words.size(); k++) {
                node = node.next.computeIfAbsent(words.folded(k), key -> new Node<>());
            }
            if (node.value == null) {
                node.value = value;
                node.phrase = phrase;
                boolean shortCapitals = phrase.length() <= 3 && phrase.equals(phrase.toUpperCase(Locale.ROOT));
                node.exact = shortCapitals ? words.written(0, words.size() - 1) : null;
            }
        }
        this.hasWildcards = anyWildcard;
    }

    private static String[] foldedWords(String text) {
        WordIndex words = WordIndex.of(text);
        String[] folded = new String[words.size()];
        for (int k = 0; k < folded.length; k++) {
            folded[k] = words.folded(k);
        }
        return folded;
    }

    /** The phrases in {@code text[from, to)}, left to right, not overlapping. */
    public List<Match<T>> find(CharSequence text, int from, int to) {
        return find(WordIndex.of(text, from, to), from, to);
    }

    public List<Match<T>> find(CharSequence text) {
        return find(text, 0, text.length());
    }

    /** The phrases in the indexed text's {@code [from, to)}, left to right, not overlapping. */
    @Stability(status = EXPERIMENTAL, since = "2.0") // as experimental as the WordIndex it takes
    public List<Match<T>> find(WordIndex words, int from, int to) {
        if (!words.covers(from, to)) {
            throw new IllegalArgumentException("[" + from + ", " + to + ") is outside the indexed part of the text");
        }
        List<Match<T>> matches = new ArrayList<>();
        List<Match<T>> wildcardMatches = null;
        int first = words.firstAt(from);
        int last = first;
        while (last < words.size() && words.end(last) <= to) {
            last++;
        }
        String text = words.text();
        int i = first;
        while (i < last) {
            Node<T> node = root;
            int matchedEnd = -1;
            Node<T> matched = null;
            for (int j = i; j < last; j++) {
                node = node.next.get(words.folded(j));
                if (node == null) {
                    break;
                }
                if (j == i && node.wildcards != null) {
                    wildcardMatches = wildcards(words, node.wildcards, i, last, wildcardMatches);
                }
                if (node.value != null && (node.exact == null || node.exact.equals(words.written(i, j)))) {
                    matched = node;
                    matchedEnd = j;
                }
            }
            if (matched != null) {
                matches.add(new Match<>(
                        words.start(i),
                        words.end(matchedEnd),
                        text.substring(words.start(i), words.end(matchedEnd)),
                        matched.value));
                i = matchedEnd + 1;
            } else {
                i++;
            }
        }
        if (!hasWildcards || wildcardMatches == null) {
            return matches;
        }
        for (Match<T> wildcard : wildcardMatches) {
            int start = wildcard.start();
            int end = wildcard.end();
            // A wildcard phrase wins over the plain phrases it overlaps, unless one of them is as long.
            if (matches.stream()
                    .noneMatch(m -> m.start() < end && start < m.end() && m.end() - m.start() >= end - start)) {
                matches.removeIf(m -> m.start() < end && start < m.end());
                matches.add(wildcard);
            }
        }
        matches.sort(Comparator.comparingInt(Match::start));
        return matches;
    }

    /** The wildcard phrases that start at word {@code i}, added to {@code found}. */
    private List<Match<T>> wildcards(
            WordIndex words, List<Wildcard<T>> candidates, int i, int last, List<Match<T>> found) {
        for (Wildcard<T> wildcard : candidates) {
            int end = matchParts(words, wildcard.parts(), 0, i, last);
            if (end >= 0) {
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                found.add(new Match<>(
                        words.start(i),
                        words.end(end),
                        words.text().substring(words.start(i), words.end(end)),
                        wildcard.value()));
            }
        }
        return found;
    }

    /** Where parts {@code part..} match from word {@code at}: the index of the last word, or -1. */
    private static int matchParts(WordIndex words, List<String[]> parts, int part, int at, int last) {
        String[] wanted = parts.get(part);
        if (at + wanted.length > last) {
            return -1;
        }
        for (int k = 0; k < wanted.length; k++) {
            if (!wanted[k].equals(words.folded(at + k))) {
                return -1;
            }
        }
        int partEnd = at + wanted.length - 1;
        if (part == parts.size() - 1) {
            return partEnd;
        }
        // The next part may follow after up to three written words: runs of letters, digits and - . ' ’
        // between white space ("pull U.S. troops out"), but no other mark. The gap is read once, left to right.
        String text = words.text();
        int scanned = words.end(partEnd);
        if (scanned >= text.length() || !Character.isWhitespace(text.charAt(scanned))) {
            return -1;
        }
        int chunks = 0;
        boolean inChunk = false;
        for (int next = partEnd + 1; next < last; next++) {
            int gapEnd = words.start(next);
            for (; scanned < gapEnd; scanned++) {
                char c = text.charAt(scanned);
                if (Character.isWhitespace(c)) {
                    inChunk = false;
                } else if (WordIndex.isWordChar(c) || c == '-' || c == '.' || c == '\'' || c == '’') {
                    if (!inChunk && ++chunks > WILDCARD_WORDS) {
                        return -1;
                    }
                    inChunk = true;
                } else {
                    return -1;
                }
            }
            if (inChunk) {
                continue; // the word is glued to the one before it ("S" in "U.S."): not where a part starts
            }
            int end = matchParts(words, parts, part + 1, next, last);
            if (end >= 0) {
                return end;
            }
        }
        return -1;
    }
}
