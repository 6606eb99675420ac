package org.stancetracker.spi.actor;

import static org.stancetracker.spi.Stability.Status.STABLE;

import org.stancetracker.spi.Stability;

/**
 * Whether an actor is a sovereign state or an international organisation.
 *
 * @since 2.0
 */
@Stability(status = STABLE, since = "2.0")
public enum ActorKind {
    STATE,
    ORGANISATION
}
