package org.stancetracker.extractors.testkit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.stancetracker.spi.ReferenceData;
import org.stancetracker.spi.actor.Actor;
import org.stancetracker.spi.actor.ActorCode;
import org.stancetracker.spi.actor.ActorDirectory;
import org.stancetracker.spi.actor.ActorKind;
import org.stancetracker.spi.actor.Role;
import org.stancetracker.spi.actor.Validity;
import org.stancetracker.spi.topic.Position;
import org.stancetracker.spi.topic.PositionCues;
import org.stancetracker.spi.topic.PositionId;
import org.stancetracker.spi.topic.Topic;
import org.stancetracker.spi.topic.TopicEvent;
import org.stancetracker.spi.topic.TopicId;

/**
 * The tracker's reference data (actors, the people who speak for them, topics and positions), as
 * the tracker hands it to extractors. The kit carries a copy of the tracker's
 * {@code reference-data.json}, taken when the kit is built, so that a plugin's tests need neither
 * the tracker's source tree nor its database.
 *
 * <p>The tracker reads the same file with {@code ReferenceDataFile} in its database module; the
 * kit's own tests check that both readings give equal data.
 */
public final class KitReferenceData {
    /** Where the copy lies on the class path. */
    static final String RESOURCE = "reference/reference-data.json";

    private static final ReferenceData BUNDLED = read();

    private KitReferenceData() {}

    /**
     * The reference data the kit carries: the same version the tracker it was built with loads.
     *
     * @return the reference data, read once
     */
    public static ReferenceData bundled() {
        return BUNDLED;
    }

    private static ReferenceData read() {
        try (InputStream in = KitReferenceData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + KitReferenceData.class.getName()
                        + ": the kit jar was not built by its own build");
            }
            ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
            return toReferenceData(mapper.readValue(in, FileShape.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReferenceData toReferenceData(FileShape shape) {
        List<Actor> actors = shape.actors().stream()
                .map(a -> new Actor(
                        ActorCode.of(a.code()),
                        ActorKind.valueOf(a.kind().toUpperCase(Locale.ROOT)),
                        a.name(),
                        a.aliases()))
                .toList();
        List<Role> roles = shape.roles().stream()
                .map(r -> new Role(
                        r.person(),
                        r.aliases(),
                        ActorCode.of(r.actor()),
                        r.title(),
                        new Validity(
                                Optional.ofNullable(r.from()).map(LocalDate::parse),
                                Optional.ofNullable(r.until()).map(LocalDate::parse))))
                .toList();
        List<Topic> topics = shape.topics().stream()
                .map(t -> new Topic(
                        TopicId.of(t.id()),
                        t.title(),
                        orEmpty(t.places()),
                        t.positions().stream()
                                .map(p -> new Position(
                                        TopicId.of(t.id()), PositionId.of(p.id()), p.description(), p.terms(), cues(p)))
                                .toList(),
                        orEmpty(t.events()).stream()
                                .map(e -> new TopicEvent(
                                        e.name(), orEmpty(e.aliases()), LocalDate.parse(e.date()), e.kind()))
                                .toList()))
                .toList();
        return new ReferenceData(
                shape.version(), new ActorDirectory(actors, roles, orEmpty(shape.nonActors())), topics);
    }

    private static PositionCues cues(PositionShape p) {
        return new PositionCues(
                orEmpty(p.anaphors()),
                orEmpty(p.oppositeTerms()),
                orEmpty(p.harms()),
                orEmpty(p.deeds()),
                Optional.ofNullable(p.anchorActor()).map(ActorCode::of),
                orEmpty(p.supportCues()),
                orEmpty(p.opposeCues()),
                orEmpty(p.targets()),
                codes(p.agents()),
                codes(p.targetActors()),
                Boolean.TRUE.equals(p.termsAreConditions()));
    }

    private static List<ActorCode> codes(List<String> codes) {
        return orEmpty(codes).stream().map(ActorCode::of).toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    // The file's shape, as the tracker's own reader declares it.

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FileShape(
            String version,
            List<ActorShape> actors,
            List<RoleShape> roles,
            @JsonProperty("non_actors") List<String> nonActors,
            List<TopicShape> topics) {}

    record ActorShape(String code, String kind, String name, List<String> aliases) {}

    record RoleShape(String person, List<String> aliases, String actor, String title, String from, String until) {}

    record TopicShape(
            String id, String title, List<String> places, List<PositionShape> positions, List<EventShape> events) {}

    record PositionShape(
            String id,
            String description,
            List<String> terms,
            List<String> anaphors,
            @JsonProperty("opposite_terms") List<String> oppositeTerms,
            List<String> harms,
            List<String> deeds,
            @JsonProperty("anchor_actor") String anchorActor,
            @JsonProperty("support_cues") List<String> supportCues,
            @JsonProperty("oppose_cues") List<String> opposeCues,
            List<String> targets,
            List<String> agents,
            @JsonProperty("target_actors") List<String> targetActors,
            @JsonProperty("terms_are_conditions") Boolean termsAreConditions) {}

    record EventShape(String name, List<String> aliases, String date, String kind) {}
}
