package org.stancetracker.api.topic;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A topic as the API shows it: its positions, each with the terms that name it in news text. */
@Schema(name = "Topic", description = "A tracked issue and the positions actors take on it")
public record TopicView(
        @Schema(examples = "idlib") String id,

        @Schema(examples = "The 2018-2019 Idlib crisis in Syria")
        String title,

        List<PositionView> positions,

        @Schema(description = "The topic's dated events (summits, deals), in order")
        List<EventView> events) {

    @Schema(name = "TopicEvent", description = "A dated event of the topic")
    public record EventView(
            @Schema(examples = "Sochi agreement") String name,
            @Schema(examples = "agreement") String kind,
            @Schema(examples = "2018-09-17") String date) {}

    @Schema(name = "Position", description = "Something an actor can support or oppose")
    public record PositionView(
            @Schema(examples = "ceasefire") String id,
            @Schema(examples = "A ceasefire in Idlib") String description,

            @Schema(description = "Words and phrases that name the position in news text")
            List<String> terms) {}

    static TopicView of(TopicEntity topic) {
        return new TopicView(
                topic.id,
                topic.title,
                topic.positions.stream()
                        .map(p -> new PositionView(p.key.id(), p.description, List.copyOf(p.terms)))
                        .toList(),
                topic.events.stream()
                        .map(e -> new EventView(e.name, e.kind, e.date.toString()))
                        .toList());
    }
}
