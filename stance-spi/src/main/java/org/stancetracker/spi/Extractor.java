package org.stancetracker.spi;

import static org.stancetracker.spi.Stability.Status.STABLE;

import java.util.List;

/**
 * Turns one article into stance candidates.
 *
 * <p>Thread-safety: the loader calls {@link #extract} from several threads at once on the same
 * instance, so an implementation must be thread-safe (keeping per-call state in locals is enough).
 *
 * <p>Contract, checked by the conformance kit:
 * <ul>
 *   <li>blank text gives an empty list, never an exception;</li>
 *   <li>the same article gives the same candidates in the same order;</li>
 *   <li>every candidate's evidence is a span of {@link ArticleText#text()} and its date is never after
 *       the publication date, but for a day ahead the text names, at most
 *       {@link org.stancetracker.spi.stance.StanceDate#MAX_DAYS_AHEAD} days after it (since 2.1);</li>
 *   <li>every candidate names an actor and a position of the {@link ReferenceData} it was created with.</li>
 * </ul>
 * An exception thrown by {@code extract} is reported against that article and extractor; the
 * other extractors and articles carry on.
 *
 * @since 1.0
 */
@Stability(status = STABLE, since = "1.0")
@FunctionalInterface
public interface Extractor {

    /**
     * Finds the stances an article reports.
     *
     * @param article the article; the extractor may read it but owns nothing of it
     * @return a new list, owned by the caller; empty when the article reports no stance
     */
    List<StanceCandidate> extract(ArticleText article);
}
