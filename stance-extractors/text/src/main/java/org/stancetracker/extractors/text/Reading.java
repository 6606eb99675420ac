package org.stancetracker.extractors.text;

/** How the analysis decides which stances a sentence shows. */
public enum Reading {
    /** The named rules of {@link PositionStage} alone. */
    RULES,
    /** The stance model alone, on candidates described without the rules' verdicts. */
    LEARNED,
    /** The stance model, with the rules' verdicts among the candidates' features. */
    COMBINED
}
