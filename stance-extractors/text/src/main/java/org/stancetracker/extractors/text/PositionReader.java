package org.stancetracker.extractors.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stancetracker.extractors.text.Vocabulary.PhraseKind;
import org.stancetracker.spi.stance.Polarity;
import org.stancetracker.spi.text.PhraseMatcher;
import org.stancetracker.spi.text.WordIndex;
import org.stancetracker.spi.topic.Position;

/**
 * Reads which positions a stretch of reported words takes, and which way: "pushed for a ceasefire"
 * supports the ceasefire, "a truce would be pointless" opposes it, "an assault could result in a
 * massacre" opposes the offensive, "no longer accept refugees" opposes taking them in.
 *
 * <p>Each phrase naming a position is read with the cues to its left in the same clause, composed
 * like signs ("opposes Turkey's calls for a truce" opposes the truce), then with an evaluation to its
 * right, then with a harm it would bring. A phrase naming the position's reverse ("withdrawal")
 * turns the result over; negation turns the cue it governs over. Stateless and thread-safe.
 */
final class PositionReader {
    /** A position read in the words, with the phrase that named it. */
    record Reading(Position position, Polarity polarity, int start, int end, double confidence) {}

    private static final int CUE_REACH = 70;
    private static final int EVALUATION_REACH = 120;
    private static final Pattern MODAL_BEFORE = Pattern.compile(
            "(?i)\\b(must|should|needs? to|has to|have to|ought to)\\s+(?!(?:the|a|an|this|that|its|their|any)\\b)(\\w+\\s+){0,2}$");
    private static final Pattern NO_BEFORE =
            Pattern.compile("(?i)(?<![\\p{L}])no\\s+(?:new\\s+|further\\s+|more\\s+)?$");
    private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("(’s|'s)\\s+$");

    private final Vocabulary vocabulary;

    PositionReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    private record Hit(Position position, PhraseKind kind, int start, int end) {}

    private record Signed(int start, int end, Polarity polarity, boolean nominal) {}

    /**
     * The positions {@code text[from, to)} takes.
     *
     * @param found the phrases naming positions that {@link MentionStage} found, anywhere in the
     *     article; those in {@code [from, to)} are read
     */
    List<Reading> read(WordIndex words, int from, int to, List<PositionHit> found) {
        return read(words, from, to, found, false);
    }

    /**
     * @param ownNominal whether the words start with the speaker's own stance noun ("calls for" in
     *     "Turkey's calls for a truce"), which then counts as the speaker's cue
     */
    List<Reading> read(WordIndex words, int from, int to, List<PositionHit> found, boolean ownNominal) {
        String text = words.text();
        if (to <= from) {
            return List.of();
        }
        ClauseBoundaries boundaries = ClauseBoundaries.in(text, from, to);
        List<Hit> hits = hits(boundaries, from, to, found);
        Map<String, Reading> best = new LinkedHashMap<>();
        for (Hit hit : hits) {
            int clauseStart = boundaries.clauseStart(from, hit.start());
            int clauseEnd = boundaries.clauseEnd(hit.end(), to);
            if (Lexicon.CONCESSION
                    .matcher(text.substring(Math.max(0, clauseStart - 15), Math.min(clauseStart + 12, clauseEnd)))
                    .find()) {
                continue;
            }
            Optional<Reading> reading = readHit(words, hit, clauseStart, clauseEnd, ownNominal, hits);
            reading.ifPresent(r -> best.merge(
                    r.position().id().value() + "/" + r.polarity(),
                    r,
                    (a, b) -> b.confidence() > a.confidence() ? b : a));
        }
        return new ArrayList<>(best.values());
    }

    private Optional<Reading> readHit(
            WordIndex words, Hit hit, int clauseStart, int clauseEnd, boolean ownNominal, List<Hit> hits) {
        String text = words.text();
        Polarity polarity = null;
        double confidence = 0;
        if (hit.kind() == PhraseKind.HARM) {
            if (Lexicon.RISK.matcher(text.substring(clauseStart, clauseEnd)).find()) {
                polarity = Polarity.OPPOSE;
                confidence = 0.65;
            }
        } else {
            Optional<Polarity> left = leftCues(words, hit, clauseStart, ownNominal, hits);
            if (left.isPresent()) {
                polarity = left.get();
                confidence = 0.8;
            } else if (MODAL_BEFORE
                    .matcher(text.substring(Math.max(clauseStart, hit.start() - 25), hit.start()))
                    .find()) {
                polarity = Polarity.SUPPORT;
                confidence = 0.7;
            } else {
                Optional<Polarity> right = evaluation(words, hit, clauseEnd);
                if (right.isPresent()) {
                    polarity = right.get();
                    confidence = 0.75;
                } else if (consequence(words, hit, clauseEnd)) {
                    polarity = Polarity.OPPOSE;
                    confidence = 0.75;
                } else {
                    Optional<Polarity> own = rightPositionCue(words, hit, clauseEnd);
                    if (own.isPresent()) {
                        polarity = own.get();
                        confidence = 0.65;
                    } else if (NO_BEFORE
                            .matcher(text.substring(Math.max(clauseStart, hit.start() - 12), hit.start()))
                            .find()) {
                        // "there would be no military operation": the speaker rules it out.
                        polarity = Polarity.OPPOSE;
                        confidence = 0.65;
                    }
                }
            }
            if (polarity != null && hit.kind() == PhraseKind.OPPOSITE) {
                polarity = flip(polarity);
            }
        }
        if (polarity == null) {
            return Optional.empty();
        }
        return Optional.of(new Reading(hit.position(), polarity, hit.start(), hit.end(), confidence));
    }

    /**
     * The cues left of the phrase in its clause, composed: each oppose cue and each negation turns the
     * result over. A possessive nominal cue ("Turkey's calls for") is another actor's stance; without
     * a cue of the speaker's own further left, the speaker takes none.
     */
    private Optional<Polarity> leftCues(WordIndex words, Hit hit, int clauseStart, boolean ownNominal, List<Hit> hits) {
        String text = words.text();
        int from = Math.max(clauseStart, hit.start() - CUE_REACH);
        List<Signed> cues = new ArrayList<>();
        for (PhraseMatcher.Match<Lexicon.Cue> cue : Lexicon.CUES.find(words, from, hit.start())) {
            cues.add(new Signed(
                    cue.start(), cue.end(), cue.value().polarity(), cue.value().nominal()));
        }
        for (PhraseMatcher.Match<Position> cue :
                vocabulary.phrases(PhraseKind.SUPPORT_CUE).find(words, from, hit.start())) {
            if (cue.value().equals(hit.position())) {
                cues.add(new Signed(cue.start(), cue.end(), Polarity.SUPPORT, false));
            }
        }
        for (PhraseMatcher.Match<Position> cue :
                vocabulary.phrases(PhraseKind.OPPOSE_CUE).find(words, from, hit.start())) {
            if (cue.value().equals(hit.position())) {
                cues.add(new Signed(cue.start(), cue.end(), Polarity.OPPOSE, false));
            }
        }
        if (cues.isEmpty()) {
            return Optional.empty();
        }
        // A cue inside a phrase that names a position ("stop" in "stop the fighting") is part of that phrase.
        cues.removeIf(c -> hits.stream().anyMatch(h -> h.start() < c.end() && c.start() < h.end()));
        if (cues.isEmpty()) {
            return Optional.empty();
        }
        cues.sort(Comparator.comparingInt(Signed::start));
        List<Signed> distinct = new ArrayList<>();
        for (Signed cue : cues) {
            if (distinct.isEmpty()
                    || cue.start() >= distinct.get(distinct.size() - 1).end()) {
                distinct.add(cue);
            }
        }
        Signed nearest = distinct.get(distinct.size() - 1);
        if (!ownNominal
                && nearest.nominal()
                && distinct.size() == 1
                && POSSESSIVE_BEFORE
                        .matcher(text.substring(Math.max(0, nearest.start() - 4), nearest.start()))
                        .find()) {
            return Optional.empty();
        }
        boolean support = true;
        for (Signed cue : distinct) {
            if (cue.polarity() == Polarity.OPPOSE) {
                support = !support;
            }
        }
        Matcher negation = Lexicon.NEGATION.matcher(text).region(from, hit.start());
        while (negation.find()) {
            int at = negation.start(1);
            // A "no" that is part of a cue or of a phrase naming a position ("no military solution") is not negation.
            boolean part = distinct.stream().anyMatch(c -> c.start() <= at && at < c.end())
                    || hits.stream().anyMatch(h -> h.start() <= at && at < h.end());
            if (!part) {
                support = !support;
            }
        }
        return Optional.of(support ? Polarity.SUPPORT : Polarity.OPPOSE);
    }

    private static Optional<Polarity> evaluation(WordIndex words, Hit hit, int clauseEnd) {
        String text = words.text();
        int to = Math.min(clauseEnd, hit.end() + EVALUATION_REACH);
        List<PhraseMatcher.Match<Polarity>> evaluations = Lexicon.EVALUATIONS.find(words, hit.end(), to);
        if (evaluations.isEmpty()) {
            return Optional.empty();
        }
        PhraseMatcher.Match<Polarity> evaluation = evaluations.get(0);
        Polarity polarity = evaluation.value();
        if (Lexicon.NEGATION.matcher(text).region(hit.end(), evaluation.start()).find()) {
            polarity = flip(polarity);
        }
        return Optional.of(polarity);
    }

    private boolean consequence(WordIndex words, Hit hit, int clauseEnd) {
        String text = words.text();
        if (hit.kind() != PhraseKind.TERM) {
            return false;
        }
        int to = Math.min(clauseEnd, hit.end() + EVALUATION_REACH);
        List<PhraseMatcher.Match<Position>> harms =
                vocabulary.phrases(PhraseKind.HARM).find(words, hit.end(), to);
        if (harms.isEmpty()) {
            return false;
        }
        return Lexicon.CONSEQUENCE
                .matcher(text.substring(hit.end(), harms.get(0).start()))
                .find();
    }

    private Optional<Polarity> rightPositionCue(WordIndex words, Hit hit, int clauseEnd) {
        int to = Math.min(clauseEnd, hit.end() + CUE_REACH);
        for (PhraseMatcher.Match<Position> cue :
                vocabulary.phrases(PhraseKind.OPPOSE_CUE).find(words, hit.end(), to)) {
            if (cue.value().equals(hit.position())) {
                return Optional.of(Polarity.OPPOSE);
            }
        }
        for (PhraseMatcher.Match<Position> cue :
                vocabulary.phrases(PhraseKind.SUPPORT_CUE).find(words, hit.end(), to)) {
            if (cue.value().equals(hit.position())) {
                return Optional.of(Polarity.SUPPORT);
            }
        }
        return Optional.empty();
    }

    /** The phrases naming positions within {@code [from, to)}, but deeds, which are not words' stances. */
    private List<Hit> hits(ClauseBoundaries boundaries, int from, int to, List<PositionHit> found) {
        List<Hit> kept = new ArrayList<>();
        for (PositionHit hit : found) {
            if (hit.start() >= from
                    && hit.end() <= to
                    && hit.kind() != PhraseKind.DEED
                    && hit.kind() != PhraseKind.ANAPHOR) {
                kept.add(new Hit(hit.position(), hit.kind(), hit.start(), hit.end()));
            }
        }
        // "withdrawal by American forces": the forces are what the reverse phrase is about, not a second reading.
        List<Hit> objects = new ArrayList<>();
        for (Hit opposite : kept) {
            if (opposite.kind() != PhraseKind.OPPOSITE) {
                continue;
            }
            for (Hit term : kept) {
                boolean object = term.start() >= opposite.end() && term.start() - opposite.end() <= 30;
                boolean subject = term.end() <= opposite.start()
                        && opposite.start() - term.end() <= 90
                        && boundaries.clauseStart(term.start(), opposite.start()) == term.start();
                if (term.kind() == PhraseKind.TERM
                        && term.position().equals(opposite.position())
                        && (object || subject)) {
                    objects.add(term);
                }
            }
        }
        kept.removeAll(objects);
        return kept;
    }

    /**
     * The clause boundaries ({@link Lexicon#CLAUSE_BOUNDARY}) of the words read, found in one pass:
     * every phrase asks where its clause starts and ends, and a search per phrase would cost the
     * words' length times the number of phrases.
     */
    static final class ClauseBoundaries {
        private final String text;
        private final int[] starts;
        private final int[] ends;

        private ClauseBoundaries(String text, int[] starts, int[] ends) {
            this.text = text;
            this.starts = starts;
            this.ends = ends;
        }

        static ClauseBoundaries in(String text, int from, int to) {
            Matcher boundary = Lexicon.CLAUSE_BOUNDARY.matcher(text).region(from, to);
            int[] starts = new int[8];
            int[] ends = new int[8];
            int count = 0;
            while (boundary.find()) {
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                    ends = java.util.Arrays.copyOf(ends, count * 2);
                }
                starts[count] = boundary.start();
                ends[count] = boundary.end();
                count++;
            }
            return new ClauseBoundaries(
                    text, java.util.Arrays.copyOf(starts, count), java.util.Arrays.copyOf(ends, count));
        }

        /** Where the clause holding {@code position} starts: after the last boundary between {@code from} and it, else {@code from}. */
        int clauseStart(int from, int position) {
            // Boundaries never overlap, so their ends ascend too: the last one ending by the position.
            int i = java.util.Arrays.binarySearch(ends, position);
            int last = i >= 0 ? i : -i - 2;
            while (last + 1 < ends.length && ends[last + 1] == position) {
                last++;
            }
            return last >= 0 && starts[last] >= from ? ends[last] : from;
        }

        /** Where the clause holding {@code position} ends: at the first boundary after it, else {@code to}. */
        int clauseEnd(int position, int to) {
            int i = firstStartingAt(position);
            if (i > 0 && ends[i - 1] > position) {
                // The position falls inside a boundary (after the comma of ", but"): what follows it may
                // be a boundary of its own ("but"), so search from there, as far as the next boundary.
                Matcher boundary = Lexicon.CLAUSE_BOUNDARY.matcher(text).region(position, to);
                return boundary.find() ? boundary.start() : to;
            }
            return i < starts.length && ends[i] <= to ? starts[i] : to;
        }

        private int firstStartingAt(int offset) {
            int i = java.util.Arrays.binarySearch(starts, offset);
            return i >= 0 ? i : -i - 1;
        }
    }

    static Polarity flip(Polarity polarity) {
        return polarity == Polarity.SUPPORT ? Polarity.OPPOSE : Polarity.SUPPORT;
    }
}
