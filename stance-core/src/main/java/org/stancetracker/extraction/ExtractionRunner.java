package org.stancetracker.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.stancetracker.core.article.Article;
import org.stancetracker.core.article.Dateline;
import org.stancetracker.core.stance.Finding;
import org.stancetracker.core.stance.Stance;
import org.stancetracker.spi.ArticleText;
import org.stancetracker.spi.ReferenceData;
import org.stancetracker.spi.StanceCandidate;
import org.stancetracker.spi.stance.StanceDate;

/**
 * Runs every extractor over an article and merges their candidates into stances: one per (actor,
 * position, polarity), with every extractor's findings as its evidence. An extractor that throws,
 * or returns a candidate that breaks the SPI contract, fails on that article, and the others carry on.
 * Thread-safe when the extractors are, as the SPI requires.
 *
 * <p>What counts as throwing: any {@link RuntimeException}; a {@link LinkageError}, which is what a
 * plugin jar packaged without a class it needs throws ({@link NoClassDefFoundError}), or one whose
 * static initialiser fails; and a {@link StackOverflowError}, which deep recursion on one odd article
 * throws. Other errors (out of memory, say) are the process's, not the extractor's, and end the run.
 */
public final class ExtractionRunner {
    private final List<LoadedExtractor> extractors;
    private final ReferenceData referenceData;

    public ExtractionRunner(List<LoadedExtractor> extractors, ReferenceData referenceData) {
        this.extractors = List.copyOf(extractors);
        this.referenceData = referenceData;
    }

    /** The stances, and the extractors that failed on this article, at most one failure each. */
    public record Result(List<Stance> stances, List<ExtractorFailure> failures) {
        public Result {
            stances = List.copyOf(stances);
            failures = List.copyOf(failures);
        }

        /** Each failure in a sentence that names the extractor and the article. */
        public List<String> problems() {
            return failures.stream().map(ExtractorFailure::message).toList();
        }
    }

    public Result run(Article article) {
        // The day the text gives for itself at its top wins over a publication field that disagrees.
        Optional<LocalDate> published = Dateline.of(article.text()).or(article::published);
        ArticleText text =
                new ArticleText(article.text(), published, article.key().source());
        Map<String, List<StanceCandidate>> byKey = new LinkedHashMap<>();
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        // Which evidence each extractor already gave for each stance: a set, since a long article can
        // give one stance thousands of findings, and a scan per finding would cost their square.
        Set<String> given = new HashSet<>();
        List<ExtractorFailure> failures = new ArrayList<>();
        for (LoadedExtractor loaded : extractors) {
            List<StanceCandidate> accepted = new ArrayList<>();
            List<String> violations = new ArrayList<>();
            try {
                // Reading the candidates is inside the try too: a null list, a null candidate or a
                // list that throws as it is read is the extractor's failure, not the run's.
                for (StanceCandidate candidate : loaded.extractor().extract(text)) {
                    String violation = violation(candidate, article, published);
                    if (violation == null) {
                        accepted.add(candidate);
                    } else {
                        violations.add(violation);
                    }
                }
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                failures.add(ExtractorFailure.threw(loaded.ref(), article.key(), e));
                continue; // none of its candidates: its output on this article is broken
            }
            if (!violations.isEmpty()) {
                failures.add(ExtractorFailure.invalidStances(loaded.ref(), article.key(), violations));
            }
            for (StanceCandidate candidate : accepted) {
                String key = candidate.actor() + "/" + candidate.topic() + "/" + candidate.position() + "/"
                        + candidate.polarity();
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(candidate);
                List<Finding> found = findings.computeIfAbsent(key, k -> new ArrayList<>());
                // The same extractor giving the same evidence twice is one finding.
                if (given.add(
                        key + "/" + loaded.ref() + "/" + candidate.evidence().start())) {
                    found.add(
                            new Finding(candidate.evidence(), candidate.date(), loaded.ref(), candidate.confidence()));
                }
            }
        }
        List<Stance> stances = new ArrayList<>();
        byKey.forEach((key, candidates) -> {
            StanceCandidate first = candidates.get(0);
            stances.add(new Stance(
                    article.key(),
                    first.actor(),
                    first.topic(),
                    first.position(),
                    first.polarity(),
                    findings.get(key)));
        });
        return new Result(stances, failures);
    }

    private String violation(StanceCandidate candidate, Article article, Optional<LocalDate> published) {
        int end = candidate.evidence().end();
        if (end > article.text().length()
                || !article.text()
                        .regionMatches(
                                candidate.evidence().start(),
                                candidate.evidence().text(),
                                0,
                                candidate.evidence().text().length())) {
            return "evidence " + candidate.evidence().start() + ".." + end + " is not a span of the text";
        }
        if (referenceData.actors().actor(candidate.actor()).isEmpty()) {
            return "unknown actor " + candidate.actor();
        }
        if (referenceData
                .topic(candidate.topic())
                .flatMap(t -> t.position(candidate.position()))
                .isEmpty()) {
            return "unknown position " + candidate.topic() + "/" + candidate.position();
        }
        if (candidate.date().date().isPresent() && published.isPresent()) {
            LocalDate date = candidate.date().date().get();
            if (date.isAfter(published.get().plusDays(StanceDate.MAX_DAYS_AHEAD))) {
                return "date " + date + " is more than " + StanceDate.MAX_DAYS_AHEAD
                        + " days after the publication date " + published.get();
            }
        }
        return null;
    }
}
