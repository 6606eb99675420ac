package org.stancetracker.spi.actor;

import static org.stancetracker.spi.Stability.Status.STABLE;

import java.util.regex.Pattern;
import org.stancetracker.spi.Stability;
import org.stancetracker.spi.internal.Require;

/**
 * The stable identifier of an actor: an ISO 3166-1 alpha-3 code for a state ({@code TUR}),
 * a short upper-case code for an international organisation ({@code UN}, {@code EU}).
 *
 * @since 2.0
 */
@Stability(status = STABLE, since = "2.0")
public record ActorCode(String value) implements Comparable<ActorCode> {
    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2,10}");

    public ActorCode {
        Require.text(value, "actor code");
        Require.that(
                SHAPE.matcher(value).matches(),
                "actor code",
                "must be 2 to 10 upper-case letters, was '" + value + "'");
    }

    public static ActorCode of(String value) {
        return new ActorCode(value);
    }

    @Override
    public int compareTo(ActorCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
