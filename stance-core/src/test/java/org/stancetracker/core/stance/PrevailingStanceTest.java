package org.stancetracker.core.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrevailingStanceTest {
    @Test
    void one_sided_evidence_prevails_whatever_its_confidence() {
        assertThat(PrevailingStance.of(2, 0, 1.0)).contains(PrevailingStance.SUPPORT);
        assertThat(PrevailingStance.of(0, 1, -1.0)).contains(PrevailingStance.OPPOSE);
    }

    @Test
    void split_evidence_is_mixed_unless_it_leans_clearly() {
        assertThat(PrevailingStance.of(1, 1, 0.0)).contains(PrevailingStance.MIXED);
        assertThat(PrevailingStance.of(3, 1, 0.5)).contains(PrevailingStance.SUPPORT);
        assertThat(PrevailingStance.of(1, 3, -0.5)).contains(PrevailingStance.OPPOSE);
    }

    @Test
    void no_evidence_is_no_stance() {
        assertThat(PrevailingStance.of(0, 0, 0)).isEmpty();
    }
}
