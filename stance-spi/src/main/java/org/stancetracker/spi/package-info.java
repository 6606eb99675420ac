/**
 * The extractor SPI: what a plugin implements ({@link org.stancetracker.spi.ExtractorFactory},
 * {@link org.stancetracker.spi.Extractor}) and what it is handed ({@link org.stancetracker.spi.ReferenceData},
 * {@link org.stancetracker.spi.ArticleText}, {@link org.stancetracker.spi.ExtractorConfig}).
 *
 * <p>Stability: the types of this package and of its sub-packages are the API of SPI major version
 * {@value org.stancetracker.spi.SpiVersion#MAJOR}, and all that a plugin's class loader shares with
 * the tracker. Methods may be added to interfaces only as {@code default} methods within a major version.
 */
package org.stancetracker.spi;
