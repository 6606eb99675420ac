package org.stancetracker.db;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the tracker's database is: an external PostgreSQL named by {@code STANCE_DB_URL} (with
 * {@code STANCE_DB_USER} and {@code STANCE_DB_PASSWORD}), or by default the embedded one whose
 * data lives under {@code STANCE_HOME} (default {@code ~/.stance}).
 */
public record DatabaseSettings(Optional<String> url, Optional<String> user, Optional<String> password, Path home) {
    public static final String URL = "STANCE_DB_URL";
    public static final String USER = "STANCE_DB_USER";
    public static final String PASSWORD = "STANCE_DB_PASSWORD";
    public static final String HOME = "STANCE_HOME";

    public DatabaseSettings {
        url = url.filter(u -> !u.isBlank());
        if (url.isPresent() && !url.get().startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(
                    URL + " must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db), was '" + url.get() + "'");
        }
    }

    /** Settings from the environment, with system properties of the same names taking precedence. */
    public static DatabaseSettings fromEnvironment() {
        return from(System.getenv(), System.getProperties());
    }

    static DatabaseSettings from(Map<String, String> env, java.util.Properties properties) {
        java.util.function.Function<String, Optional<String>> lookup =
                key -> Optional.ofNullable(properties.getProperty(key)).or(() -> Optional.ofNullable(env.get(key)));
        Path home =
                lookup.apply(HOME).map(Path::of).orElseGet(() -> Path.of(System.getProperty("user.home"), ".stance"));
        return new DatabaseSettings(lookup.apply(URL), lookup.apply(USER), lookup.apply(PASSWORD), home);
    }

    public static DatabaseSettings embeddedAt(Path home) {
        return new DatabaseSettings(Optional.empty(), Optional.empty(), Optional.empty(), home);
    }

    public boolean isEmbedded() {
        return url.isEmpty();
    }
}
