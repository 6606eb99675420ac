package org.stancetracker.db.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stancetracker.db.Database;
import org.stancetracker.db.DatabaseSettings;

/**
 * The embedded server takes connections only from who knows a home's passwords, and the application
 * cannot do what a superuser can. Before, pg_hba.conf trusted every local connection and the
 * application was the superuser: another account on the machine read and changed the data, and
 * {@code COPY ... TO PROGRAM} ran its shell commands.
 */
class EmbeddedServerPrivacyTest {
    @TempDir
    Path scratch;

    @Test
    void a_new_home_wants_a_password_for_every_connection_and_connects_as_an_ordinary_role() throws Exception {
        Path home = scratch.resolve("home");
        try (Database database = Database.open(DatabaseSettings.embeddedAt(home))) {
            database.migrate();
            Path credentials = home.resolve(EmbeddedCredentials.FILE_NAME);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)))
                    .isEqualTo("rw-------");
            assertThat(Files.readString(home.resolve("pgdata/pg_hba.conf")))
                    .doesNotContainPattern("(?m)^[^#].*\\btrust\\b")
                    .containsPattern("(?m)^host all all 127.0.0.1/32 scram-sha-256$");
            int port = portOf(home);

            assertRefused(() -> DriverManager.getConnection(url(port), "postgres", null));
            assertRefused(() -> DriverManager.getConnection(url(port), "postgres", "postgres"));
            assertRefused(() -> DriverManager.getConnection(url(port), "stance", ""));

            assertThat(database.user()).isEqualTo("stance");
            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                assertThat(single(statement, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user"))
                        .isEqualTo("false");
                assertThat(single(statement, "SELECT tableowner FROM pg_tables WHERE tablename = 'article'"))
                        .isEqualTo("stance");
                // Too much for an ordinary role to ask; the server's own pid file says it (its fifth line).
                assertThatThrownBy(() -> single(statement, "SHOW unix_socket_directories"))
                        .hasMessageContaining("permission denied");
                List<String> pidFile = Files.readAllLines(home.resolve("pgdata/postmaster.pid"));
                assertThat(pidFile.get(4)).as("socket directory").isEmpty();
                assertThat(pidFile.get(5)).as("listen address").isEqualTo("127.0.0.1");
                assertThat(Path.of("/tmp/.s.PGSQL." + port)).doesNotExist();
                assertThatThrownBy(() -> statement.execute("COPY (SELECT 1) TO PROGRAM 'touch /tmp/owned'"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
                assertThatThrownBy(() -> statement.execute("CREATE ROLE intruder SUPERUSER"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied");
            }
        }
    }

    @Test
    void another_account_on_the_machine_can_neither_read_the_passwords_nor_connect() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to act as another account");
        assumeTrue(runs("setpriv", "--version"), "needs setpriv to act as another account");
        // Open to everyone down to the home, so that what stops the other account is the home's own files.
        Files.setPosixFilePermissions(scratch, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path home = scratch.resolve("home");
        try (Database database = Database.open(DatabaseSettings.embeddedAt(home))) {
            database.migrate();
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path tools = Files.createDirectories(scratch.resolve("intruder"));
            Path driver = Path.of(org.postgresql.Driver.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Files.copy(driver, tools.resolve("pgjdbc.jar"));
            Files.writeString(tools.resolve("Intruder.java"), INTRUDER);
            Files.setPosixFilePermissions(tools, PosixFilePermissions.fromString("rwxr-xr-x"));
            for (String file : List.of("pgjdbc.jar", "Intruder.java")) {
                Files.setPosixFilePermissions(tools.resolve(file), PosixFilePermissions.fromString("rw-r--r--"));
            }

            Process intruder = new ProcessBuilder(
                            "setpriv",
                            "--reuid=65534",
                            "--regid=65534",
                            "--clear-groups",
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Djava.io.tmpdir=" + tools,
                            "-cp",
                            tools.resolve("pgjdbc.jar").toString(),
                            tools.resolve("Intruder.java").toString(),
                            home.toString(),
                            Integer.toString(portOf(home)))
                    .redirectErrorStream(true)
                    .start();
            String said = new String(intruder.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(intruder.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(said)
                    .contains("read credentials: denied")
                    .contains("read data: denied")
                    .contains("connect postgres: refused")
                    .contains("connect stance: refused")
                    .doesNotContain("connected");
        }
    }

    @Test
    void a_home_of_an_earlier_version_is_made_private_in_place_with_its_data() throws Exception {
        Path home = scratch.resolve("old-home");
        // What earlier versions made: a server that trusts local connections and a database the superuser
        // owns, left running by a loader that was killed.
        Process oldLoader = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        EarlierVersionHome.class.getName(),
                        home.resolve("pgdata").toString())
                .redirectErrorStream(true)
                .start();
        String said = new String(oldLoader.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(oldLoader.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(said).contains("ready on port");
        assertThat(EmbeddedServer.runningPort(home.resolve("pgdata"))).isPresent();
        // Still running, as a server left by an older loader would be: the upgrade stops it first.
        try (Database database = Database.open(DatabaseSettings.embeddedAt(home))) {
            assertThat(home.resolve(EmbeddedCredentials.FILE_NAME)).exists();
            assertThat(Files.readString(home.resolve("pgdata/pg_hba.conf"))).doesNotContain("trust");
            try (Connection connection = database.dataSource().getConnection();
                    Statement statement = connection.createStatement()) {
                assertThat(single(statement, "SELECT body FROM note")).isEqualTo("kept across the upgrade");
                assertThat(single(statement, "SELECT tableowner FROM pg_tables WHERE tablename = 'note'"))
                        .isEqualTo("stance");
                statement.execute("INSERT INTO note (body) VALUES ('the sequence is the role''s too')");
            }
            int port = portOf(home);
            assertRefused(() -> DriverManager.getConnection(url(port), "postgres", null));
        }
        // And it starts again, as an upgraded home, without another upgrade.
        String before = Files.readString(home.resolve(EmbeddedCredentials.FILE_NAME));
        try (Database database = Database.open(DatabaseSettings.embeddedAt(home));
                Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            assertThat(single(statement, "SELECT count(*)::text FROM note")).isEqualTo("2");
        }
        assertThat(Files.readString(home.resolve(EmbeddedCredentials.FILE_NAME)))
                .isEqualTo(before);
    }

    /** Run by another account: what it can reach of a home. Prints one line per attempt. */
    private static final String INTRUDER = """
            import java.nio.file.*;
            import java.sql.*;

            public class Intruder {
                public static void main(String[] args) {
                    Path home = Path.of(args[0]);
                    String url = "jdbc:postgresql://127.0.0.1:" + args[1] + "/stance";
                    try {
                        Files.readString(home.resolve("embedded-credentials.properties"));
                        System.out.println("read credentials: allowed");
                    } catch (Exception e) {
                        System.out.println("read credentials: denied");
                    }
                    try (var files = Files.list(home.resolve("pgdata"))) {
                        System.out.println("read data: allowed " + files.count());
                    } catch (Exception e) {
                        System.out.println("read data: denied");
                    }
                    for (String user : new String[] {"postgres", "stance"}) {
                        try (Connection c = DriverManager.getConnection(url, user, null)) {
                            System.out.println("connect " + user + ": connected");
                        } catch (SQLException e) {
                            System.out.println("connect " + user + ": refused " + e.getSQLState());
                        }
                    }
                }
            }
            """;

    private static void assertRefused(ThrowingConnect connect) {
        assertThatThrownBy(() -> connect.open().close())
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isIn("28P01", "28000", "08004"));
    }

    @FunctionalInterface
    private interface ThrowingConnect {
        Connection open() throws SQLException;
    }

    private static String single(Statement statement, String query) throws SQLException {
        try (ResultSet rs = statement.executeQuery(query)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private static int portOf(Path home) throws IOException {
        return EmbeddedServer.runningPort(home.resolve("pgdata")).orElseThrow();
    }

    private static String url(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/stance";
    }

    private static boolean runs(String... command) {
        try {
            return new ProcessBuilder(command)
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
