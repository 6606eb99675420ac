package org.stancetracker.db.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stancetracker.spi.ReferenceData;
import org.stancetracker.spi.actor.ActorCode;
import org.stancetracker.spi.topic.PositionId;
import org.stancetracker.spi.topic.TopicId;

class ReferenceDataFileTest {
    private final ReferenceData data = ReferenceDataFile.bundled().data();

    @Test
    void rouhani_speaks_for_iran_during_his_presidency_only() {
        assertThat(data.actors().resolve("Hassan Rouhani", Optional.of(LocalDate.of(2018, 9, 7))))
                .contains(ActorCode.of("IRN"));
        assertThat(data.actors().resolve("Hassan Rouhani", Optional.of(LocalDate.of(2022, 1, 1))))
                .isEmpty();
    }

    @Test
    void metonyms_are_aliases_of_their_actor() {
        assertThat(data.actors().resolve("Ankara", Optional.empty())).contains(ActorCode.of("TUR"));
        assertThat(data.actors().resolve("the Kremlin", Optional.empty())).contains(ActorCode.of("RUS"));
        assertThat(data.actors().resolve("the Pentagon", Optional.empty())).contains(ActorCode.of("USA"));
        assertThat(data.actors().resolve("Erdoğan", Optional.of(LocalDate.of(2018, 9, 7))))
                .contains(ActorCode.of("TUR"));
    }

    @Test
    void covers_every_actor_and_position_of_the_gold_set() throws IOException {
        JsonNode gold = new ObjectMapper().readTree(Files.readString(samples().resolve("gold/idlib-2018-seeds.json")));
        Set<String> actors = new HashSet<>();
        Set<String> positions = new HashSet<>();
        gold.get("articles")
                .forEach(a -> a.get("stances").forEach(s -> {
                    actors.add(s.get("actor").asText());
                    positions.add(s.get("position").asText());
                }));
        for (String actor : actors) {
            assertThat(data.actors().actor(ActorCode.of(actor))).as(actor).isPresent();
        }
        var idlib = data.topic(TopicId.of("idlib")).orElseThrow();
        for (String position : positions) {
            assertThat(idlib.position(PositionId.of(position))).as(position).isPresent();
        }
        assertThat(idlib.positions()).hasSize(8);
    }

    @Test
    void people_named_in_the_sample_articles_have_roles() {
        for (String person : new String[] {
            "Vladimir Putin",
            "Recep Tayyip Erdogan",
            "Hassan Rouhani",
            "Bashar al-Assad",
            "Donald Trump",
            "Dmitry Peskov",
            "Staffan de Mistura",
            "John Bolton",
            "Sean Robertson",
            "Steven Mnuchin"
        }) {
            assertThat(data.actors().resolve(person, Optional.of(LocalDate.of(2018, 9, 10))))
                    .as(person)
                    .isPresent();
        }
    }

    @Test
    void names_that_contain_an_actor_are_not_the_actor() {
        assertThat(data.actors().resolve("Syrian Observatory for Human Rights", Optional.empty()))
                .isEmpty();
        assertThat(data.actors().names()).contains("Syrian Observatory for Human Rights");
    }

    @Test
    void the_topic_has_its_dated_events_and_position_cues() {
        var idlib = data.topic(TopicId.of("idlib")).orElseThrow();
        assertThat(idlib.events()).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("Tehran summit");
            assertThat(e.date()).isEqualTo(LocalDate.of(2018, 9, 7));
        });
        var presence = idlib.position(PositionId.of("us-presence")).orElseThrow();
        assertThat(presence.cues().anchorActor()).contains(ActorCode.of("USA"));
        assertThat(idlib.position(PositionId.of("offensive"))
                        .orElseThrow()
                        .cues()
                        .harms())
                .contains("massacre");
    }

    static Path samples() {
        return Path.of(System.getProperty("stance.samples.dir", "samples"));
    }
}
