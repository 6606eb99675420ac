package org.stancetracker.extractors.text;

import java.util.ArrayList;
import java.util.List;
import org.stancetracker.spi.stance.Polarity;

/**
 * Decides which candidates are stances: the stance model judges each, and one whose support or
 * opposition is at least the reading's threshold becomes a claim, with that probability as its
 * confidence. Under {@link Reading#LEARNED} they are the only claims; under {@link Reading#COMBINED}
 * they join the rules' claims, in the sentences where the rules read no side of that actor on that
 * position (where they do, their reading stands: the model never contradicts it).
 */
final class JudgingStage implements Stage {
    private final StanceModel model;
    private final double threshold;
    private final boolean keepRules;

    JudgingStage(StanceModel model, Reading reading) {
        if (reading == Reading.RULES) {
            throw new IllegalArgumentException("the rules alone need no judge");
        }
        this.model = model;
        this.threshold = model.threshold(reading);
        this.keepRules = reading == Reading.COMBINED;
    }

    @Override
    public void run(ArticleAnalysis analysis) {
        List<Claim> claims = keepRules ? new ArrayList<>(analysis.claims) : new ArrayList<>();
        // Where the rules read an actor's side on a position in a sentence, their reading stands.
        java.util.Set<String> ruled = new java.util.HashSet<>();
        if (keepRules) {
            for (Claim claim : analysis.claims) {
                ruled.add(analysis.sentenceIndexAt(claim.evidenceStart()) + "/" + claim.actor() + "/"
                        + claim.position().id());
            }
        }
        for (Candidate candidate : analysis.candidates) {
            if (ruled.contains(candidate.sentence() + "/" + candidate.actor() + "/"
                    + candidate.position().id())) {
                continue;
            }
            double[] judged = model.judge(candidate.features());
            boolean supports = judged[0] >= judged[1];
            double confidence = supports ? judged[0] : judged[1];
            if (confidence < threshold) {
                continue;
            }
            SentenceAnalysis sentence = analysis.sentences.get(candidate.sentence());
            claims.add(new Claim(
                    candidate.quoted()
                            ? Claim.Basis.QUOTE
                            : candidate.deed() && supports ? Claim.Basis.DEED : Claim.Basis.STATEMENT,
                    candidate.actor(),
                    candidate.position(),
                    supports ? Polarity.SUPPORT : Polarity.OPPOSE,
                    sentence.start(),
                    sentence.end(),
                    sentence.date,
                    confidence,
                    "model"));
        }
        analysis.claims = claims;
    }
}
