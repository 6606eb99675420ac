/**
 * Topics, the positions actors take on them, and the words that name and cue those positions: data
 * from the tracker's reference data, so that a new topic needs no new code. In
 * {@code org.stancetracker.core.topic} until SPI 2.0.
 */
package org.stancetracker.spi.topic;
