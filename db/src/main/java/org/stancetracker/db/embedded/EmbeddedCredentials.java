package org.stancetracker.db.embedded;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The two passwords of one home's embedded server, kept in a file that only its owner may read: the
 * superuser's, used only to administer the server (create the database and the application's role,
 * count other clients before a stop), and the application role's, which every command connects with.
 * Anyone else on the machine knows neither, and the server takes no connection without one.
 */
public record EmbeddedCredentials(String superuserPassword, String applicationPassword) {
    public static final String FILE_NAME = "embedded-credentials.properties";
    /** The server's superuser, created by initdb. */
    public static final String SUPERUSER = "postgres";
    /** The ordinary role the application connects as: it owns the database and nothing else. */
    public static final String APPLICATION_USER = "stance";

    private static final Set<PosixFilePermission> OWNER_ONLY =
            EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    private static final SecureRandom RANDOM = new SecureRandom();

    public EmbeddedCredentials {
        if (superuserPassword == null || superuserPassword.isBlank()) {
            throw new IllegalArgumentException("no superuser password");
        }
        if (applicationPassword == null || applicationPassword.isBlank()) {
            throw new IllegalArgumentException("no application password");
        }
    }

    /** The credentials of the home, if it has them; a file others can read is made owner-only first. */
    public static Optional<EmbeddedCredentials> read(Path home) throws IOException {
        Path file = home.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Optional<EmbeddedCredentials> credentials = load(file);
        if (credentials.isEmpty()) {
            throw new IOException(file + " is damaged; remove it and its server's data to start afresh");
        }
        return credentials;
    }

    private static Optional<EmbeddedCredentials> load(Path file) throws IOException {
        if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        try {
            return Optional.of(new EmbeddedCredentials(
                    properties.getProperty("superuser.password"), properties.getProperty("application.password")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The passwords about to be given to the home's server: read from the pending file if an earlier
     * start wrote them and was cut short, or new random ones. They become the home's credentials only
     * when {@link #commit} moves the file into place, after the server has them; so a crash in between
     * leaves passwords that the next start sets again, never a server whose password nobody knows.
     * The file is created owner-only (never readable by others, even for a moment).
     */
    static EmbeddedCredentials pending(Path home) throws IOException {
        Path pending = home.resolve(FILE_NAME + ".pending");
        if (Files.isRegularFile(pending)) {
            Optional<EmbeddedCredentials> earlier = load(pending);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        EmbeddedCredentials credentials = new EmbeddedCredentials(randomPassword(), randomPassword());
        Properties properties = new Properties();
        properties.setProperty("superuser.password", credentials.superuserPassword);
        properties.setProperty("application.password", credentials.applicationPassword);
        Path partial =
                Files.createTempFile(home, FILE_NAME, ".partial", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try {
            try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                properties.store(writer, "Passwords of this home's embedded PostgreSQL. Readable by its owner only.");
            }
            move(partial, pending);
        } finally {
            Files.deleteIfExists(partial);
        }
        return credentials;
    }

    /** Makes the pending passwords the home's own: the server has been given them. */
    static void commit(Path home) throws IOException {
        move(home.resolve(FILE_NAME + ".pending"), home.resolve(FILE_NAME));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** 192 random bits, URL-safe Base64: nothing in it needs quoting in SQL, a URL or a properties file. */
    private static String randomPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "EmbeddedCredentials[hidden]";
    }
}
