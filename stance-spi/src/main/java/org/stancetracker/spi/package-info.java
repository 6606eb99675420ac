/**
 * The extractor SPI: what a plugin implements ({@link org.stancetracker.spi.ExtractorFactory},
 * {@link org.stancetracker.spi.Extractor}) and what it is handed ({@link org.stancetracker.spi.ReferenceData},
 * {@link org.stancetracker.spi.ArticleText}, {@link org.stancetracker.spi.ExtractorConfig}), with, in
 * its sub-packages, the types those speak in:
 * <ul>
 *   <li>{@code actor}: actors, the people who speak for them and when, and whom a name stands for on a day;</li>
 *   <li>{@code topic}: topics, their positions, and the words that name them;</li>
 *   <li>{@code stance}: what a stance candidate is made of: its evidence, polarity and date;</li>
 *   <li>{@code text}: finding known phrases in text, offered to plugin authors (the built-in extractors
 *       use it) because a plugin's class loader could reach no library of the tracker's;</li>
 *   <li>{@code internal}: what the SPI's own records use, never for plugins.</li>
 * </ul>
 *
 * <p>These packages, the stance-spi jar, are all that a plugin's class loader shares with the
 * tracker. The tracker's domain (articles, stored stances, evaluation) and its host side (finding,
 * loading and running extractors) are in stance-core, out of a plugin's reach, and free to change.
 *
 * <p>Stability is marked on every type with {@link org.stancetracker.spi.Stability}, and its Javadoc
 * {@code @since} names the SPI version that first had the type under its present name. A
 * {@link org.stancetracker.spi.Stability.Status#STABLE STABLE} type stays compatible for plugins
 * within SPI major version {@value org.stancetracker.spi.SpiVersion#MAJOR}: methods are added to
 * interfaces only as {@code default} methods, and a record gains a component only with its previous
 * canonical constructor kept.
 */
package org.stancetracker.spi;
