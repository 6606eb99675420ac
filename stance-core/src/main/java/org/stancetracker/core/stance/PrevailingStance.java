package org.stancetracker.core.stance;

import java.util.Optional;

/**
 * Where an actor stood on a position over a period, from the stances reported in it: support or
 * oppose when the evidence leans clearly one way, mixed when it is split.
 */
public enum PrevailingStance {
    SUPPORT,
    OPPOSE,
    MIXED;

    /** How far the confidence-weighted net score must lean for split evidence still to count as one side. */
    static final double CLEAR_LEAN = 1.0 / 3;

    /**
     * @param net the confidence-weighted net score in [-1, 1]: (support − oppose) / total
     * @return empty when there is no stance at all
     */
    public static Optional<PrevailingStance> of(long support, long oppose, double net) {
        if (support == 0 && oppose == 0) {
            return Optional.empty();
        }
        if (oppose == 0) {
            return Optional.of(SUPPORT);
        }
        if (support == 0) {
            return Optional.of(OPPOSE);
        }
        if (net >= CLEAR_LEAN) {
            return Optional.of(SUPPORT);
        }
        if (net <= -CLEAR_LEAN) {
            return Optional.of(OPPOSE);
        }
        return Optional.of(MIXED);
    }

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
