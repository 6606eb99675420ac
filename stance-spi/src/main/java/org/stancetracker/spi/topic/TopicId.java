package org.stancetracker.spi.topic;

import static org.stancetracker.spi.Stability.Status.STABLE;

import java.util.regex.Pattern;
import org.stancetracker.spi.Stability;
import org.stancetracker.spi.internal.Require;

/**
 * A topic's stable slug, {@code idlib}.
 *
 * @since 2.0
 */
@Stability(status = STABLE, since = "2.0")
public record TopicId(String value) {
    static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public TopicId {
        Require.text(value, "topic id");
        Require.that(SLUG.matcher(value).matches(), "topic id", "must be a lower-case slug, was '" + value + "'");
    }

    public static TopicId of(String value) {
        return new TopicId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
