package org.stancetracker.spi.actor;

import static org.stancetracker.spi.Stability.Status.STABLE;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.stancetracker.spi.Stability;

/**
 * Answers "whom does this name speak for on this day?" over a set of actors and roles.
 *
 * <p>Names are compared folded: case, diacritics ("Erdoğan" is "Erdogan") and a leading "the"
 * do not matter. Immutable and thread-safe.
 *
 * @since 2.0
 */
@Stability(status = STABLE, since = "2.0")
public final class ActorDirectory {
    private final Map<ActorCode, Actor> actors;
    private final List<Role> roles;
    private final Map<String, ActorCode> actorsByAlias = new HashMap<>();
    private final Map<String, List<Role>> rolesByName = new HashMap<>();
    private final List<String> nonActors;
    private final Set<String> nonActorKeys;

    public ActorDirectory(Collection<Actor> actors, Collection<Role> roles) {
        this(actors, roles, List.of());
    }

    /**
     * @param nonActors names that contain an actor's name but are not the actor: "Syrian
     *     Observatory for Human Rights" is not Syria, "Free Syrian Army" is not its government
     */
    public ActorDirectory(Collection<Actor> actors, Collection<Role> roles, Collection<String> nonActors) {
        this.nonActors = List.copyOf(nonActors);
        this.nonActorKeys = this.nonActors.stream().map(ActorDirectory::fold).collect(Collectors.toSet());
        this.actors = actors.stream()
                .collect(Collectors.toMap(
                        Actor::code,
                        a -> a,
                        (a, b) -> {
                            throw new IllegalArgumentException("actor " + a.code() + " is defined twice");
                        },
                        LinkedHashMap::new));
        this.roles = List.copyOf(roles);
        for (Actor actor : actors) {
            actorsByAlias.put(fold(actor.name()), actor.code());
            actor.aliases().forEach(alias -> actorsByAlias.put(fold(alias), actor.code()));
        }
        for (Role role : roles) {
            if (!this.actors.containsKey(role.actor())) {
                throw new IllegalArgumentException("role of " + role.person() + " names unknown actor " + role.actor());
            }
            rolesByName
                    .computeIfAbsent(fold(role.person()), k -> new java.util.ArrayList<>())
                    .add(role);
            role.aliases()
                    .forEach(alias -> rolesByName
                            .computeIfAbsent(fold(alias), k -> new java.util.ArrayList<>())
                            .add(role));
        }
    }

    public Collection<Actor> actors() {
        return actors.values();
    }

    public List<Role> roles() {
        return roles;
    }

    /** Names that look like an actor's but are not one; they resolve to nothing. */
    public List<String> nonActors() {
        return nonActors;
    }

    /**
     * Every name the directory knows, actor names and aliases, people's names and aliases, and the
     * names of non-actors (so that the longer "Syrian Observatory" wins over "Syria"), for
     * finding mentions in text (see {@link org.stancetracker.spi.text.PhraseMatcher}) and then
     * {@link #resolve resolving} them on the article's day.
     */
    public Set<String> names() {
        Set<String> names = new java.util.LinkedHashSet<>();
        for (Actor actor : actors.values()) {
            names.add(actor.name());
            names.addAll(actor.aliases());
        }
        for (Role role : roles) {
            names.add(role.person());
            names.addAll(role.aliases());
        }
        names.addAll(nonActors);
        return names;
    }

    public Optional<Actor> actor(ActorCode code) {
        return Optional.ofNullable(actors.get(code));
    }

    /**
     * The actor a name stands for on a day: the actor itself for one of its aliases, or the actor
     * a person spoke for on that day. Empty when the name is unknown or the person held no role then.
     *
     * <p>When the day is unknown, a person resolves only if every role they ever held was for the
     * same actor: guessing between two would invent a stance.
     */
    public Optional<ActorCode> resolve(String name, Optional<LocalDate> day) {
        String key = fold(name);
        if (nonActorKeys.contains(key)) {
            return Optional.empty();
        }
        ActorCode direct = actorsByAlias.get(key);
        if (direct != null) {
            return Optional.of(direct);
        }
        List<Role> candidates = rolesByName.getOrDefault(key, List.of());
        if (day.isPresent()) {
            return candidates.stream()
                    .filter(r -> r.heldOn(day.get()))
                    .map(Role::actor)
                    .findFirst();
        }
        Set<ActorCode> ever = candidates.stream().map(Role::actor).collect(Collectors.toSet());
        return ever.size() == 1 ? ever.stream().findFirst() : Optional.empty();
    }

    /** Whether a name is a person's (who speaks for an actor only while holding a role), not an actor's own. */
    public boolean isPerson(String name) {
        String key = fold(name);
        return rolesByName.containsKey(key) && !actorsByAlias.containsKey(key);
    }

    /** Folded names, by name: extractors look up the same few hundred names over and over. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> FOLDED =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static final int FOLDED_CACHE_LIMIT = 100_000;

    /** Case-, diacritic- and article-insensitive form of a name, the key every lookup uses. */
    public static String fold(String name) {
        String cached = FOLDED.get(name);
        if (cached != null) {
            return cached;
        }
        String folded = foldAfresh(name);
        if (FOLDED.size() < FOLDED_CACHE_LIMIT) {
            FOLDED.put(name, folded);
        }
        return folded;
    }

    private static String foldAfresh(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD);
        String plain = decomposed
                .replaceAll("\\p{M}+", "")
                .replace('ı', 'i')
                .replace('’', '\'')
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
        return plain.startsWith("the ") ? plain.substring(4) : plain;
    }
}
