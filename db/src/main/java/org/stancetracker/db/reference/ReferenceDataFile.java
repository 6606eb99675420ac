package org.stancetracker.db.reference;

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
import org.stancetracker.core.article.ContentHash;
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
 * The versioned reference data file, {@code db/reference/reference-data.json} on the classpath:
 * actors with aliases, the roles of the people who speak for them, topics and positions.
 */
public final class ReferenceDataFile {
    public static final String RESOURCE = "/db/reference/reference-data.json";

    private final ReferenceData data;
    private final ContentHash contentHash;

    private ReferenceDataFile(ReferenceData data, ContentHash contentHash) {
        this.data = data;
        this.contentHash = contentHash;
    }

    /** The file shipped in this jar. */
    public static ReferenceDataFile bundled() {
        try (InputStream in = ReferenceDataFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReferenceDataFile parse(String json) throws IOException {
        ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        FileShape shape = mapper.readValue(json, FileShape.class);
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
                                        TopicId.of(t.id()),
                                        PositionId.of(p.id()),
                                        p.description(),
                                        p.terms(),
                                        new PositionCues(
                                                orEmpty(p.anaphors()),
                                                orEmpty(p.oppositeTerms()),
                                                orEmpty(p.harms()),
                                                orEmpty(p.deeds()),
                                                Optional.ofNullable(p.anchorActor())
                                                        .map(ActorCode::of),
                                                orEmpty(p.supportCues()),
                                                orEmpty(p.opposeCues()),
                                                orEmpty(p.targets()),
                                                codes(p.agents()),
                                                codes(p.targetActors()),
                                                Boolean.TRUE.equals(p.termsAreConditions()))))
                                .toList(),
                        orEmpty(t.events()).stream()
                                .map(e -> new TopicEvent(
                                        e.name(), orEmpty(e.aliases()), LocalDate.parse(e.date()), e.kind()))
                                .toList()))
                .toList();
        ActorDirectory directory = new ActorDirectory(actors, roles, orEmpty(shape.nonActors()));
        return new ReferenceDataFile(new ReferenceData(shape.version(), directory, topics), ContentHash.of(json));
    }

    public ReferenceData data() {
        return data;
    }

    /** Hash of the file's bytes: a changed file with an unchanged version is still reloaded. */
    public ContentHash contentHash() {
        return contentHash;
    }

    private static List<ActorCode> codes(List<String> codes) {
        return orEmpty(codes).stream().map(ActorCode::of).toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

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
