package org.stancetracker.spi.topic;

import static org.stancetracker.spi.Stability.Status.STABLE;

import org.stancetracker.spi.Stability;
import org.stancetracker.spi.internal.Require;

/**
 * A position's slug, unique within its topic: {@code ceasefire}, {@code demilitarized-zone}.
 *
 * @since 2.0
 */
@Stability(status = STABLE, since = "2.0")
public record PositionId(String value) {
    public PositionId {
        Require.text(value, "position id");
        Require.that(
                TopicId.SLUG.matcher(value).matches(), "position id", "must be a lower-case slug, was '" + value + "'");
    }

    public static PositionId of(String value) {
        return new PositionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
