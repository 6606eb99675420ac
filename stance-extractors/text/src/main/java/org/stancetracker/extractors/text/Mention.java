package org.stancetracker.extractors.text;

import org.stancetracker.spi.actor.ActorCode;

/**
 * A name in the text that stands for an actor on the article's day.
 *
 * @param person whether the name is a person's (a speaker for the actor) rather than the actor's own
 * @param place whether the name is used as a place ("a summit in Tehran", "refugees to Turkey"),
 *     in which case it is not the one speaking or acting
 */
public record Mention(int start, int end, ActorCode actor, boolean person, boolean place) {}
