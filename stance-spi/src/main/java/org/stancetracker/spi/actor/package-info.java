/**
 * Actors (states, international organisations), the people who speak for them and on which days,
 * and {@link org.stancetracker.spi.actor.ActorDirectory}, which tells whom a name stands for on a
 * day. In {@code org.stancetracker.core.actor} until SPI 2.0.
 */
package org.stancetracker.spi.actor;
