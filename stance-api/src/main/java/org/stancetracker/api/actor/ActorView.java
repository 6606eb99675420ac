package org.stancetracker.api.actor;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An actor as the API shows it. */
@Schema(
        name = "Actor",
        description = "A country or international organisation, with its aliases and the people who spoke for it")
public record ActorView(
        @Schema(examples = "RUS") String code,

        @Schema(description = "state or organisation", examples = "state")
        String kind,

        @Schema(examples = "Russia") String name,

        @Schema(description = "Other names news uses for the actor")
        List<String> aliases,

        List<RoleView> roles) {

    @Schema(
            name = "Role",
            description =
                    "A person who spoke for the actor, from one date (inclusive) until another (exclusive); open ends are null")
    public record RoleView(
            @Schema(examples = "Vladimir Putin") String person,
            @Schema(examples = "President") String title,
            @Schema(examples = "2012-05-07") String from,
            @Schema(examples = "null") String until) {}

    static ActorView of(ActorEntity actor) {
        return new ActorView(
                actor.code,
                actor.kind,
                actor.name,
                List.copyOf(actor.aliases),
                actor.roles.stream()
                        .map(r -> new RoleView(
                                r.person,
                                r.title,
                                r.validFrom == null ? null : r.validFrom.toString(),
                                r.validUntil == null ? null : r.validUntil.toString()))
                        .toList());
    }
}
