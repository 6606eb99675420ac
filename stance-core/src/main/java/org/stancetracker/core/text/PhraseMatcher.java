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
 * Immutable and thread-safe.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseMatcher<T> {
    /** One occurrence of a phrase: its span in the text and what it stands for. */
    public record Match<T>(int start, int end, String phrase, T value) {
    }

    private final Pattern pattern;
    private final Map<String, T> byFoldedPhrase = new HashMap<>();
    private final List<Map.Entry<Pattern, T>> wildcards = new ArrayList<>();

    public PhraseMatcher(Map<String, T> phrases) {
        phrases.forEach((phrase, value) -> {
            if (phrase.contains(" * ")) {
                String body = java.util.Arrays.stream(phrase.split(" \\* ")).map(PhraseMatcher::quoted)
                        .collect(Collectors.joining("(?:\\s+[\\p{L}\\p{N}\\-.’']+){0,3}\\s+"));
                wildcards.add(Map.entry(Pattern.compile("(?<![\\p{L}\\p{N}])" + body + "(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), value));
            } else {
                byFoldedPhrase.putIfAbsent(fold(phrase), value);
            }
        });
        String body = phrases.keySet().stream().filter(p -> !p.contains(" * "))
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(PhraseMatcher::quoted)
                .collect(Collectors.joining("|"));
        this.pattern = body.isEmpty() ? Pattern.compile("(?!)") : Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + body + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The phrases in {@code text[from, to)}, left to right, not overlapping. */
    public List<Match<T>> find(CharSequence text, int from, int to) {
        List<Match<T>> matches = new ArrayList<>();
        Matcher matcher = pattern.matcher(text).region(from, to);
        while (matcher.find()) {
            T value = byFoldedPhrase.get(fold(matcher.group()));
            if (value != null) {
                matches.add(new Match<>(matcher.start(), matcher.end(), matcher.group(), value));
            }
        }
        if (wildcards.isEmpty()) {
            return matches;
        }
        for (Map.Entry<Pattern, T> wildcard : wildcards) {
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
        matches.sort(java.util.Comparator.comparingInt(Match::start));
        return matches;
    }

    public List<Match<T>> find(CharSequence text) {
        return find(text, 0, text.length());
    }

    private static String quoted(String phrase) {
        String quoted = Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q");
        boolean shortCapitals = phrase.length() <= 3 && phrase.equals(phrase.toUpperCase(Locale.ROOT));
        return shortCapitals ? "(?-i:" + quoted + ")" : quoted;
    }

    private static String fold(String phrase) {
        return phrase.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
