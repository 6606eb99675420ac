package org.stancetracker.spi.actor;

import static org.stancetracker.spi.Stability.Status.STABLE;

import java.util.List;
import org.stancetracker.spi.Stability;
import org.stancetracker.spi.internal.Require;

/**
 * A state or an international organisation that takes positions.
 *
 * @param aliases how articles name the actor itself: its name, its adjective ("Turkish"), and the
 *     capitals and institutions used as metonyms ("Ankara", "the Kremlin", "the Pentagon"). People
 *     who speak for it are {@link Role}s, because they speak for it only for a time.
 * @since 2.0
 */
@Stability(status = STABLE, since = "2.0")
public record Actor(ActorCode code, ActorKind kind, String name, List<String> aliases) {
    public Actor {
        Require.present(code, "code");
        Require.present(kind, "kind");
        Require.text(name, "name");
        aliases = List.copyOf(Require.present(aliases, "aliases"));
        aliases.forEach(alias -> Require.text(alias, "alias of " + code));
        Require.that(
                kind != ActorKind.STATE || code.value().length() == 3,
                "code",
                "of a state must be an ISO 3166-1 alpha-3 code, was '" + code + "'");
    }
}
