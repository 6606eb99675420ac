package org.stancetracker.extractors.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stancetracker.spi.ArticleText;
import org.stancetracker.spi.Extractor;
import org.stancetracker.spi.StanceCandidate;
import org.stancetracker.spi.stance.Evidence;

/**
 * An extractor that reports the claims of some bases ({@link Claim.Basis}) found by a
 * {@link NewsAnalyzer}: one candidate per actor, position, polarity and piece of evidence, the most
 * confident where the same evidence shows the same stance twice. Thread-safe.
 */
public final class ClaimExtractor implements Extractor {
    private final NewsAnalyzer analyzer;
    private final Set<Claim.Basis> bases;
    private final double minimumConfidence;

    public ClaimExtractor(NewsAnalyzer analyzer, Set<Claim.Basis> bases, double minimumConfidence) {
        this.analyzer = analyzer;
        this.bases = Set.copyOf(bases);
        this.minimumConfidence = minimumConfidence;
    }

    @Override
    public List<StanceCandidate> extract(ArticleText article) {
        Map<String, StanceCandidate> found = new LinkedHashMap<>();
        for (Claim claim : analyzer.analyze(article)) {
            if (!bases.contains(claim.basis()) || claim.confidence() < minimumConfidence) {
                continue;
            }
            String key =
                    claim.actor() + "/" + claim.position().id() + "/" + claim.polarity() + "/" + claim.evidenceStart();
            StanceCandidate candidate = new StanceCandidate(
                    claim.actor(),
                    claim.position().topic(),
                    claim.position().id(),
                    claim.polarity(),
                    claim.date(),
                    Evidence.of(article.text(), claim.evidenceStart(), claim.evidenceEnd()),
                    claim.confidence());
            found.merge(key, candidate, (a, b) -> b.confidence() > a.confidence() ? b : a);
        }
        return new ArrayList<>(found.values());
    }
}
