package org.stancetracker.spi.topic;

import static org.stancetracker.spi.Stability.Status.STABLE;

import java.util.List;
import java.util.Optional;
import org.stancetracker.spi.Stability;
import org.stancetracker.spi.internal.Require;

/**
 * An issue that actors take positions on, such as the 2018–2019 Idlib crisis, with its dated events.
 *
 * @param places where the topic happens ("Idlib"): never actors, and where deeds must land to count
 * @since 2.0
 */
@Stability(status = STABLE, since = "2.0")
public record Topic(TopicId id, String title, List<String> places, List<Position> positions, List<TopicEvent> events) {
    public Topic {
        places = List.copyOf(Require.present(places, "places"));
        Require.present(id, "id");
        Require.text(title, "title");
        positions = List.copyOf(Require.present(positions, "positions"));
        events = List.copyOf(Require.present(events, "events"));
        for (Position position : positions) {
            Require.that(
                    position.topic().equals(id),
                    "position " + position.id(),
                    "belongs to topic " + position.topic() + ", not " + id);
        }
        Require.that(
                positions.stream().map(Position::id).distinct().count() == positions.size(),
                "positions",
                "of topic " + id + " must have distinct ids");
    }

    public Topic(TopicId id, String title, List<Position> positions) {
        this(id, title, List.of(), positions, List.of());
    }

    public Optional<Position> position(PositionId positionId) {
        return positions.stream().filter(p -> p.id().equals(positionId)).findFirst();
    }
}
