package org.stancetracker.core.stance;

import org.stancetracker.spi.internal.Require;
import org.stancetracker.spi.stance.Evidence;
import org.stancetracker.spi.stance.StanceDate;

/**
 * One piece of evidence for a stance, as one extractor found it: the words, the date they give, and
 * the extractor's confidence in them.
 */
public record Finding(Evidence evidence, StanceDate date, ExtractorRef extractor, double confidence) {
    public Finding {
        Require.present(evidence, "evidence");
        Require.present(date, "date");
        Require.present(extractor, "extractor");
        Require.that(confidence >= 0 && confidence <= 1, "confidence", "must lie in [0, 1], was " + confidence);
    }
}
