package org.stancetracker.spi.actor;

import static org.stancetracker.spi.Stability.Status.STABLE;

import java.time.LocalDate;
import java.util.List;
import org.stancetracker.spi.Stability;
import org.stancetracker.spi.internal.Require;

/**
 * A person who speaks for an actor for a time: a president, a minister, a spokesperson, an envoy.
 *
 * @param person the person's usual full name, "Hassan Rouhani"
 * @param aliases the other ways articles name the person: "Rouhani", "Rohani", "the Iranian president"
 * @param actor the actor the person speaks for while the role is valid
 * @param title the office, "President of Iran"
 * @param validity the days on which the person held the office
 * @since 2.0
 */
@Stability(status = STABLE, since = "2.0")
public record Role(String person, List<String> aliases, ActorCode actor, String title, Validity validity) {
    public Role {
        Require.text(person, "person");
        aliases = List.copyOf(Require.present(aliases, "aliases"));
        aliases.forEach(alias -> Require.text(alias, "alias of " + person));
        Require.present(actor, "actor");
        Require.text(title, "title");
        Require.present(validity, "validity");
    }

    /** Whether the person spoke for {@link #actor()} on that day. */
    public boolean heldOn(LocalDate day) {
        return validity.contains(day);
    }
}
