/**
 * What a {@link org.stancetracker.spi.StanceCandidate} is made of besides its actor and position:
 * its {@link org.stancetracker.spi.stance.Evidence}, {@link org.stancetracker.spi.stance.Polarity}
 * and {@link org.stancetracker.spi.stance.StanceDate}. In {@code org.stancetracker.core.stance}
 * until SPI 2.0; the stored stances built from candidates stay there, in stance-core, as the
 * tracker's own.
 */
package org.stancetracker.spi.stance;
