package org.stancetracker.spi;

import static org.stancetracker.spi.Stability.Status.STABLE;

/**
 * The version of this SPI. A plugin built against another major version is refused at load time;
 * a minor version only adds.
 *
 * <p>2.0 moved the types a plugin is handed (actors, topics, evidence, polarity, dates, phrase
 * matching) from {@code org.stancetracker.core} into this SPI's own packages, the only ones a
 * plugin's class loader shares: a 1.0 plugin is rebuilt with its imports renamed. 2.1 lets a stance be
 * dated a little ahead of publication where the text names a day ahead
 * ({@link org.stancetracker.spi.stance.StanceDate#MAX_DAYS_AHEAD}), and hands extractors the day an
 * article's own dateline gives as its publication day.
 *
 * @since 1.0
 */
@Stability(status = STABLE, since = "1.0")
public final class SpiVersion {
    /** Bumped when a change breaks plugins built against the previous one. */
    public static final int MAJOR = 2;
    /** Bumped when the SPI gains something that older plugins may ignore. */
    public static final int MINOR = 1;

    private SpiVersion() {}
}
