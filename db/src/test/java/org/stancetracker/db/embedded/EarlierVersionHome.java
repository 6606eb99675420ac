package org.stancetracker.db.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Makes a home as versions before the private server did (initdb's {@code trust}, the superuser owning
 * the database and a table with one row) and then dies at once, as a killed loader did, leaving its
 * server running. Run in its own JVM by EmbeddedServerPrivacyTest.
 */
public final class EarlierVersionHome {
    private EarlierVersionHome() {}

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres old = EmbeddedPostgres.builder()
                .setDataDirectory(Path.of(args[0]))
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("listen_addresses", "localhost")
                .start();
        try (Connection connection = old.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE stance");
        }
        String url = "jdbc:postgresql://localhost:" + old.getPort() + "/stance";
        try (Connection connection = DriverManager.getConnection(url, "postgres", null);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note (id bigserial PRIMARY KEY, body text)");
            statement.execute("INSERT INTO note (body) VALUES ('kept across the upgrade')");
        }
        System.out.println("ready on port " + old.getPort());
        System.out.flush();
        Runtime.getRuntime().halt(0); // no shutdown hook, no stop: the server stays, as after a SIGKILL
    }
}
