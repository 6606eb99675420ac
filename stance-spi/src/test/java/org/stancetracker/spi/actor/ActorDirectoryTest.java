package org.stancetracker.spi.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorDirectoryTest {
    private static final ActorCode IRN = ActorCode.of("IRN");
    private static final ActorCode TUR = ActorCode.of("TUR");

    private final ActorDirectory directory = new ActorDirectory(
            List.of(
                    new Actor(IRN, ActorKind.STATE, "Iran", List.of("Tehran", "Iranian")),
                    new Actor(TUR, ActorKind.STATE, "Turkey", List.of("Ankara", "Turkish"))),
            List.of(
                    new Role(
                            "Hassan Rouhani",
                            List.of("Rouhani", "Rohani"),
                            IRN,
                            "President of Iran",
                            Validity.between(LocalDate.of(2013, 8, 3), LocalDate.of(2021, 8, 3))),
                    new Role(
                            "Recep Tayyip Erdoğan",
                            List.of("Erdoğan", "Tayyip Erdogan"),
                            TUR,
                            "President of Turkey",
                            Validity.since(LocalDate.of(2014, 8, 28)))));

    @Test
    void a_person_speaks_for_the_actor_only_while_holding_the_role() {
        assertThat(directory.resolve("Hassan Rouhani", Optional.of(LocalDate.of(2018, 9, 7))))
                .contains(IRN);
        assertThat(directory.resolve("Hassan Rouhani", Optional.of(LocalDate.of(2022, 1, 1))))
                .isEmpty();
        assertThat(directory.resolve("Rouhani", Optional.of(LocalDate.of(2013, 8, 2))))
                .isEmpty();
        assertThat(directory.resolve("Rouhani", Optional.of(LocalDate.of(2013, 8, 3))))
                .contains(IRN);
        assertThat(directory.resolve("Rouhani", Optional.of(LocalDate.of(2021, 8, 3))))
                .isEmpty();
    }

    @Test
    void names_match_without_case_diacritics_or_leading_article() {
        assertThat(directory.resolve("ERDOGAN", Optional.of(LocalDate.of(2018, 9, 7))))
                .contains(TUR);
        assertThat(directory.resolve("the  Ankara", Optional.empty())).contains(TUR);
        assertThat(directory.resolve("Istanbul", Optional.empty())).isEmpty();
    }

    @Test
    void an_unknown_day_resolves_a_person_only_when_all_their_roles_agree() {
        assertThat(directory.resolve("Rouhani", Optional.empty())).contains(IRN);
    }

    @Test
    void a_role_for_an_unknown_actor_is_refused() {
        assertThatThrownBy(() -> new ActorDirectory(
                        List.of(), List.of(new Role("X Y", List.of(), IRN, "President", Validity.always()))))
                .hasMessageContaining("unknown actor IRN");
    }

    @Test
    void a_state_needs_an_alpha3_code() {
        assertThatThrownBy(() -> new Actor(ActorCode.of("UN"), ActorKind.STATE, "United Nations", List.of()))
                .hasMessageContaining("code of a state must be an ISO 3166-1 alpha-3 code");
    }

    @Test
    void a_validity_that_ends_before_it_starts_is_refused() {
        assertThatThrownBy(() -> Validity.between(LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1)))
                .hasMessageStartingWith("until must be after from");
    }
}
