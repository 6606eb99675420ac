package org.stancetracker.spi.topic;

import static org.stancetracker.spi.Stability.Status.STABLE;

import java.time.LocalDate;
import java.util.List;
import org.stancetracker.spi.Stability;
import org.stancetracker.spi.internal.Require;

/**
 * A dated event of a topic that articles refer to by name ("the Tehran summit"), so that a stance
 * voiced there is dated by the event even in an article published days later.
 *
 * @param kind the common noun articles use for such events without naming them ("summit"): an
 *     article that says only "the summit" means the one event of that kind it can mean
 * @since 2.0
 */
@Stability(status = STABLE, since = "2.0")
public record TopicEvent(String name, List<String> aliases, LocalDate date, String kind) {
    public TopicEvent {
        Require.text(name, "event name");
        aliases = List.copyOf(Require.present(aliases, "aliases"));
        Require.present(date, "event date");
        Require.text(kind, "event kind");
    }
}
