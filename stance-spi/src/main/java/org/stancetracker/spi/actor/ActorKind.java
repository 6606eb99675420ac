package org.stancetracker.spi.actor;

/** Whether an actor is a sovereign state or an international organisation. */
public enum ActorKind {
    STATE,
    ORGANISATION
}
