package org.stancetracker.core.evaluation;

/** The unit that is scored: this article reports that this actor supports / opposes this position. */
public record StanceKey(String article, String actor, String position, String polarity) {
    @Override
    public String toString() {
        return article + " " + actor + " " + polarity + " " + position;
    }
}
