package org.stancetracker.extractors.text;

import java.util.ArrayList;
import java.util.List;
import org.stancetracker.spi.stance.Polarity;

/**
 * Decides which candidates are stances ({@link Reading#LEARNED}, {@link Reading#COMBINED}): the stance
 * model judges each, and one whose support or opposition is at least the threshold becomes a claim,
 * with that probability as its confidence. The rules' own claims stay only under
 * {@link Reading#RULES}; under the other readings they are features of the candidates.
 */
final class JudgingStage implements Stage {
    private final StanceModel model;

    JudgingStage(StanceModel model) {
        this.model = model;
    }

    @Override
    public void run(ArticleAnalysis analysis) {
        List<Claim> claims = new ArrayList<>();
        for (Candidate candidate : analysis.candidates) {
            double[] judged = model.judge(candidate.features());
            boolean supports = judged[0] >= judged[1];
            double confidence = supports ? judged[0] : judged[1];
            if (confidence < model.threshold()) {
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
