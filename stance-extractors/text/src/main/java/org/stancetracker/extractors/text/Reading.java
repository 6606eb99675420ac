package org.stancetracker.extractors.text;

/** How the analysis decides which stances a sentence shows. */
public enum Reading {
    /** The named rules of {@link PositionStage} alone. */
    RULES,
    /** The stance model alone: each actor and position a sentence names together, judged by its features. */
    LEARNED,
    /** The rules' stances, and those the stance model finds where they find none. */
    COMBINED
}
