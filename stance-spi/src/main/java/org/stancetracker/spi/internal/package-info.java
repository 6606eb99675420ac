/**
 * What the SPI's own records use and the tracker shares, never for plugins: every type here is
 * {@link org.stancetracker.spi.Stability.Status#INTERNAL INTERNAL} and may change or go in any
 * version.
 */
package org.stancetracker.spi.internal;
