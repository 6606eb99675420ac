package org.stancetracker.extractors.statements;

import java.util.Set;
import org.stancetracker.extractors.text.Claim;
import org.stancetracker.extractors.text.ClaimExtractorFactory;

/**
 * The {@code statements} extractor: what the narrator reports actors said ("Erdogan called for a
 * ceasefire", "Putin said Moscow opposed a truce") and did ("Russian jets pounded Idlib").
 *
 * <p>Setting: {@code min-confidence}, in [0, 1] (default 0): candidates below it are dropped.
 */
public final class StatementsExtractorFactory extends ClaimExtractorFactory {
    public StatementsExtractorFactory() {
        super("statements", Set.of(Claim.Basis.STATEMENT, Claim.Basis.DEED));
    }
}
