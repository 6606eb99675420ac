package org.stancetracker.extractors.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A class of words by lemma ("back", "endorse", "welcome"), matched on a token's lemma or on the
 * regular inflections of the lemma ("backed", "endorsing"), since the lemmatizer misses some past
 * participles ("bombed"). An entry may name a particle that must follow the verb ("call for", "rule
 * out") and irregular forms after a slash ("withdraw/withdrew/withdrawn"). Immutable.
 *
 * @param <T> what the class says of a word in it (a polarity, say)
 */
final class WordClass<T> {
    /** One entry: the particle it needs ("for" in "call for"), or none, and its value. */
    record Entry<T>(String lemma, String particle, T value) {}

    private final Map<String, List<Entry<T>>> byForm = new HashMap<>();

    WordClass(Map<String, T> entries) {
        entries.forEach((spec, value) -> {
            String[] words = spec.split(" ", 2);
            String[] forms = words[0].split("/");
            String lemma = forms[0];
            Entry<T> entry = new Entry<>(lemma, words.length > 1 ? words[1] : null, value);
            for (String form : inflections(lemma)) {
                add(form, entry);
            }
            for (int i = 1; i < forms.length; i++) {
                add(forms[i], entry);
            }
        });
    }

    private void add(String form, Entry<T> entry) {
        List<Entry<T>> list = byForm.computeIfAbsent(form, k -> new java.util.ArrayList<>());
        // Entries with a particle first: "call for" before "call".
        if (entry.particle() != null) {
            list.add(0, entry);
        } else {
            list.add(entry);
        }
    }

    /** The entry the token at {@code i} is, its particle (if any) found right after it; null if none. */
    Entry<T> at(Token[] tokens, int i) {
        Token token = tokens[i];
        List<Entry<T>> entries = byForm.get(token.lemma());
        if (entries == null) {
            entries = byForm.get(token.lower());
        }
        if (entries == null) {
            return null;
        }
        for (Entry<T> entry : entries) {
            if (entry.particle() == null) {
                return entry;
            }
            String[] particle = entry.particle().split(" ");
            if (followedBy(tokens, i + 1, particle)) {
                return entry;
            }
        }
        return null;
    }

    /** The particle's words right after the verb, or after one short object ("ruled it out", "pulled troops out"). */
    private static boolean followedBy(Token[] tokens, int from, String[] particle) {
        for (int start = from; start <= Math.min(tokens.length - particle.length, from + 3); start++) {
            boolean all = true;
            for (int k = 0; k < particle.length; k++) {
                if (!tokens[start + k].lower().equals(particle[k])) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
            if (start > from && !tokens[start].isNominal() && !tokens[start].is("DET") && !tokens[start].is("ADJ")) {
                return false;
            }
        }
        return false;
    }

    boolean contains(Token token) {
        return byForm.containsKey(token.lemma()) || byForm.containsKey(token.lower());
    }

    /** The lemma and its regular forms: +s, +ed, +ing, with a final e dropped and a final consonant doubled where English does. */
    static Set<String> inflections(String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        Set<String> forms = new java.util.LinkedHashSet<>();
        forms.add(l);
        boolean sibilant =
                l.endsWith("s") || l.endsWith("x") || l.endsWith("z") || l.endsWith("ch") || l.endsWith("sh");
        boolean consonantY = l.endsWith("y") && l.length() > 1 && "aeiou".indexOf(l.charAt(l.length() - 2)) < 0;
        forms.add(consonantY ? l.substring(0, l.length() - 1) + "ies" : sibilant ? l + "es" : l + "s");
        String stem = l.endsWith("e")
                ? l.substring(0, l.length() - 1)
                : consonantY ? l.substring(0, l.length() - 1) + "i" : l;
        forms.add(stem + (l.endsWith("e") ? "ed" : "ed"));
        forms.add((l.endsWith("e") && !l.endsWith("ee") ? l.substring(0, l.length() - 1) : l) + "ing");
        if (cvc(l)) {
            String doubled = l + l.charAt(l.length() - 1);
            forms.add(doubled + "ed");
            forms.add(doubled + "ing");
        }
        return forms;
    }

    /** Consonant, vowel, consonant at the end of a short word: "stop", "plan", "ban" double it. */
    private static boolean cvc(String word) {
        int n = word.length();
        if (n < 3 || n > 4) {
            return false;
        }
        String vowels = "aeiou";
        char last = word.charAt(n - 1);
        return vowels.indexOf(last) < 0
                && "wxy".indexOf(last) < 0
                && vowels.indexOf(word.charAt(n - 2)) >= 0
                && vowels.indexOf(word.charAt(n - 3)) < 0;
    }
}
