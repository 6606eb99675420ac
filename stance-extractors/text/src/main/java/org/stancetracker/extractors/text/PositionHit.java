package org.stancetracker.extractors.text;

import org.stancetracker.spi.topic.Position;

/**
 * A phrase of a sentence that names a position: one of its terms ("truce"), its reverse
 * ("withdrawal"), a harm it is feared to bring ("massacre"), a deed that shows support for it
 * ("pounded"), or an anaphor resolved to it ("the deal").
 */
record PositionHit(Position position, Vocabulary.PhraseKind kind, int start, int end) {
    boolean reverse() {
        return kind == Vocabulary.PhraseKind.OPPOSITE;
    }
}
