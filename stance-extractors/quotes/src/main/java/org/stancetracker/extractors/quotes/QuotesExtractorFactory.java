package org.stancetracker.extractors.quotes;

import java.util.Set;
import org.stancetracker.extractors.text.Claim;
import org.stancetracker.extractors.text.ClaimExtractorFactory;

/**
 * The {@code quotes} extractor: actors' own words, quoted and attributed ("“…must end quickly,”
 * Iranian President Hassan Rouhani said"), read for the positions they take.
 *
 * <p>Setting: {@code min-confidence}, in [0, 1] (default 0): candidates below it are dropped.
 */
public final class QuotesExtractorFactory extends ClaimExtractorFactory {
    public QuotesExtractorFactory() {
        super("quotes", Set.of(Claim.Basis.QUOTE));
    }
}
