package org.stancetracker.extractors.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One claim per basis, actor, position, polarity and sentence: where two rules read the same stance
 * in the same sentence (what a speaker said, and the quote in it), the more confident stays, and of
 * two as confident, the first found.
 */
final class MergingStage implements Stage {
    @Override
    public void run(ArticleAnalysis analysis) {
        Map<String, Claim> merged = new LinkedHashMap<>();
        for (Claim claim : analysis.claims) {
            String key =
                    claim.basis() + "/" + claim.actor() + "/" + claim.position().id() + "/" + claim.polarity() + "/"
                            + sentenceOf(analysis, claim.evidenceStart());
            merged.merge(key, claim, (a, b) -> b.confidence() > a.confidence() ? b : a);
        }
        analysis.claims = new ArrayList<>(merged.values());
    }

    private static int sentenceOf(ArticleAnalysis analysis, int offset) {
        return analysis.sentenceIndexAt(offset);
    }
}
